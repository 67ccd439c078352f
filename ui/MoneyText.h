#pragma once

#include "money/Money.h"

#include <QLocale>
#include <QString>

// Money as the user's locale writes it ("1.234,50" in Dutch, "1,234.50" in English), without ever
// passing through a floating-point number.
inline QString moneyText(Money amount, const QLocale& locale = QLocale())
{
    const qint64 cents = amount.cents();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return cents < 0 ? locale.negativeSign() + text : text;
}
