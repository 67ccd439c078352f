#pragma once

#include "SandboxHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

// The EU's VIES REST interface on 127.0.0.1, for the tests and demo mode (no test or demo reaches the real
// service). It answers POST <baseUrl>/check-vat-number as VIES does, from a table of registered numbers: a
// number in the table is valid with its name and address, any other number is not valid. No source in this
// project describes VIES: each behaviour below says whether it is from the published VIES REST API (its
// OpenAPI description on ec.europa.eu, as known) or "unverified".
//
// Faults: a member state that is down (MS_UNAVAILABLE until cleared), the next answers as one of VIES's error
// codes, a latency, and the SandboxHttpServer's transport faults (malformed, dropped, 5xx).
class ViesEmulator : public QObject
{
    Q_OBJECT

public:
    explicit ViesEmulator(QObject* parent = nullptr);
    ~ViesEmulator() override;

    bool start();         // 127.0.0.1, any free port
    QUrl baseUrl() const; // http://127.0.0.1:<port>/taxation_customs/vies/rest-api, as the real path

    // A registered number ("BE0123456749", with its prefix), with what VIES shows for it. An empty name or
    // address is answered as VIES does for member states that do not disclose them: "---".
    void addRegistered(const QString& vatNumber, const QString& name, const QString& address = {});

    // Published VIES REST API: MS_UNAVAILABLE when the member state's own register does not answer.
    void setMemberStateUnavailable(const QString& countryCode, bool unavailable = true);
    // The next `times` checks answer with this VIES error code (MS_MAX_CONCURRENT_REQ, SERVICE_UNAVAILABLE,
    // TIMEOUT, GLOBAL_MAX_CONCURRENT_REQ, ...).
    void injectError(const QString& code, int times = 1);
    // The next `times` answers are cut in half (200, matching Content-Length): an unreadable reply.
    void injectMalformed(int times = 1);
    void setLatency(int milliseconds) { m_server.setLatency(milliseconds); }
    // The requestDate VIES stamps on its answers; unset: now.
    void setRequestDate(const QDateTime& utc) { m_requestDate = utc; }

    int checks() const { return static_cast<int>(m_asked.size()); }
    const QStringList& askedNumbers() const { return m_asked; } // with prefix, in the order asked
    SandboxHttpServer& server() { return m_server; }

private:
    SandboxHttpServer::Response answer(const SandboxHttpServer::Request& request);

    struct Registered
    {
        QString name;
        QString address;
    };
    SandboxHttpServer m_server;
    QHash<QString, Registered> m_registered;
    QSet<QString> m_unavailableStates;
    QStringList m_injectedErrors; // one per coming check
    QDateTime m_requestDate;
    QStringList m_asked;
};
