#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

// An invoice of the invoicing module as a lookup returns it.
struct InvoiceSummary
{
    qint64 id = 0;
    QString invoiceNumber;
    QDate date;
    qint64 relationId = 0;
    QString relationCode;
    Money totalInclVat;
};
