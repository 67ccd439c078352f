#pragma once

#include <QDateTime>
#include <QString>

// A shop customer, the future e-Boekhouden debtor (relation of type "B" or "P").
struct Customer
{
    QString shopId;  // the shop's customer id; empty for a guest checkout
    QString website; // shop website / store name (the grid's "Web Site" column)
    QString email;
    QString firstName;
    QString middleName;
    QString lastName;
    QString suffix;
    QString company;
    QString vatNumber;
    QString customerNumber; // the shop's own customer number, when it has one
    QString countryCode;    // ISO 3166-1 alpha-2 of the default billing address
    QDateTime createdAt;    // UTC
    QDateTime updatedAt;    // UTC
    QString debtorCode;     // e-Boekhouden relation code once known ("Customer Code"; empty = not yet synced)

    bool isBusiness() const { return !company.trimmed().isEmpty(); }
};
