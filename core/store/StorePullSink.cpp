#include "StorePullSink.h"

#include "CustomerRepository.h"
#include "Database.h"
#include "DocumentRepository.h"
#include "logging/Log.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    Log::error(QStringLiteral("Store: %1: %2").arg(q.lastQuery(), q.lastError().text()));
    return false;
}

DocumentKind documentKind(ShopRecordKind kind)
{
    return kind == ShopRecordKind::CreditMemo ? DocumentKind::CreditMemo : DocumentKind::Invoice;
}

} // namespace

StorePullSink::StorePullSink(const Database& database)
    : m_database(database)
{}

std::optional<Watermark> StorePullSink::watermark(const QString& platform, const QString& resource)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT updated_at, last_id FROM watermarks WHERE platform = ? AND resource = ?"));
    q.addBindValue(platform);
    q.addBindValue(resource);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return Watermark{q.value(0).toString(), q.value(1).toString().toLongLong()};
}

QList<QString> StorePullSink::openDocuments(const QString& platform, const QString& resource)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT shop_id FROM open_documents WHERE platform = ? AND resource = ?"));
    q.addBindValue(platform);
    q.addBindValue(resource);
    QList<QString> ids;
    if (!exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

bool StorePullSink::storePage(const PulledPage& page)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        Log::error(QStringLiteral("Store: cannot start a transaction: %1").arg(db.lastError().text()));
        return false;
    }
    if (storeRecords(page) && db.commit())
        return true;
    db.rollback();
    return false;
}

bool StorePullSink::storeRecords(const PulledPage& page)
{
    DocumentRepository documents(m_database);
    CustomerRepository customers(m_database);

    for (const Invoice& invoice : page.invoices) {
        if (!documents.upsert(static_cast<const SalesDocument&>(invoice)))
            return false;
    }
    for (const CreditMemo& memo : page.creditMemos) {
        if (!documents.upsert(memo))
            return false;
    }
    for (const Customer& customer : page.customers) {
        if (!customers.upsert(page.platform, customer))
            return false;
    }
    for (const UnmappableDocument& record : page.unmappable) {
        const bool stored =
            record.kind == ShopRecordKind::Customer
                ? customers.upsertUnmappable(page.platform, record.shopId, record.payload, record.reason).has_value()
                : documents
                      .upsertUnmappable(page.platform, documentKind(record.kind), record.shopId, record.number,
                                        record.payload, record.reason, record.status)
                      .has_value();
        if (!stored)
            return false;
    }

    QSqlQuery q(m_database.connection());
    for (const OpenDocument& open : page.open) {
        q.prepare(QStringLiteral("INSERT INTO open_documents (platform, resource, shop_id, status, seen_at) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, resource, shop_id) DO UPDATE SET "
                                 "status = excluded.status, seen_at = excluded.seen_at"));
        q.addBindValue(SqlValues::text(page.platform));
        q.addBindValue(SqlValues::text(open.resource.isEmpty() ? page.resource : open.resource));
        q.addBindValue(SqlValues::text(open.shopId));
        q.addBindValue(SqlValues::text(open.status));
        q.addBindValue(SqlValues::nowUtc());
        if (!exec(q))
            return false;
    }
    // A backfill page ("orders@backfill:...") closes orders remembered under the plain resource too.
    const QString baseResource = page.resource.section(u'@', 0, 0);
    for (const QString& shopId : page.closed) {
        q.prepare(
            QStringLiteral("DELETE FROM open_documents WHERE platform = ? AND resource IN (?, ?) AND shop_id = ?"));
        q.addBindValue(page.platform);
        q.addBindValue(page.resource);
        q.addBindValue(baseResource);
        q.addBindValue(shopId);
        if (!exec(q))
            return false;
    }
    if (page.watermark) {
        q.prepare(QStringLiteral("INSERT INTO watermarks (platform, resource, updated_at, last_id) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (platform, resource) DO UPDATE SET updated_at = excluded.updated_at, "
                                 "last_id = excluded.last_id"));
        q.addBindValue(SqlValues::text(page.platform));
        q.addBindValue(SqlValues::text(page.resource));
        q.addBindValue(SqlValues::text(page.watermark->timestamp));
        q.addBindValue(QString::number(page.watermark->id));
        if (!exec(q))
            return false;
    }
    return true;
}
