#pragma once

#include "EmulatorFault.h"
#include "EmulatorRequest.h"
#include "EmulatorResponse.h"
#include "EmulatorSessions.h"
#include "EmulatorState.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// e-Boekhouden on 127.0.0.1: a real HTTP server (QTcpServer with a small HTTP/1.1 parser, because QHttpServer
// in Qt 6.4 cannot hold back or drop a connection) that answers the REST endpoints under /v1 and the SOAP
// operations on /soap.asmx, with the service's validation (EmulatorState).
//
// A test starts one, seeds it, points a client at restUrl()/soapUrl(), and afterwards reads requests() to see
// exactly what was posted. injectFault() makes the next matching answers slow, 5xx, 429, silent, dropped,
// malformed, or ends the sessions first.
class EBoekhoudenEmulator : public QObject
{
    Q_OBJECT

public:
    explicit EBoekhoudenEmulator(QObject* parent = nullptr);
    ~EBoekhoudenEmulator() override;

    bool start(quint16 port = 0); // 0: any free port; always 127.0.0.1
    quint16 port() const;
    QUrl restUrl() const; // http://127.0.0.1:<port>
    QUrl soapUrl() const; // http://127.0.0.1:<port>/soap.asmx

    EmulatorState& state() { return m_state; }
    EmulatorSessions& sessions() { return m_sessions; }
    void addAccessToken(const QString& token, const QDate& endDate = {});
    void addSoapUser(const QString& username, const QString& securityCode1, const QString& securityCode2);
    // The REST tokens are an accountant's (API-eboekhouden.md C1): the administration endpoints answer, listing
    // state().administrationName and then state().otherAdministrations. Off by default, as for most users.
    void setAccountantMode(bool on) { m_sessions.accountantMode = on; }

    // Demo mode: the state is written to this JSON file (EmulatorStateFile) after every request that may change
    // it, so a restarted emulator can load it and carry on.
    void setStateFile(const QString& path) { m_stateFile = path; }

    void injectFault(const EmulatorFault& fault);
    void clearFaults();
    void expireAllSessions() { m_sessions.expireAll(); }

    const QList<EmulatorRequest>& requests() const { return m_requests; }
    QList<EmulatorRequest> requests(const QByteArray& method, const QString& pathOrOperation) const;
    void clearRequests() { m_requests.clear(); }

private:
    void accept();
    void read(QTcpSocket* socket);
    void answer(QTcpSocket* socket, EmulatorRequest request);
    EmulatorResponse dispatch(const EmulatorRequest& request);
    static void write(QTcpSocket* socket, const EmulatorResponse& response);

    QTcpServer m_server;
    EmulatorState m_state;
    EmulatorSessions m_sessions;
    QList<EmulatorFault> m_faults;
    QList<EmulatorRequest> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QString m_stateFile;
    quint32 m_draws = 20261201; // the seed of EmulatorFault::percent
};
