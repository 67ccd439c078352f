#include "AuditExport.h"

#include "store/DocumentRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray AuditExport::jsonLines(const Database& database, const QList<AuditEntry>& entries)
{
    const DocumentRepository documents(database);
    QHash<qint64, std::optional<StoredDocument>> known;
    QByteArray out;
    for (const AuditEntry& e : entries) {
        if (!known.contains(e.documentId))
            known.insert(e.documentId, documents.find(e.documentId));
        const std::optional<StoredDocument>& stored = known.value(e.documentId);
        QJsonObject line{
            {QStringLiteral("document_id"), e.documentId},
            {QStringLiteral("kind"), stored ? DocumentRepository::kindName(stored->document.kind) : QString()},
            {QStringLiteral("document"), stored ? stored->document.number : QString()},
            {QStringLiteral("sent_at"), e.sentAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("duration_ms"), e.durationMs},
            {QStringLiteral("attempt"), e.attempt},
            {QStringLiteral("method"), e.method},
            {QStringLiteral("endpoint"), e.endpoint},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("request_body"), e.requestBody},
            {QStringLiteral("answer_body"), e.answerBody},
            {QStringLiteral("error"), e.error},
        };
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}
