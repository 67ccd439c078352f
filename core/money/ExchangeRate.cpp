#include "ExchangeRate.h"

#include "Rounding.h"

#include <QRegularExpression>

std::optional<ExchangeRate> ExchangeRate::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})(?:\\.(\\d{0,6}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const std::int64_t whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(6, QLatin1Char('0'));
    const std::int64_t millionths = whole * one + fraction.toLongLong();
    if (millionths <= 0)
        return std::nullopt; // a rate of 0 converts nothing: the shop's data is broken, not free
    return ExchangeRate(millionths);
}

QString ExchangeRate::toString() const
{
    QString fraction = QString::number(m_millionths % one).rightJustified(6, QLatin1Char('0'));
    while (fraction.size() > 1 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return QString::number(m_millionths / one) + QLatin1Char('.') + fraction;
}

Money ExchangeRate::toBase(Money foreign) const
{
    return Money::fromCents(
        Rounding::divideHalfAwayFromZero(static_cast<Rounding::Wide>(foreign.cents()) * one, m_millionths));
}
