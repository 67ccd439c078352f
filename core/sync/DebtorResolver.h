#pragma once

#include "domain/SalesDocument.h"
#include "eboekhouden/EBoekhoudenClient.h"
#include "SyncConfiguration.h"

// Finds the e-Boekhouden debtor of a document, or creates it (seeds 000, 002, 004): match an existing
// relation by e-mail (or by the customer's known debtor code), else create one with the code e-Boekhouden
// itself would give it (DebtorCodeGenerator: base of 10 characters plus the first free sequence number).
class DebtorResolver
{
    Q_DECLARE_TR_FUNCTIONS(DebtorResolver)

public:
    struct Debtor
    {
        Relation relation;
        bool created = false;
    };

    DebtorResolver(EBoekhoudenClient& client, SyncConfiguration::DebtorMatching matching);

    Result<Debtor> resolve(const SalesDocument& document);

    // The relation e-Boekhouden would hold for this document's customer (name, address, VAT number).
    static Relation relationFor(const SalesDocument& document, const QString& code);

private:
    Result<std::optional<Relation>> findExisting(const SalesDocument& document);
    Result<Debtor> create(const SalesDocument& document);

    EBoekhoudenClient& m_client;
    SyncConfiguration::DebtorMatching m_matching;
};
