#include "AuditRecorder.h"

#include "logging/Redactor.h"
#include "store/AuditTrailRepository.h"

AuditRecorder::AuditRecorder(const Database& database, qint64 documentId)
    : m_database(database)
    , m_documentId(documentId)
    , m_attempt(AuditTrailRepository(database).nextAttempt(documentId))
    , m_scope(this)
{}

void AuditRecorder::record(const HttpExchange& exchange)
{
    AuditEntry entry;
    entry.documentId = m_documentId;
    entry.sentAt = exchange.sentAt;
    entry.durationMs = exchange.durationMs;
    entry.attempt = m_attempt;
    entry.method = QString::fromLatin1(exchange.method);
    entry.endpoint = Redactor::redact(exchange.url.toString());
    entry.requestBody = Redactor::redact(QString::fromUtf8(exchange.requestBody));
    entry.status = exchange.status;
    entry.answerBody = Redactor::redact(QString::fromUtf8(exchange.answerBody));
    entry.error = Redactor::redact(exchange.networkError);
    AuditTrailRepository(m_database).append(entry);
}
