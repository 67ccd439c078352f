#pragma once

#include <QDateTime>
#include <QString>

// One request Boekhoudbrug sent to e-Boekhouden for a document, and its answer (issue 16 item 1). The bodies
// and the endpoint are stored redacted: no access token, session token or security code ever reaches the store.
struct AuditEntry
{
    qint64 id = 0;
    qint64 documentId = 0;
    QDateTime sentAt; // UTC
    qint64 durationMs = 0;
    int attempt = 1; // the how-manieth time the sync took this document up
    QString method;
    QString endpoint; // the URL, redacted
    QString requestBody;
    int status = 0; // HTTP status; 0: no answer (see error)
    QString answerBody;
    QString error;
};
