#include "CustomerRepository.h"

#include "Database.h"
#include "logging/Log.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

using SqlValues::fromUtc;
using SqlValues::text;
using SqlValues::utc;

} // namespace

CustomerRepository::CustomerRepository(const Database& database)
    : m_database(database)
{}

std::optional<qint64> CustomerRepository::upsert(const QString& platform, const Customer& c)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO customers (platform, shop_id, website, email, first_name, middle_name, last_name, suffix, "
        "  company, vat_number, customer_number, country_code, created_at, updated_at, debtor_code) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (platform, shop_id) DO UPDATE SET website = excluded.website, email = excluded.email, "
        "  first_name = excluded.first_name, middle_name = excluded.middle_name, last_name = excluded.last_name, "
        "  suffix = excluded.suffix, company = excluded.company, vat_number = excluded.vat_number, "
        "  customer_number = excluded.customer_number, country_code = excluded.country_code, "
        "  created_at = excluded.created_at, updated_at = excluded.updated_at, problem = '', payload = '', "
        "  debtor_code = CASE WHEN customers.debtor_code = '' THEN excluded.debtor_code "
        "                ELSE customers.debtor_code END "
        "RETURNING id"));
    for (const QVariant& value : QVariantList{platform, c.shopId, c.website, c.email, c.firstName, c.middleName,
                                              c.lastName, c.suffix, c.company, c.vatNumber, c.customerNumber,
                                              c.countryCode, utc(c.createdAt), utc(c.updatedAt), c.debtorCode})
        q.addBindValue(value.typeId() == QMetaType::QString ? QVariant(text(value.toString())) : value);
    if (!q.exec() || !q.next()) {
        Log::error(QStringLiteral("Store: customer upsert: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

QString CustomerRepository::selectColumns()
{
    return QStringLiteral("id, platform, shop_id, website, email, first_name, middle_name, last_name, suffix, company, "
                          "vat_number, customer_number, country_code, created_at, updated_at, debtor_code, "
                          "relation_id, problem");
}

StoredCustomer CustomerRepository::fromRow(const QSqlQuery& q)
{
    StoredCustomer stored;
    stored.id = q.value(0).toLongLong();
    stored.platform = q.value(1).toString();
    Customer& c = stored.customer;
    c.shopId = q.value(2).toString();
    c.website = q.value(3).toString();
    c.email = q.value(4).toString();
    c.firstName = q.value(5).toString();
    c.middleName = q.value(6).toString();
    c.lastName = q.value(7).toString();
    c.suffix = q.value(8).toString();
    c.company = q.value(9).toString();
    c.vatNumber = q.value(10).toString();
    c.customerNumber = q.value(11).toString();
    c.countryCode = q.value(12).toString();
    c.createdAt = fromUtc(q.value(13));
    c.updatedAt = fromUtc(q.value(14));
    c.debtorCode = q.value(15).toString();
    stored.relationId = q.value(16).toString();
    stored.problem = q.value(17).toString();
    return stored;
}

std::optional<StoredCustomer> CustomerRepository::findWhere(const QString& condition, const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_qs + selectColumns() + u" FROM customers WHERE "_qs + condition + u" ORDER BY id LIMIT 1"_qs);
    if (!SqlValues::execute(q, values) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<StoredCustomer> CustomerRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), {id});
}

std::optional<StoredCustomer> CustomerRepository::findByShopId(const QString& platform, const QString& shopId) const
{
    return findWhere(QStringLiteral("platform = ? AND shop_id = ?"), {platform, shopId});
}

std::optional<StoredCustomer> CustomerRepository::findByShopIdOnAnyPlatform(const QString& shopId) const
{
    return findWhere(QStringLiteral("shop_id = ?"), {shopId.trimmed()});
}

std::optional<StoredCustomer> CustomerRepository::findByEmail(const QString& email) const
{
    // e-mail addresses are matched case-insensitively, as e-Boekhouden and every shop treat them.
    return findWhere(QStringLiteral("lower(email) = lower(?)"), {email.trimmed()});
}

std::optional<qint64> CustomerRepository::upsertUnmappable(const QString& platform, const QString& shopId,
                                                           const QByteArray& rawPayload, const QString& reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO customers (platform, shop_id, payload, problem) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (platform, shop_id) DO UPDATE SET payload = excluded.payload, "
                             "  problem = excluded.problem "
                             "RETURNING id"));
    q.addBindValue(text(platform));
    q.addBindValue(text(shopId));
    q.addBindValue(text(QString::fromUtf8(rawPayload)));
    q.addBindValue(text(reason));
    if (!q.exec() || !q.next()) {
        Log::error(QStringLiteral("Store: unmappable customer: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool CustomerRepository::setDebtor(qint64 id, const QString& debtorCode, const QString& relationId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE customers SET debtor_code = ?, relation_id = ? WHERE id = ?"));
    q.addBindValue(debtorCode);
    q.addBindValue(relationId);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

int CustomerRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) || !q.next())
        return -1;
    return q.value(0).toInt();
}
