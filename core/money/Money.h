#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

// An amount of money in integer cents. Never a floating-point value: every amount the product reads,
// computes, stores or posts is a Money. Rounding happens only where a function says so, and then
// half away from zero (the rule of the Dutch tax authority and of every shop we read).
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }

    // Parses a decimal text such as "119.90", "-0.5", "12,34" (comma accepted), "1.2345" (rounded half away
    // from zero to cents). Returns nothing for text that is not a plain decimal number.
    static std::optional<Money> parse(const QString& text);

    constexpr std::int64_t cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr Money abs() const { return Money(m_cents < 0 ? -m_cents : m_cents); }

    // "1234.50", "-0.05": the wire format of e-Boekhouden and the shops (dot, two decimals, no grouping).
    QString toDecimalString() const;

    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money operator+(Money other) const { return Money(m_cents + other.m_cents); }
    constexpr Money operator-(Money other) const { return Money(m_cents - other.m_cents); }
    constexpr Money& operator+=(Money other)
    {
        m_cents += other.m_cents;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_cents -= other.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t cents)
        : m_cents(cents)
    {}

    std::int64_t m_cents = 0;
};

Q_DECLARE_METATYPE(Money)
