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
    bool acceptBearer = true; // the real service reportedly tolerates "Bearer <token>" [unsure]
    QHash<QString, QDateTime> restSessions;
    QHash<QString, QPair<QDateTime, QString>> soapSessions; // id -> (expiry, security code 2)

    QString open(bool soap, const QString& securityCode2 = {})
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
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
