#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QString>

// A payment the shop registered for an order.
struct Payment
{
    QString shopId;
    QString method; // e.g. "mollie - iDEAL"
    QString transactionId;
    Money amount;
    QDateTime paidAt; // UTC
};
