#pragma once

#include "Money.h"

#include <QString>

#include <cstdint>
#include <optional>

// How many units of a foreign currency one unit of the base currency buys, as the shop states it
// (PrestaShop's conversion_rate "1.084500": foreign = base × rate). Kept as an integer number of
// millionths, the precision PrestaShop stores, so that converting money never goes through a double.
class ExchangeRate
{
public:
    static constexpr std::int64_t one = 1'000'000;

    // "1.0845", "1.084500", "0.85": a positive decimal with at most six decimals. Anything else is no rate.
    static std::optional<ExchangeRate> parse(const QString& text);
    static constexpr ExchangeRate fromMillionths(std::int64_t millionths) { return ExchangeRate(millionths); }

    std::int64_t millionths() const { return m_millionths; }
    bool isOne() const { return m_millionths == one; }
    QString toString() const;

    // A foreign amount in the base currency: amount ÷ rate, half away from zero to the cent.
    Money toBase(Money foreign) const;

private:
    explicit constexpr ExchangeRate(std::int64_t millionths)
        : m_millionths(millionths)
    {}

    std::int64_t m_millionths = one;
};
