#include "DocumentQuery.h"

#include "Database.h"
#include "DocumentRepository.h"
#include "logging/LogMessage.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace {

QString sqlColumn(DocumentQuery::Column column)
{
    using C = DocumentQuery::Column;
    switch (column) {
    case C::Number:
        return QStringLiteral("number");
    case C::OrderNumber:
        return QStringLiteral("order_number");
    case C::Date:
        return QStringLiteral("document_date");
    case C::Customer:
        return QStringLiteral("customer_name");
    case C::Email:
        return QStringLiteral("customer_email");
    case C::Company:
        return QStringLiteral("company");
    case C::VatNumber:
        return QStringLiteral("vat_number");
    case C::Country:
        return QStringLiteral("country_code");
    case C::Website:
        return QStringLiteral("website");
    case C::TotalExcl:
        return QStringLiteral("total_excl");
    case C::TotalVat:
        return QStringLiteral("total_vat");
    case C::TotalIncl:
        return QStringLiteral("total_incl");
    case C::State:
        return QStringLiteral("sync_state");
    case C::EboekhoudenNumber:
        return QStringLiteral("eboekhouden_number");
    case C::Message:
        return QStringLiteral("last_message");
    case C::Payment: // pending (paid, nothing recorded) sorts beside the recorded states
        // paid as text: PostgreSQL wants one type from a CASE (the order is the same: digits before letters).
        return QStringLiteral("(CASE WHEN payment_state = '' THEN CAST(paid AS TEXT) ELSE payment_state END)");
    case C::CreditedInvoice:
        return QStringLiteral("credited_invoice_number");
    }
    return QStringLiteral("id");
}

QString whereClause(const DocumentFilter& filter, QVariantList& values, SqlDialect::Kind dialect)
{
    // With a text of three or more characters the trigram index finds the few matching rows at once; the other
    // conditions must then be checked on those rows. A unary "+" keeps SQLite from choosing a column's index
    // instead (it cannot estimate the text's hits and would scan every invoice of the kind: 250 ms in place of
    // 20 ms over a million rows).
    const QString text = filter.text.trimmed();
    // PostgreSQL has no trigram table (SqlDialect): it searches the columns, as SQLite does for short texts, and
    // from three characters on its trigram indexes on lower(column) find the rows (schema step 17).
    const bool byTrigrams = text.size() >= 3 && dialect == SqlDialect::Kind::Sqlite;
    const QString column = byTrigrams ? QStringLiteral("+%1 ") : QStringLiteral("%1 ");
    QStringList conditions{column.arg(u"kind"_qs) + u"= ?"_qs};
    values.append(DocumentRepository::kindName(filter.kind));
    if (!filter.website.isEmpty()) {
        conditions.append(column.arg(u"website"_qs) + u"= ?"_qs);
        values.append(filter.website);
    }
    if (!filter.countryCode.isEmpty()) {
        conditions.append(column.arg(u"country_code"_qs) + u"= ?"_qs);
        values.append(filter.countryCode);
    }
    if (filter.from.isValid()) {
        conditions.append(column.arg(u"document_date"_qs) + u">= ?"_qs);
        values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.until.isValid()) {
        conditions.append(column.arg(u"document_date"_qs) + u"<= ?"_qs);
        values.append(filter.until.toString(Qt::ISODate));
    }
    if (filter.state) {
        conditions.append(column.arg(u"sync_state"_qs) + u"= ?"_qs);
        values.append(syncStateName(*filter.state));
    }
    if (filter.needsAttention)
        conditions.append(column.arg(u"sync_state"_qs) + u"IN ('failed', 'unmappable')"_qs);
    if (byTrigrams) {
        // A trigram phrase matches the text anywhere in a column, case-insensitively, like LIKE '%text%'.
        conditions.append(QStringLiteral("id IN (SELECT rowid FROM documents_search WHERE documents_search MATCH ?)"));
        QString phrase = text;
        phrase.replace(u'"', QStringLiteral("\"\""));
        values.append(u'"' + phrase + u'"');
    } else if (!text.isEmpty()) {
        // Too short for trigrams: scan, as before.
        conditions.append(SqlValues::anyColumnContains(
            {QStringLiteral("number"), QStringLiteral("order_number"), QStringLiteral("customer_name"),
             QStringLiteral("customer_email"), QStringLiteral("company"), QStringLiteral("vat_number")},
            text, values));
    }
    return u" WHERE "_qs + conditions.join(u" AND "_qs);
}

} // namespace

DocumentQuery::DocumentQuery(const Database& database)
    : m_database(database)
{}

int DocumentQuery::count(const DocumentFilter& filter) const
{
    QVariantList values;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT COUNT(*) FROM documents"_qs +
              whereClause(filter, values, SqlDialect::of(m_database.connection())));
    if (!SqlValues::execute(q, values) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<DocumentRow> DocumentQuery::page(const DocumentFilter& filter, Column sortColumn, Qt::SortOrder order, int offset,
                                       int limit) const
{
    QVariantList values;
    const QString where = whereClause(filter, values, SqlDialect::of(m_database.connection()));
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    values << limit << offset;
    return select(
        where, QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ? OFFSET ?").arg(sqlColumn(sortColumn), direction), values);
}

QStringList DocumentQuery::plan(const DocumentFilter& filter) const
{
    const QSqlDatabase db = m_database.connection();
    QVariantList countValues;
    const QString count = u"SELECT COUNT(*) FROM documents"_qs + whereClause(filter, countValues, SqlDialect::of(db));
    QVariantList pageValues;
    const QString where = whereClause(filter, pageValues, SqlDialect::of(db));
    pageValues << 100 << 0; // about what the grid reads first (PageCache)
    const QString page = QStringLiteral("SELECT id FROM documents") + where +
                         QStringLiteral(" ORDER BY %1 DESC, id DESC LIMIT ? OFFSET ?").arg(sqlColumn(Column::Date));
    return SqlDialect::explain(db, count, countValues) + SqlDialect::explain(db, page, pageValues);
}

std::optional<DocumentRow> DocumentQuery::row(qint64 id) const
{
    const QList<DocumentRow> rows = select(QStringLiteral(" WHERE id = ?"), QString(), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<DocumentRow> DocumentQuery::select(const QString& where, const QString& orderAndLimit,
                                         const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, number, order_number, document_date, customer_name, customer_email, company, "
                             "vat_number, country_code, website, total_excl, total_vat, total_incl, sync_state, "
                             "eboekhouden_number, last_message, payment_state, paid, payment_message, status, "
                             "last_message_code, last_message_args, credited_invoice_number, payment_message_code, "
                             "payment_message_args FROM documents") +
              where + orderAndLimit);
    QList<DocumentRow> rows;
    if (!SqlValues::execute(q, values))
        return rows;
    while (q.next()) {
        DocumentRow row;
        row.id = q.value(0).toLongLong();
        row.number = q.value(1).toString();
        row.orderNumber = q.value(2).toString();
        row.documentDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        row.customerName = q.value(4).toString();
        row.email = q.value(5).toString();
        row.company = q.value(6).toString();
        row.vatNumber = q.value(7).toString();
        row.countryCode = q.value(8).toString();
        row.website = q.value(9).toString();
        row.totalExcl = Money::fromCents(q.value(10).toLongLong());
        row.totalVat = Money::fromCents(q.value(11).toLongLong());
        row.totalIncl = Money::fromCents(q.value(12).toLongLong());
        row.state = syncStateFromName(q.value(13).toString()).value_or(SyncState::Failed);
        row.eboekhoudenNumber = q.value(14).toString();
        // In the reader's language: a coded message is rendered now (LogMessage), an old one shows as written.
        row.lastMessage =
            LogMessage::fromStored(q.value(20).toString(), q.value(21).toString(), q.value(15).toString()).text();
        row.paymentState = paymentStateFromName(q.value(16).toString(), q.value(17).toInt() != 0);
        row.paymentMessage =
            LogMessage::fromStored(q.value(23).toString(), q.value(24).toString(), q.value(18).toString()).text();
        row.shopStatus = q.value(19).toString();
        row.creditedInvoiceNumber = q.value(22).toString();
        rows.append(row);
    }
    return rows;
}

DocumentQuery::Totals DocumentQuery::totals(const DocumentFilter& filter) const
{
    QVariantList values;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT COUNT(*), COALESCE(SUM(total_excl), 0), COALESCE(SUM(total_vat), 0), "
              u"COALESCE(SUM(total_incl), 0) FROM documents"_qs +
              whereClause(filter, values, SqlDialect::of(m_database.connection())));
    Totals totals;
    if (!SqlValues::execute(q, values) || !q.next())
        return totals;
    totals.count = q.value(0).toInt();
    totals.excl = Money::fromCents(q.value(1).toLongLong());
    totals.vat = Money::fromCents(q.value(2).toLongLong());
    totals.incl = Money::fromCents(q.value(3).toLongLong());
    return totals;
}

int DocumentQuery::needsAttention(DocumentKind kind) const
{
    DocumentFilter filter;
    filter.kind = kind;
    filter.needsAttention = true;
    return count(filter);
}

QList<DocumentQuery::Attention> DocumentQuery::latestNeedingAttention(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // The kinds named, so that the (kind, sync_state) index finds the few rows. COALESCE: a row never stamped
    // sorts last on PostgreSQL too (which puts NULLs first when descending).
    q.prepare(QStringLiteral("SELECT id, kind, number, sync_state, last_message, state_changed_at, last_message_code, "
                             "last_message_args FROM documents "
                             "WHERE kind IN (?, ?) AND sync_state IN ('failed', 'unmappable') "
                             "ORDER BY COALESCE(state_changed_at, '') DESC, id DESC LIMIT ?"));
    QList<Attention> result;
    if (!SqlValues::execute(q, {DocumentRepository::kindName(DocumentKind::Invoice),
                                DocumentRepository::kindName(DocumentKind::CreditMemo), limit}))
        return result;
    while (q.next()) {
        Attention a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString() == DocumentRepository::kindName(DocumentKind::CreditMemo)
                     ? DocumentKind::CreditMemo
                     : DocumentKind::Invoice;
        a.number = q.value(2).toString();
        a.state = syncStateFromName(q.value(3).toString()).value_or(SyncState::Failed);
        // In the reader's language, as the grids show it (LogMessage).
        a.message = LogMessage::fromStored(q.value(6).toString(), q.value(7).toString(), q.value(4).toString()).text();
        a.changedAt = SqlValues::fromUtc(q.value(5));
        result.append(a);
    }
    return result;
}

int DocumentQuery::bookedBetween(const QDateTime& from, const QDateTime& until) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind IN (?, ?) AND sync_state = 'posted' "
                             "AND state_changed_at >= ? AND state_changed_at < ?"));
    if (!SqlValues::execute(q, {DocumentRepository::kindName(DocumentKind::Invoice),
                                DocumentRepository::kindName(DocumentKind::CreditMemo), SqlValues::utc(from),
                                SqlValues::utc(until)}) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<qint64> DocumentQuery::ids(const DocumentFilter& filter) const
{
    QVariantList values;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM documents"_qs + whereClause(filter, values, SqlDialect::of(m_database.connection())) +
              u" ORDER BY document_date, id"_qs);
    QList<qint64> result;
    if (!SqlValues::execute(q, values))
        return result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

QStringList DocumentQuery::distinct(const QString& column, DocumentKind kind) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT %1 FROM documents WHERE kind = ? AND %1 <> '' ORDER BY %1").arg(column));
    QStringList result;
    if (!SqlValues::execute(q, {DocumentRepository::kindName(kind)}))
        return result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QStringList DocumentQuery::websites(DocumentKind kind) const
{
    return distinct(QStringLiteral("website"), kind);
}

QStringList DocumentQuery::countries(DocumentKind kind) const
{
    return distinct(QStringLiteral("country_code"), kind);
}

QStringList DocumentQuery::paymentMethods() const
{
    QSqlQuery q(m_database.connection());
    QStringList result;
    // Trimmed, as the posting looks the method up trimmed; UNION removes the duplicates.
    q.prepare(QStringLiteral("SELECT method FROM (SELECT TRIM(payment_method) AS method FROM documents "
                             "UNION SELECT TRIM(method) FROM payments) AS methods WHERE method <> '' "
                             "ORDER BY lower(method), method"));
    if (!SqlValues::execute(q))
        return result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}
