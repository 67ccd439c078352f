#include "CustomerQuery.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace {

QString sqlColumn(CustomerQuery::Column column)
{
    using C = CustomerQuery::Column;
    switch (column) {
    case C::Id:
        return QStringLiteral("id");
    case C::Website:
        return QStringLiteral("website");
    case C::Company:
        return QStringLiteral("company");
    case C::FirstName:
        return QStringLiteral("first_name");
    case C::LastName:
        return QStringLiteral("last_name");
    case C::Email:
        return QStringLiteral("email");
    case C::VatNumber:
        return QStringLiteral("vat_number");
    case C::CustomerCode:
        return QStringLiteral("debtor_code");
    case C::Country:
        return QStringLiteral("country_code");
    case C::CreatedAt:
        return QStringLiteral("created_at");
    case C::UpdatedAt:
        return QStringLiteral("updated_at");
    case C::CustomerId:
        return QStringLiteral("shop_id");
    case C::Suffix:
        return QStringLiteral("suffix");
    case C::MiddleName:
        return QStringLiteral("middle_name");
    case C::InEBoekhouden:
        return QStringLiteral("(CASE WHEN debtor_code <> '' OR relation_id <> '' THEN 1 ELSE 0 END)");
    }
    return QStringLiteral("id");
}

QString whereClause(const CustomerQuery::Filter& filter, QVariantList& values)
{
    QStringList conditions{QStringLiteral("1 = 1")};
    if (!filter.website.isEmpty()) {
        conditions.append(QStringLiteral("website = ?"));
        values.append(filter.website);
    }
    if (!filter.countryCode.isEmpty()) {
        conditions.append(QStringLiteral("country_code = ?"));
        values.append(filter.countryCode);
    }
    if (filter.synced)
        conditions.append(*filter.synced ? QStringLiteral("(debtor_code <> '' OR relation_id <> '')")
                                         : QStringLiteral("(debtor_code = '' AND relation_id = '')"));
    if (!filter.text.trimmed().isEmpty()) {
        conditions.append(SqlValues::anyColumnContains({QStringLiteral("first_name"), QStringLiteral("last_name"),
                                                        QStringLiteral("email"), QStringLiteral("company"),
                                                        QStringLiteral("vat_number"), QStringLiteral("debtor_code")},
                                                       filter.text, values));
    }
    return u" WHERE "_qs + conditions.join(u" AND "_qs);
}

} // namespace

CustomerQuery::CustomerQuery(const Database& database)
    : m_database(database)
{}

int CustomerQuery::count(const Filter& filter) const
{
    QVariantList values;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT COUNT(*) FROM customers"_qs + whereClause(filter, values));
    if (!SqlValues::execute(q, values) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<StoredCustomer> CustomerQuery::page(const Filter& filter, Column sortColumn, Qt::SortOrder order, int offset,
                                          int limit) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    values << limit << offset;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_qs + CustomerRepository::selectColumns() + u" FROM customers"_qs + where +
              QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ? OFFSET ?").arg(sqlColumn(sortColumn), direction));
    QList<StoredCustomer> rows;
    if (!SqlValues::execute(q, values))
        return rows;
    while (q.next())
        rows.append(CustomerRepository::fromRow(q));
    return rows;
}

QStringList CustomerQuery::websites() const
{
    QSqlQuery q(m_database.connection());
    QStringList result;
    q.prepare(QStringLiteral("SELECT DISTINCT website FROM customers WHERE website <> '' ORDER BY website"));
    if (!SqlValues::execute(q))
        return result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QStringList CustomerQuery::plan(const Filter& filter) const
{
    const QSqlDatabase db = m_database.connection();
    QVariantList countValues;
    const QString count = u"SELECT COUNT(*) FROM customers"_qs + whereClause(filter, countValues);
    QVariantList pageValues;
    const QString where = whereClause(filter, pageValues);
    pageValues << 100 << 0; // about what the grid reads first (PageCache)
    const QString page = QStringLiteral("SELECT id FROM customers") + where +
                         QStringLiteral(" ORDER BY %1 DESC, id DESC LIMIT ? OFFSET ?").arg(sqlColumn(Column::Id));
    return SqlDialect::explain(db, count, countValues) + SqlDialect::explain(db, page, pageValues);
}
