#include "EBoekhoudenEmulator.h"

#include "EmulatorRestApi.h"
#include "EmulatorSoapApi.h"
#include "EmulatorStateFile.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>

EBoekhoudenEmulator::EBoekhoudenEmulator(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &EBoekhoudenEmulator::accept);
}

EBoekhoudenEmulator::~EBoekhoudenEmulator() = default;

bool EBoekhoudenEmulator::start(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 EBoekhoudenEmulator::port() const
{
    return m_server.serverPort();
}

QUrl EBoekhoudenEmulator::restUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QUrl EBoekhoudenEmulator::soapUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/soap.asmx").arg(port()));
}

void EBoekhoudenEmulator::addAccessToken(const QString& token, const QDate& endDate)
{
    m_sessions.accessTokens.insert(token, endDate);
}

void EBoekhoudenEmulator::addSoapUser(const QString& username, const QString& securityCode1,
                                      const QString& securityCode2)
{
    m_sessions.soapUsers.append({username, securityCode1, securityCode2});
}

void EBoekhoudenEmulator::injectFault(const EmulatorFault& fault)
{
    m_faults.append(fault);
}

void EBoekhoudenEmulator::clearFaults()
{
    m_faults.clear();
}

QList<EmulatorRequest> EBoekhoudenEmulator::requests(const QByteArray& method, const QString& pathOrOperation) const
{
    QList<EmulatorRequest> found;
    for (const EmulatorRequest& r : m_requests) {
        if ((method.isEmpty() || r.method == method) &&
            (r.path == pathOrOperation || r.soapOperation == pathOrOperation))
            found.append(r);
    }
    return found;
}

void EBoekhoudenEmulator::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void EBoekhoudenEmulator::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    EmulatorRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the rest of the body is still on its way
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    if (request.path.endsWith(QLatin1String("/soap.asmx")))
        request.soapOperation = EmulatorSoapApi::operationOf(request.body);
    answer(socket, std::move(request));
}

void EBoekhoudenEmulator::answer(QTcpSocket* socket, EmulatorRequest request)
{
    const QString subject = request.path + u' ' + request.soapOperation;
    std::optional<EmulatorFault> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        EmulatorFault& candidate = m_faults[i];
        if (!subject.contains(candidate.match))
            continue;
        if (candidate.percent < 100) {
            m_draws = m_draws * 1664525u + 1013904223u; // a small LCG: the same draws every run
            if (static_cast<int>((m_draws >> 16) % 100) >= candidate.percent)
                continue;
        }
        fault = candidate;
        if (candidate.times > 0 && --candidate.times == 0)
            m_faults.removeAt(i);
        break;
    }
    using Kind = EmulatorFault::Kind;
    if (fault)
        request.fault = QStringLiteral("%1").arg(static_cast<int>(fault->kind));
    request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_requests.append(request);

    if (!fault) {
        write(socket, dispatch(request));
        return;
    }
    switch (fault->kind) {
    case Kind::Latency: {
        const EmulatorResponse response = dispatch(request);
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(fault->latencyMs, this, [guarded, response] {
            if (guarded)
                write(guarded, response);
        });
        return;
    }
    case Kind::ServerError: {
        EmulatorResponse response;
        response.status = fault->status;
        response.contentType = "text/html";
        response.body = "<html><body><h1>Service Unavailable</h1></body></html>";
        write(socket, response);
        return;
    }
    case Kind::RateLimit: {
        EmulatorResponse response;
        response.status = 429;
        response.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
        write(socket, response);
        return;
    }
    case Kind::Timeout:
        return; // keep the connection open and say nothing
    case Kind::DropConnection:
        socket->abort();
        return;
    case Kind::DropAfterWork:
        dispatch(request); // booked; the answer is lost on the way back
        socket->abort();
        return;
    case Kind::MalformedBody: {
        EmulatorResponse response;
        if (request.soapOperation.isEmpty()) {
            response.body = "{\"items\": [{\"id\": 12, \"code\": ";
        } else {
            response.contentType = "text/xml; charset=utf-8";
            response.body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>";
        }
        write(socket, response);
        return;
    }
    case Kind::SessionExpiry:
        m_sessions.expireAll();
        write(socket, dispatch(request));
        return;
    }
}

EmulatorResponse EBoekhoudenEmulator::dispatch(const EmulatorRequest& request)
{
    const EmulatorResponse response = (!request.soapOperation.isEmpty() || request.path.endsWith(u"/soap.asmx"))
                                          ? EmulatorSoapApi::handle(request, m_state, m_sessions)
                                          : EmulatorRestApi::handle(request, m_state, m_sessions);
    // Every SOAP call is a POST, so reads are saved too; cheap at the demo's size.
    if (!m_stateFile.isEmpty() && request.method != "GET") {
        QString why;
        if (!EmulatorStateFile::save(m_state, m_stateFile, &why))
            qWarning("emulator state not saved to %s: %s", qPrintable(m_stateFile), qPrintable(why));
    }
    return response;
}

void EBoekhoudenEmulator::write(QTcpSocket* socket, const EmulatorResponse& response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    if (!response.body.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
