#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>

// Who may log in to the emulator, and the sessions it handed out.
struct EmulatorSessions
{
    struct SoapUser
    {
        QString username;
        QString securityCode1;
        QString securityCode2;
    };

    QHash<QString, QDate> accessTokens; // REST API token -> end date (invalid: none)
    QList<SoapUser> soapUsers;
    int lifetimeSeconds = 3600;
    // SOAP sessions end after this long. The real lifetime is undocumented (API-eboekhouden.md §2.2, C7), so a
    // test can make it short; -1: as lifetimeSeconds.
    int soapLifetimeSeconds = -1;
    bool acceptBearer = true; // the real service reportedly tolerates "Bearer <token>" [unsure]
    // The tokens are an accountant's: only then do /v1/administration and /linked answer. A regular
    // (single-administration) token gets 403 EP_001 there (API-eboekhouden.md C1), and that is the default.
    bool accountantMode = false;
    // The domain this emulator plays: "NL" api.e-boekhouden.nl, "BE" api.e-boekhouden.be. A token of an
    // administration of the other country starts no session there: SECURITY_011 (API-eboekhouden.md C6).
    QString domainCountry = QStringLiteral("NL");
    QHash<QString, QDateTime> restSessions;
    QHash<QString, QPair<QDateTime, QString>> soapSessions; // id -> (expiry, security code 2)

    QString open(bool soap, const QString& securityCode2 = {})
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(
            soap && soapLifetimeSeconds >= 0 ? soapLifetimeSeconds : lifetimeSeconds);
        if (soap)
            soapSessions.insert(id, {expiry, securityCode2});
        else
            restSessions.insert(id, expiry);
        return id;
    }
    bool validRest(const QString& token) const
    {
        return restSessions.contains(token) && restSessions.value(token) > QDateTime::currentDateTimeUtc();
    }
    bool validSoap(const QString& id, const QString& securityCode2) const
    {
        return soapSessions.contains(id) && soapSessions.value(id).first > QDateTime::currentDateTimeUtc() &&
               soapSessions.value(id).second == securityCode2;
    }
    void expireAll()
    {
        restSessions.clear();
        soapSessions.clear();
    }
};
