#include "Allocation.h"

#include "Rounding.h"

#include <algorithm>
#include <numeric>

QList<Money> Allocation::byLargestRemainder(Money total, const QList<std::int64_t>& weights)
{
    QList<Money> parts(weights.size());
    if (weights.isEmpty())
        return parts;

    Rounding::Wide weightSum = 0;
    for (const std::int64_t weight : weights)
        weightSum += weight > 0 ? weight : 0;
    if (weightSum == 0) {
        parts.last() = total;
        return parts;
    }

    // Work on the magnitude so that a negative total splits as the mirror image of a positive one.
    const bool negative = total.isNegative();
    const Rounding::Wide magnitude = negative ? -static_cast<Rounding::Wide>(total.cents()) : total.cents();
    QList<std::int64_t> cents(weights.size());
    QList<Rounding::Wide> remainders(weights.size());
    Rounding::Wide assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Rounding::Wide weight = weights[i] > 0 ? weights[i] : 0;
        const Rounding::Wide product = magnitude * weight;
        cents[i] = static_cast<std::int64_t>(product / weightSum);
        remainders[i] = product % weightSum;
        assigned += cents[i];
    }

    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; assigned < magnitude; ++k, ++assigned)
        cents[order[k % order.size()]] += 1;

    for (qsizetype i = 0; i < weights.size(); ++i)
        parts[i] = Money::fromCents(negative ? -cents[i] : cents[i]);
    return parts;
}
