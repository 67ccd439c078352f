#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

// A journal entry as a list lookup returns it (REST list items are thin: no rows).
struct MutationSummary
{
    qint64 id = 0;
    int type = 0; // MutationType number; 0 = opening balance
    QDate date;
    QString invoiceNumber;
    qint64 ledgerId = 0;
    QString ledgerCode;    // SOAP
    QString relationCode;  // SOAP
    qint64 relationId = 0; // REST: only in the detail (GET /v1/mutation/{id}), not in list items
    Money amount;
    QString entryNumber;
};
