#include "Money.h"

#include <QRegularExpression>

std::optional<Money> Money::parse(const QString& text)
{
    static const QRegularExpression decimal(QStringLiteral(R"(^\s*([+-]?)(\d+)(?:[.,](\d*))?\s*$)"));
    const QRegularExpressionMatch match = decimal.match(text);
    if (!match.hasMatch())
        return std::nullopt;

    const QString whole = match.captured(2);
    const QString fraction = match.captured(3);
    if (whole.size() > 15)
        return std::nullopt; // beyond any real amount, and beyond what fits in cents safely

    std::int64_t cents = whole.toLongLong() * 100;
    const QString firstTwo = fraction.left(2).leftJustified(2, u'0');
    cents += firstTwo.toLongLong();
    // Half away from zero on the third decimal; the rest only matters through the third.
    if (fraction.size() > 2 && fraction.at(2) >= u'5')
        cents += 1;
    return Money(match.captured(1) == u"-" ? -cents : cents);
}

QString Money::toDecimalString() const
{
    const std::int64_t magnitude = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}
