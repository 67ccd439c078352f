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

// An amount in euros as the locale writes it: "€ 1.234,56" and "-€ 1.234,56" in Dutch, "€1,234.56" and
// "-€1,234.56" in British English. The locale's own currency pattern is used, with our exact digits in it; an
// accountant's "(€1.00)" for negatives becomes a minus sign, which no reader takes for something else.
inline QString euroText(Money amount, const QLocale& locale = QLocale())
{
    const QString symbol = QStringLiteral("€");
    const QString digits = moneyText(amount.isNegative() ? -amount : amount, locale);
    const QString seven = locale.toString(7);
    if (!amount.isNegative())
        return locale.toCurrencyString(qlonglong(7), symbol).replace(seven, digits);
    const QString negative = locale.toCurrencyString(qlonglong(-7), symbol);
    if (negative.contains(u'('))
        return locale.negativeSign() + locale.toCurrencyString(qlonglong(7), symbol).replace(seven, digits);
    return QString(negative).replace(seven, digits);
}
