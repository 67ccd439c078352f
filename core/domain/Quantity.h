#pragma once

#include <compare>
#include <cstdint>

// A quantity in thousandths (shops allow 1.5 kg); integer so unit-price arithmetic stays exact.
struct Quantity
{
    std::int64_t thousandths = 0;

    static constexpr Quantity whole(std::int64_t units) { return {units * 1000}; }
    constexpr bool isZero() const { return thousandths == 0; }
    constexpr auto operator<=>(const Quantity&) const = default;
};
