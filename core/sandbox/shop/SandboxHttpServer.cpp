#include "SandboxHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &SandboxHttpServer::onConnection);
}

SandboxHttpServer::~SandboxHttpServer()
{
    // The sockets are children of m_server and outlive m_buffers; stop them from reaching back in here.
    const auto sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
    m_server.close();
}

bool SandboxHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl SandboxHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void SandboxHttpServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void SandboxHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.url = QUrl::fromEncoded(requestLine.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype bodyLength = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + bodyLength)
            return;
        request.body = buffer.mid(end + 4, bodyLength);
        buffer.remove(0, end + 4 + bodyLength);
        respond(socket, request);
    }
}

void SandboxHttpServer::respond(QTcpSocket* socket, const Request& request)
{
    ++m_requestCount;
    m_log.append(request.url);
    if (m_hook)
        m_hook(request, m_requestCount);

    std::optional<Fault> fault;
    for (Fault& candidate : m_faults) {
        if (candidate.times <= 0 || !request.url.path().contains(candidate.pathContains))
            continue;
        if (candidate.skip > 0) {
            --candidate.skip;
            continue;
        }
        if (candidate.percent < 100) {
            m_draws = m_draws * 1664525u + 1013904223u; // a small LCG: the same draws every run
            if (static_cast<int>((m_draws >> 16) % 100) >= candidate.percent)
                continue;
        }
        --candidate.times;
        fault = candidate;
        ++m_faultsInjected;
        break;
    }

    Response response;
    if (fault && fault->kind == FaultKind::Status) {
        response.status = fault->status;
        response.body = R"({"message":"Injected failure"})";
    } else if (!fault || fault->kind != FaultKind::Drop) {
        response = m_handler(request);
    }

    QPointer<QTcpSocket> target(socket);
    const auto send = [target, response, fault] {
        if (!target)
            return;
        if (fault && fault->kind == FaultKind::Drop) {
            target->abort();
            return;
        }
        QByteArray body = response.body;
        qsizetype announced = body.size();
        if (fault && fault->kind == FaultKind::Malformed) {
            body = body.left(body.size() / 2);
            announced = body.size();
        } else if (fault && fault->kind == FaultKind::Truncate) {
            body = body.left(body.size() / 2);
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Sandbox\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(announced) + "\r\n";
        for (const auto& [name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "Connection: keep-alive\r\n\r\n";
        target->write(head + body);
        if (fault && fault->kind == FaultKind::Truncate) {
            target->flush();
            target->disconnectFromHost();
        }
    };
    if (m_latencyMs > 0)
        QTimer::singleShot(m_latencyMs, this, send);
    else
        send();
}
