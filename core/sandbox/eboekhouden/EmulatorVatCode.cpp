#include "EmulatorVatCode.h"

#include <cstdlib>

namespace {

// n / d rounded half away from zero; d > 0.
std::int64_t roundedDivision(std::int64_t n, std::int64_t d)
{
    const std::int64_t magnitude = (std::llabs(n) * 2 + d) / (2 * d);
    return n < 0 ? -magnitude : magnitude;
}

} // namespace

const QList<EmulatorVatCode>& EmulatorVatCode::all()
{
    using U = EmulatorVatCode::Use;
    static const QList<EmulatorVatCode> codes{
        {QStringLiteral("HOOG_VERK_21"), 2100, U::Sale, false},
        {QStringLiteral("LAAG_VERK_9"), 900, U::Sale, false},
        {QStringLiteral("VERL_VERK"), 0, U::Sale, false},
        {QStringLiteral("VERL_VERK_L9"), 0, U::Sale, false},
        {QStringLiteral("BU_EU_VERK"), 0, U::Sale, false},
        {QStringLiteral("BI_EU_VERK"), 0, U::Sale, false},
        {QStringLiteral("BI_EU_VERK_D"), 0, U::Sale, false},
        {QStringLiteral("AFST_VERK"), 0, U::Sale, false},
        {QStringLiteral("AFW_VERK"), 0, U::Sale, true},
        {QStringLiteral("HOOG_INK_21"), 2100, U::Purchase, false},
        {QStringLiteral("LAAG_INK_9"), 900, U::Purchase, false},
        {QStringLiteral("VERL_INK"), 0, U::Purchase, false},
        {QStringLiteral("BU_EU_INK"), 0, U::Purchase, false},
        {QStringLiteral("BI_EU_INK"), 0, U::Purchase, false},
        {QStringLiteral("AFW"), 0, U::Purchase, true},
        {QStringLiteral("GEEN"), 0, U::Both, false},
    };
    return codes;
}

std::optional<EmulatorVatCode> EmulatorVatCode::find(const QString& code)
{
    for (const EmulatorVatCode& candidate : all()) {
        if (candidate.code == code)
            return candidate;
    }
    return std::nullopt;
}

const QList<EmulatorVatCode>& EmulatorVatCode::belgian()
{
    using U = EmulatorVatCode::Use;
    static const QList<EmulatorVatCode> codes{
        {QStringLiteral("BE_21_VERK"), 2100, U::Sale, false},
        {QStringLiteral("BE_IC_VERK"), 0, U::Sale, false},
        {QStringLiteral("BE_EXP_VERK"), 0, U::Sale, false},
    };
    return codes;
}

std::optional<EmulatorVatCode> EmulatorVatCode::find(const QString& code, const QString& country)
{
    if (country != QLatin1String("BE"))
        return find(code);
    for (const EmulatorVatCode& candidate : belgian()) {
        if (candidate.code == code)
            return candidate;
    }
    return std::nullopt;
}

Money EmulatorVatCode::vatOf(Money amount, int rateBasisPoints, bool amountIncludesVat)
{
    const std::int64_t rate = rateBasisPoints;
    const std::int64_t divisor = amountIncludesVat ? 10000 + rate : 10000;
    return Money::fromCents(roundedDivision(amount.cents() * rate, divisor));
}

Money EmulatorVatCode::vatOfTotal(const QList<Money>& amounts, int rateBasisPoints, bool amountsIncludeVat)
{
    Money total;
    for (Money amount : amounts)
        total += amount;
    return vatOf(total, rateBasisPoints, amountsIncludeVat);
}
