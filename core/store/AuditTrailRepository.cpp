#include "AuditTrailRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, document_id, sent_at, duration_ms, attempt, method, endpoint, request_body, status, answer_body, "
    "error FROM audit_trail");

QList<AuditEntry> readAll(QSqlQuery& q)
{
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.documentId = q.value(1).toLongLong();
        e.sentAt = SqlValues::fromUtc(q.value(2));
        e.durationMs = q.value(3).toLongLong();
        e.attempt = q.value(4).toInt();
        e.method = q.value(5).toString();
        e.endpoint = q.value(6).toString();
        e.requestBody = q.value(7).toString();
        e.status = q.value(8).toInt();
        e.answerBody = q.value(9).toString();
        e.error = q.value(10).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace

AuditTrailRepository::AuditTrailRepository(const Database& database)
    : m_database(database)
{}

std::optional<qint64> AuditTrailRepository::append(const AuditEntry& e)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_trail (document_id, sent_at, duration_ms, attempt, method, endpoint, "
                             "request_body, status, answer_body, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "RETURNING id")); // PostgreSQL's lastInsertId is no row id
    const QVariantList values{e.documentId,
                              SqlValues::utc(e.sentAt.isValid() ? e.sentAt : QDateTime::currentDateTimeUtc()),
                              e.durationMs,
                              e.attempt,
                              SqlValues::text(e.method),
                              SqlValues::text(e.endpoint),
                              SqlValues::text(e.requestBody),
                              e.status,
                              SqlValues::text(e.answerBody),
                              SqlValues::text(e.error)};
    if (!SqlValues::execute(q, values) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<AuditEntry> AuditTrailRepository::forDocument(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(selectColumns + QStringLiteral(" WHERE document_id = ? ORDER BY sent_at, id"));
    if (!SqlValues::execute(q, {documentId}))
        return {};
    return readAll(q);
}

QList<AuditEntry> AuditTrailRepository::forPeriod(const QDate& from, const QDate& until) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(selectColumns + QStringLiteral(" WHERE sent_at >= ? AND sent_at < ? ORDER BY sent_at, id"));
    if (!SqlValues::execute(q, {SqlValues::utc(from.startOfDay()), SqlValues::utc(until.addDays(1).startOfDay())}))
        return {};
    return readAll(q);
}

int AuditTrailRepository::nextAttempt(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(attempt), 0) + 1 FROM audit_trail WHERE document_id = ?"));
    if (!SqlValues::execute(q, {documentId}) || !q.next())
        return 1;
    return q.value(0).toInt();
}

int AuditTrailRepository::removeOlderThan(const QDateTime& now, int keepDays, int legalYears) const
{
    QSqlQuery q(m_database.connection());
    // A booked document's trail is its proof in the books: kept for the legal period from its document date.
    q.prepare(QStringLiteral("DELETE FROM audit_trail WHERE sent_at < ? AND NOT EXISTS (SELECT 1 FROM documents d "
                             "WHERE d.id = audit_trail.document_id AND d.sync_state = 'posted' AND "
                             "COALESCE(NULLIF(d.document_date, ''), substr(d.created_at, 1, 10), '') >= ?)"));
    if (!SqlValues::execute(q, {SqlValues::utc(now.addDays(-keepDays)),
                                now.toUTC().addYears(-legalYears).date().toString(Qt::ISODate)}))
        return -1;
    return q.numRowsAffected();
}
