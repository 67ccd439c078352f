#pragma once

#include "domain/Customer.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

class Database;

struct StoredCustomer
{
    qint64 id = 0;
    QString platform;
    Customer customer;
    QString relationId; // e-Boekhouden relation id once known
    QString problem;    // why the shop's data for this customer could not be read; empty when it could
};

// Shop customers in the local store, with the e-Boekhouden debtor code once it is known. A pull never
// overwrites a known debtor code or relation id: those come from e-Boekhouden, not from the shop.
class CustomerRepository
{
public:
    explicit CustomerRepository(const Database& database);

    std::optional<qint64> upsert(const QString& platform, const Customer& customer);
    // A customer whose shop data could not be read: kept with its raw data and the reason.
    std::optional<qint64> upsertUnmappable(const QString& platform, const QString& shopId, const QByteArray& rawPayload,
                                           const QString& reason);
    std::optional<StoredCustomer> find(qint64 id) const;
    std::optional<StoredCustomer> findByShopId(const QString& platform, const QString& shopId) const;
    std::optional<StoredCustomer> findByEmail(const QString& email) const;
    // The shop's customer id as a user types it, without saying which shop (the first, when two have it).
    std::optional<StoredCustomer> findByShopIdOnAnyPlatform(const QString& shopId) const;

    bool setDebtor(qint64 id, const QString& debtorCode, const QString& relationId);
    int count() const;

    // Reads a row selected with the columns of selectColumns(), in that order.
    static StoredCustomer fromRow(const QSqlQuery& query);
    static QString selectColumns();

private:
    std::optional<StoredCustomer> findWhere(const QString& condition, const QVariantList& values) const;

    const Database& m_database;
};
