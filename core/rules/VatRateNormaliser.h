#pragma once

#include "money/Money.h"
#include "money/VatRate.h"

#include <QString>
#include <QStringList>

#include <optional>

// Turns what shops say about VAT into a legal rate: fractions become percentages (PrestaShop sends 0.21
// as well as 21), and a rate derived from rounded amounts (a surcharge's incl./excl., a line without a
// stated rate) is snapped to the nearest rate the country may charge.
class VatRateNormaliser
{
public:
    // How far a derived rate may lie from a legal rate and still be taken for it: 0.6 percentage points,
    // the seed's "20.4–21% is 21%".
    static constexpr int snapToleranceBasisPoints = 60;

    // Parses a shop's rate text exactly (up to 6 decimals); a value below 1 is a fraction and is ×100.
    static std::optional<VatRate> parseShopRate(const QString& text);

    // For a rate already parsed as a percentage: below 1% it was a fraction and is ×100.
    static VatRate fromShopRate(VatRate stated);

    // Whether VAT of `vat` on `net` is what `rate` gives, allowing the rounding of `roundings` separate
    // amounts (a shop that rounds per unit rounds once per unit): |net × rate − vat| ≤ roundings × ½ cent.
    static bool amountsFitRate(Money net, Money vat, VatRate rate, std::int64_t roundings = 1);

    // The legal rate of one of `countries` (tried in order) that the amounts were computed with. A legal
    // rate whose rounding reproduces the VAT exactly wins; otherwise the nearest within the tolerance.
    static std::optional<VatRate> deriveFromAmounts(Money net, Money gross, const QStringList& countries);

    // The nearest legal rate of the country within the tolerance.
    static std::optional<VatRate> snapToLegal(VatRate candidate, const QString& country);
};
