#pragma once

#include "domain/Customer.h"

#include <QSqlDatabase>

#include <optional>

class Database;

struct StoredCustomer
{
    qint64 id = 0;
    QString platform;
    Customer customer;
    QString relationId; // e-Boekhouden relation id once known
};

// Shop customers in the local store, with the e-Boekhouden debtor code once it is known. A pull never
// overwrites a known debtor code or relation id: those come from e-Boekhouden, not from the shop.
class CustomerRepository
{
public:
    explicit CustomerRepository(const Database& database);

    std::optional<qint64> upsert(const QString& platform, const Customer& customer);
    std::optional<StoredCustomer> find(qint64 id) const;
    std::optional<StoredCustomer> findByShopId(const QString& platform, const QString& shopId) const;
    std::optional<StoredCustomer> findByEmail(const QString& email) const;

    bool setDebtor(qint64 id, const QString& debtorCode, const QString& relationId);
    int count() const;

private:
    std::optional<StoredCustomer> findWhere(const QString& condition, const QVariantList& values) const;

    const Database& m_database;
};
