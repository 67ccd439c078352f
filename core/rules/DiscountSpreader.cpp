#include "DiscountSpreader.h"

#include "domain/Discount.h"
#include "money/Allocation.h"
#include "money/Rounding.h"

std::optional<QList<RateAmount>> DiscountSpreader::spread(const Discount& discount, const QList<RateAmount>& goods)
{
    QList<std::int64_t> grossWeights;
    bool anyWeight = false;
    for (const RateAmount& amount : goods) {
        grossWeights.append(amount.gross.isNegative() ? 0 : amount.gross.cents());
        anyWeight = anyWeight || amount.gross.cents() > 0;
    }
    if (!anyWeight)
        return std::nullopt;

    const QList<Money> grossParts = Allocation::byLargestRemainder(discount.amountIncl, grossWeights);

    // The VAT each gross part would contain at its rate, in 1/10000 cent, as weights for the VAT split.
    QList<std::int64_t> vatWeights;
    bool anyVat = false;
    for (qsizetype i = 0; i < goods.size(); ++i) {
        const int rate = goods[i].rate.basisPoints();
        const std::int64_t magnitude = grossParts[i].abs().cents();
        vatWeights.append(
            Rounding::divideHalfAwayFromZero(static_cast<Rounding::Wide>(magnitude) * rate * 10000, 10000 + rate));
        anyVat = anyVat || vatWeights.last() > 0;
    }
    const Money discountVat = discount.amountIncl - discount.amountExcl;
    // Without any VAT-bearing rate (shop data at odds with itself) the VAT follows the gross parts, so nothing is lost.
    const QList<Money> vatParts = Allocation::byLargestRemainder(discountVat, anyVat ? vatWeights : grossWeights);

    QList<RateAmount> parts;
    for (qsizetype i = 0; i < goods.size(); ++i)
        parts.append({goods[i].rate, grossParts[i] - vatParts[i], grossParts[i]});
    return parts;
}
