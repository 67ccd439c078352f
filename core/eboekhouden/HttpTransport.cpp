#include "HttpTransport.h"

#include "HttpExchangeRecorder.h"
#include "network/TransportPolicy.h"
#include "OneShotBody.h"
#include "RateLimiter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

HttpTransport::HttpTransport(int timeoutMs)
    : m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager)
{}

HttpTransport::~HttpTransport() = default;

bool HttpTransport::isAllowedUrl(const QUrl& url)
{
    return TransportPolicy::mayCarryCredentials(url);
}

HttpReply HttpTransport::send(const HttpRequest& request)
{
    HttpReply result;
    if (!isAllowedUrl(request.url)) {
        result.networkError =
            QStringLiteral("refused to send credentials over an unencrypted connection to %1").arg(request.url.host());
        return result;
    }

    if (m_rateLimiter)
        m_rateLimiter->acquire();
    QNetworkRequest networkRequest(request.url);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    Log::httpExchange(QStringLiteral("->"), request.method, request.url, request.headers, request.body);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer elapsed;
    elapsed.start();

    // Only requests that change e-Boekhouden need the one-shot body: Qt may repeat a GET safely.
    QNetworkReply* reply = nullptr;
    if (request.method == "POST" || request.method == "PATCH") {
        auto* body = new OneShotBody(request.body);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    timeout.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timeout.stop();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    Log::Headers logged;
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
        logged.append({name, value});
    }
    if (result.timedOut) {
        result.status = 0;
        result.networkError = QStringLiteral("no answer within %1 seconds").arg(m_timeoutMs / 1000.0);
    } else if (result.status == 0) {
        result.networkError = reply->errorString();
    }
    Log::httpExchange(QStringLiteral("<- %1").arg(result.status), request.method, request.url, logged, result.body);
    reply->deleteLater();
    if (HttpExchangeRecorder* recorder = HttpExchangeRecorder::current()) {
        // The audit trail of the document being booked (headers left out: they carry the session token).
        recorder->record({request.method, request.url, request.body, result.status, result.body, result.networkError,
                          sentAt, elapsed.elapsed()});
    }
    if (m_rateLimiter && result.status == 429) {
        // Slow everybody down, not only the worker that was told.
        const int seconds = retryAfterSeconds(result, QDateTime::currentDateTimeUtc());
        m_rateLimiter->holdFor(std::chrono::seconds(seconds >= 0 ? seconds : 1));
    }
    return result;
}

int HttpTransport::retryAfterSeconds(const HttpReply& reply, const QDateTime& now)
{
    const QByteArray value = reply.headers.value("retry-after").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return when.isValid() ? static_cast<int>(qMax<qint64>(0, now.secsTo(when))) : -1;
}
