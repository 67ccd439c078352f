#pragma once

#include "money/Money.h"
#include "PaymentState.h"
#include "SyncState.h"

#include <QDate>
#include <QString>

// One row of the Invoices or Credit Memos grid: what the grid shows, read straight from indexed columns.
struct DocumentRow
{
    qint64 id = 0;
    QString number;
    QString orderNumber;
    QDate documentDate;
    QString customerName;
    QString email;
    QString company;
    QString vatNumber;
    QString countryCode;
    QString website;
    Money totalExcl;
    Money totalVat;
    Money totalIncl;
    SyncState state = SyncState::Pending;
    QString eboekhoudenNumber;
    QString lastMessage;
    PaymentState paymentState = PaymentState::None;
    QString paymentMessage;
    QString shopStatus;            // the shop's status of the document ("canceled": API-shops.md S6)
    QString creditedInvoiceNumber; // a credit memo: the invoice it credits
};
