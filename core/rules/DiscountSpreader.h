#pragma once

#include "RateAmount.h"

#include <QList>

#include <optional>

struct Discount;

// Spreads an order-level discount over the VAT rates of the order in proportion to each rate's share of
// the goods total incl. VAT (seed 004: "relative with value total_products_wt"). The parts add up
// exactly to the discount's incl. and excl. amounts: the incl. amount is split by largest remainder, the
// discount's VAT is split in proportion to the VAT each part contains, and net = incl. − VAT.
class DiscountSpreader
{
public:
    // `goods` holds one entry per rate (amounts positive for a sale). Returns nothing when no rate has a
    // positive goods total to carry the discount; the caller may then spread over all amounts instead.
    static std::optional<QList<RateAmount>> spread(const Discount& discount, const QList<RateAmount>& goods);
};
