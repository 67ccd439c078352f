#pragma once

#include "domain/SalesDocument.h"
#include "eboekhouden/Relation.h"
#include "SyncConfiguration.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <mutex>
#include <optional>

// The debtors one sync run has found or created, shared by its workers.
//
// Two documents of the same new customer booked in parallel must never create two debtors: a worker holds
// the customer's lock while it looks the debtor up and creates it, so the second worker finds what the first
// made. Creating holds a lock on the debtor code's base too, so two different customers with the same name
// do not race for the same free code. And a customer seen before in this run costs no look-up at all.
class DebtorCache
{
public:
    std::unique_lock<std::mutex> lockCustomer(const QString& key) { return lock(u"customer:"_qs + key); }
    std::unique_lock<std::mutex> lockCodeBase(const QString& base) { return lock(u"base:"_qs + base.toLower()); }

    // Every relation code known in the administration: listed once per run (none yet: nullopt), plus the codes
    // created since, so that a new debtor's code is chosen without a look-up per taken code (issue 15 item 4).
    std::unique_lock<std::mutex> lockCodes() { return lock(u"codes"_qs); }
    std::optional<QSet<QString>> knownCodes() const;
    void setKnownCodes(const QSet<QString>& codes);
    void addKnownCode(const QString& code);

    std::optional<Relation> find(const QString& key) const;
    void remember(const QString& key, const Relation& relation);
    // A relation e-Boekhouden no longer has: no customer of the run is found on it any more.
    void forget(qint64 relationId);
    void clear();

private:
    std::unique_lock<std::mutex> lock(const QString& name);

    mutable std::mutex m_mutex; // guards the two maps, never held while a lock of the map is waited for
    QHash<QString, std::shared_ptr<std::mutex>> m_locks;
    QHash<QString, Relation> m_relations;
    std::optional<QSet<QString>> m_codes; // case-folded
};
