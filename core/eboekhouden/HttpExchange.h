#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

// One request to e-Boekhouden and its answer, as the transport saw them (not yet redacted).
struct HttpExchange
{
    QByteArray method;
    QUrl url;
    QByteArray requestBody;
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray answerBody;
    QString networkError;
    QDateTime sentAt; // UTC
    qint64 durationMs = 0;
};
