#pragma once

#include <cstdint>

// Integer division with the rounding every Dutch invoice uses: half away from zero (2.5 → 3, -2.5 → -3).
// Intermediate products go through 128 bits so that amount × rate never overflows.
namespace Rounding {

// 128-bit integer for exact intermediate products (__extension__ keeps -Wpedantic quiet about it).
__extension__ typedef __int128 Wide;

inline std::int64_t divideHalfAwayFromZero(Wide numerator, Wide denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    const Wide quotient = (magnitude * 2 + denominator) / (denominator * 2);
    return static_cast<std::int64_t>(negative ? -quotient : quotient);
}

} // namespace Rounding
