#include "VatRate.h"

#include "Money.h"

std::optional<VatRate> VatRate::parse(const QString& text)
{
    // A percentage has the same decimal shape as an amount: reuse Money's exact decimal parser.
    const std::optional<Money> hundredths = Money::parse(text);
    if (!hundredths || hundredths->isNegative() || hundredths->cents() > 100 * 100)
        return std::nullopt;
    return VatRate(static_cast<int>(hundredths->cents()));
}

QString VatRate::toString() const
{
    QString text = Money::fromCents(m_basisPoints).toDecimalString();
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}
