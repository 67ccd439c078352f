#pragma once

#include "logging/Log.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class RateLimiter;

struct HttpRequest
{
    QByteArray method;
    QUrl url;
    Log::Headers headers;
    QByteArray body;
};

struct HttpReply
{
    int status = 0;                        // 0: no HTTP answer at all (see networkError)
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString networkError; // empty when an HTTP answer arrived
    bool timedOut = false;
};

// Sends one request over QNetworkAccessManager and waits for it on a local event loop, so the clients can
// be called from the sync engine's worker thread (or the CLI) in plain sequential code. Create and use it in
// one thread. Every exchange is logged through Log::httpExchange, which redacts credentials.
//
// Plain http is refused except to this machine (the emulator): real credentials only travel over TLS, and
// TLS verification is never relaxed.
class HttpTransport
{
public:
    explicit HttpTransport(int timeoutMs);
    ~HttpTransport();

    HttpReply send(const HttpRequest& request);
    static bool isAllowedUrl(const QUrl& url);
    // Retry-After of a reply in seconds (delta-seconds or an HTTP date); -1 when it has none.
    static int retryAfterSeconds(const HttpReply& reply, const QDateTime& now);

    // Every request waits for its turn here first (shared by the workers of a sync); a 429 with Retry-After
    // holds them all. Without one, requests go at once.
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter) { m_rateLimiter = std::move(limiter); }

private:
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::shared_ptr<RateLimiter> m_rateLimiter;
};
