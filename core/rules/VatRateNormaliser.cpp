#include "VatRateNormaliser.h"

#include "EuCountries.h"
#include "money/Rounding.h"

#include <QRegularExpression>

#include <cstdlib>

std::optional<VatRate> VatRateNormaliser::parseShopRate(const QString& text)
{
    static const QRegularExpression decimal(QStringLiteral(R"(^\s*(\d{1,3})(?:[.,](\d{0,12}))?\s*%?\s*$)"));
    const QRegularExpressionMatch match = decimal.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    // Millionths of a unit, so that 0.055 (5.5% as a fraction) stays exact.
    const QString fraction = match.captured(2);
    const std::int64_t millionths = match.captured(1).toLongLong() * 1000000 +
                                    fraction.left(6).leftJustified(6, u'0').toLongLong() +
                                    (fraction.size() > 6 && fraction.at(6) >= u'5' ? 1 : 0);
    const bool isFraction = millionths < 1000000 && millionths > 0;
    const std::int64_t basisPoints = isFraction ? Rounding::divideHalfAwayFromZero(millionths, 100)
                                                : Rounding::divideHalfAwayFromZero(millionths, 10000);
    if (basisPoints > 10000)
        return std::nullopt;
    return VatRate::fromBasisPoints(static_cast<int>(basisPoints));
}

VatRate VatRateNormaliser::fromShopRate(VatRate stated)
{
    if (stated.basisPoints() > 0 && stated.basisPoints() < 100)
        return VatRate::fromBasisPoints(stated.basisPoints() * 100);
    return stated;
}

bool VatRateNormaliser::amountsFitRate(Money net, Money vat, VatRate rate, std::int64_t roundings)
{
    const Rounding::Wide exact = static_cast<Rounding::Wide>(net.cents()) * rate.basisPoints();
    const Rounding::Wide difference = exact - static_cast<Rounding::Wide>(vat.cents()) * 10000;
    const Rounding::Wide magnitude = difference < 0 ? -difference : difference;
    return magnitude <= static_cast<Rounding::Wide>(roundings < 1 ? 1 : roundings) * 5000;
}

std::optional<VatRate> VatRateNormaliser::deriveFromAmounts(Money net, Money gross, const QStringList& countries)
{
    const Money vat = gross - net;
    if (vat.isZero())
        return VatRate();
    if (net.isZero() || net.isNegative() != vat.isNegative())
        return std::nullopt; // VAT without turnover, or VAT against the turnover: no rate explains it

    const VatRate raw = VatRate::fromBasisPoints(static_cast<int>(
        Rounding::divideHalfAwayFromZero(static_cast<Rounding::Wide>(vat.cents()) * 10000, net.cents())));
    // Small amounts fit several rates (4 cents × 19% and × 21% both give 1 cent): take the nearest one.
    for (const QString& country : countries) {
        std::optional<VatRate> best;
        for (const VatRate rate : EuCountries::legalRates(country)) {
            if (rate.isZero() || !amountsFitRate(net, vat, rate))
                continue;
            if (!best ||
                std::abs(rate.basisPoints() - raw.basisPoints()) < std::abs(best->basisPoints() - raw.basisPoints()))
                best = rate;
        }
        if (best)
            return best;
    }
    for (const QString& country : countries) {
        if (const std::optional<VatRate> snapped = snapToLegal(raw, country))
            return snapped;
    }
    return std::nullopt;
}

std::optional<VatRate> VatRateNormaliser::snapToLegal(VatRate candidate, const QString& country)
{
    std::optional<VatRate> best;
    int bestDistance = snapToleranceBasisPoints + 1;
    for (const VatRate rate : EuCountries::legalRates(country)) {
        const int distance = std::abs(rate.basisPoints() - candidate.basisPoints());
        if (distance < bestDistance) {
            best = rate;
            bestDistance = distance;
        }
    }
    return best;
}
