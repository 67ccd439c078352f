#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A small HTTP/1.1 server on 127.0.0.1 for the shop emulators. Built on QTcpServer rather than QHttpServer
// because the emulators must misbehave the way real shops and proxies do: answer late without blocking the
// event loop, cut a body off mid-transfer, send half a JSON document with a matching Content-Length, or drop
// the connection without an answer. Keep-alive is supported so QNetworkAccessManager reuses connections.
class SandboxHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QUrl url;                              // path and query as sent
        QHash<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;                       // as sent (the VIES emulator reads its POSTs)
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    enum class FaultKind
    {
        Status,    // answer with `status` (5xx, 429, ...) and a JSON error body
        Truncate,  // announce the whole body, send half of it, close the connection
        Malformed, // send half of the body as if it were all of it (200, matching Content-Length)
        Drop,      // close the connection without an answer
    };
    struct Fault
    {
        QString pathContains; // empty: every request
        FaultKind kind = FaultKind::Status;
        int status = 503;
        int times = 1; // how many matching requests get the fault
        int skip = 0;  // matching requests to let through first
        // The share of matching requests that get it, drawn from a generator with a fixed seed (a steady error
        // rate for the fault tests, the same run after run); `times` still caps how many do.
        int percent = 100;
    };
    using Handler = std::function<Response(const Request&)>;

    explicit SandboxHttpServer(Handler handler, QObject* parent = nullptr);
    ~SandboxHttpServer() override;

    bool listen(); // 127.0.0.1, an ephemeral port
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;

    void setLatency(int milliseconds) { m_latencyMs = milliseconds; }
    void addFault(const Fault& fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    // Called before each request is handled, e.g. to change a document between two pages (page drift).
    void setRequestHook(std::function<void(const Request&, int number)> hook) { m_hook = std::move(hook); }

    int requestCount() const { return m_requestCount; }
    int faultsInjected() const { return m_faultsInjected; }
    const QList<QUrl>& requestLog() const { return m_log; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Request& request);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Fault> m_faults;
    std::function<void(const Request&, int)> m_hook;
    int m_latencyMs = 0;
    int m_requestCount = 0;
    int m_faultsInjected = 0;
    quint32 m_draws = 20261201; // the seed of the `percent` draws
    QList<QUrl> m_log;
};
