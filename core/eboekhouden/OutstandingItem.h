#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

// An open item: an invoice not yet (fully) paid. Identify it by `mutationId` and `relationId`: REST's
// `invoiceNumber` and `relationCode` are deprecated (API-eboekhouden.md C2) and may be empty. When the list was
// asked for one invoice number, RestClient fills both: the number from the filter, the code by
// EBoekhoudenClient::relation(relationId). SOAP's GetOpenPosten has only the number and the code.
struct OutstandingItem
{
    enum class Side
    {
        Debtors,   // REST credDeb=D, SOAP Debiteuren
        Creditors, // REST credDeb=C, SOAP Crediteuren
    };

    qint64 mutationId = 0; // REST; 0 over SOAP, which has none
    QDate date;
    QString invoiceNumber;
    qint64 relationId = 0;
    QString relationCode;
    QString company;
    Money total; // incl. VAT
    Money paid;
    Money outstanding;
};
