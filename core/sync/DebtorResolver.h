#pragma once

#include "domain/SalesDocument.h"
#include "eboekhouden/EBoekhoudenClient.h"
#include "SyncConfiguration.h"

#include <QSet>

#include <optional>

class Database;
class DebtorCache;

// Finds the e-Boekhouden debtor of a document, or creates it (seeds 000, 002, 004): match an existing
// relation by the matching rule (e-mail; the customer's debtor code; or Magmodules' shop customer, country and
// VAT number), first among the relations imported into the store (RelationImport), then in e-Boekhouden, else
// create one with the code of the code scheme (seed 004's, DebtorCodeGenerator, or the shop's customer number).
// Every relation it finds or creates is remembered in the store, so the next look-up and code choice know it.
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
    // With the configuration's code scheme, and the store's imported relations and shop customers (`store`
    // may be null: e-Boekhouden alone is asked). A preview passes `readOnly`: the store is read, never written.
    DebtorResolver(EBoekhoudenClient& client, const SyncConfiguration& configuration, DebtorCache* cache,
                   const Database* store, bool readOnly = false);

    Result<Debtor> resolve(const SalesDocument& document);
    // Workers in other processes booking from the same shared store (PostgreSQL) wait for this one's look-up
    // and create of a customer's debtor too (WorkerClaims::KeyLock), then find it: issue 18.
    void holdAcrossWorkers(const Database* store) { m_store = store; }
    // The existing debtor by the matching rule, without creating one (customer push, preview).
    Result<std::optional<Relation>> findExisting(const SalesDocument& document);

    // The debtor code the document's customer is known by: the one the store recorded for the shop customer
    // (or the document carries), else the one the shop-number code scheme gives it; empty when none.
    QString knownCode(const SalesDocument& document) const;

    // The code a new debtor of this document would get, from what the store knows (read-only, no call): the
    // shop-number code, else seed 004's code among the imported codes; empty without an import (the push then
    // learns the codes from e-Boekhouden). For the preview, so that it shows the debtor the push creates.
    QString proposedCode(const SalesDocument& document) const;

    // The relation e-Boekhouden would hold for this document's customer (name, address, VAT number).
    static Relation relationFor(const SalesDocument& document, const QString& code);

    // A new debtor by the debtor code rule.
    Result<Debtor> create(const SalesDocument& document);

    // The collective debtor `code` set for a payment method: it must exist, it is never created.
    Result<Debtor> fixed(const QString& code);

private:
    // The customer as the run's cache knows it ("code:…", "shop:…" or "email:…"); empty when nothing identifies it.
    QString cacheKey(const SalesDocument& document) const;
    Result<std::optional<Relation>> findByCode(const QString& code);
    Result<std::optional<Relation>> findByEmail(const QString& email);
    Result<std::optional<Relation>> findByShopCustomer(const SalesDocument& document);
    void remember(const Relation& relation, const SalesDocument& document);
    // The run's known relation codes: the store's (imported and created since), else listed once per run;
    // none without either (SOAP without an import).
    Result<std::optional<QSet<QString>>> knownCodes();
    // Without a list: the codes of `base` in use, one look-up each up to the first free one.
    Result<QSet<QString>> probeTakenCodes(const QString& base);

    EBoekhoudenClient& m_client;
    SyncConfiguration::DebtorMatching m_matching;
    AdministrationSettings::DebtorCodeScheme m_codeScheme = AdministrationSettings::DebtorCodeScheme::FromName;
    QString m_codePrefix;
    DebtorCache* m_cache;
    const Database* m_store = nullptr;
    bool m_readOnly = false;
};
