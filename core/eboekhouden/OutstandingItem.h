#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

// An open item: an invoice not yet (fully) paid.
struct OutstandingItem
{
    enum class Side
    {
        Debtors,   // REST credDeb=D, SOAP Debiteuren
        Creditors, // REST credDeb=C, SOAP Crediteuren
    };

    qint64 mutationId = 0;
    QDate date;
    QString invoiceNumber;
    qint64 relationId = 0;
    QString relationCode;
    QString company;
    Money total; // incl. VAT
    Money paid;
    Money outstanding;
};
