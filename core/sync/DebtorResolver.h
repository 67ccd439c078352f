#pragma once

#include "domain/SalesDocument.h"
#include "eboekhouden/EBoekhoudenClient.h"
#include "SyncConfiguration.h"

#include <QSet>

#include <optional>

class Database;
class DebtorCache;

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
        bool foundInRun = false; // an earlier document of this sync run found or created it (DebtorCache)
    };

    // With a cache (one per sync run, shared by its workers) parallel documents of one customer get one
    // debtor, and a customer seen before in the run is not looked up again.
    DebtorResolver(EBoekhoudenClient& client, SyncConfiguration::DebtorMatching matching, DebtorCache* cache = nullptr);

    Result<Debtor> resolve(const SalesDocument& document);
    // Workers in other processes booking from the same shared store (PostgreSQL) wait for this one's look-up
    // and create of a customer's debtor too (WorkerClaims::KeyLock), then find it: issue 18.
    void holdAcrossWorkers(const Database* store) { m_store = store; }
    // The existing debtor by the matching rule, without creating one (customer push).
    Result<std::optional<Relation>> findExisting(const SalesDocument& document);

    // The relation e-Boekhouden would hold for this document's customer (name, address, VAT number).
    static Relation relationFor(const SalesDocument& document, const QString& code);

    // A new debtor by the debtor code rule.
    Result<Debtor> create(const SalesDocument& document);

    // The collective debtor `code` set for a payment method: it must exist, it is never created.
    Result<Debtor> fixed(const QString& code);

private:
    // The run's known relation codes (listed once, then kept up to date); none without a cache or a list (SOAP).
    Result<std::optional<QSet<QString>>> knownCodes();
    // Without a list: the codes of `base` in use, one look-up each up to the first free one.
    Result<QSet<QString>> probeTakenCodes(const QString& base);

    EBoekhoudenClient& m_client;
    SyncConfiguration::DebtorMatching m_matching;
    DebtorCache* m_cache;
    const Database* m_store = nullptr;
};
