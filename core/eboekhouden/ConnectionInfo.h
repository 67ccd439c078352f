#pragma once

#include <QString>
#include <QStringList>

// What a successful connection test proves, and only that: the credentials open a session that may read the
// ledger accounts. A regular (single-administration) REST token may not read the administration list
// (API-eboekhouden.md C1: `GET /v1/administration` is for accountants only), so the name is empty then.
struct ConnectionInfo
{
    QString administrationName;        // empty when the login may not read it (a regular REST token)
    QString api;                       // "REST" or "SOAP"
    int ledgerCount = -1;              // the ledger accounts the session read; -1: not counted
    bool ledgerCountIsMinimum = false; // the read stopped at its page limit: there are at least this many
    // Accountant tokens: every administration the token manages (company names), the first one included.
    QStringList administrations;
};
