#pragma once

#include "Money.h"

#include <QList>

#include <cstdint>

// Splits an amount over weights so that the parts always add back to the whole, to the cent: each part
// gets its truncated share, and the cents left over go to the parts with the largest remainders (ties to
// the earlier part, so the result is deterministic). Used to spread an order discount over VAT rates.
class Allocation
{
public:
    // Weights must not be negative. When all weights are zero the parts are all zero except the last,
    // which takes the whole amount, so nothing is ever lost.
    static QList<Money> byLargestRemainder(Money total, const QList<std::int64_t>& weights);
};
