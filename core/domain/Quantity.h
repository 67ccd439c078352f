#pragma once

#include <compare>
#include <cstdint>

// A quantity in thousandths (shops allow 1.5 kg); integer so unit-price arithmetic stays exact.
struct Quantity
{
    std::int64_t thousandths = 0;

    static constexpr Quantity whole(std::int64_t units) { return {units * 1000}; }
    constexpr bool isZero() const { return thousandths == 0; }
    // How many unit prices a row total may have been rounded from: a shop that rounds VAT per unit can be
    // off by half a cent per unit (at least one rounding, also for 0.5 kg).
    constexpr std::int64_t roundings() const
    {
        const std::int64_t units = ((thousandths < 0 ? -thousandths : thousandths) + 999) / 1000;
        return units < 1 ? 1 : units;
    }
    constexpr auto operator<=>(const Quantity&) const = default;
};
