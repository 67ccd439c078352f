#pragma once

#include <QString>

#include <compare>
#include <optional>

// A VAT percentage in hundredths of a percent: 21% is 2100, 5.5% is 550, 0% is 0. Integer, so rates
// compare exactly and serve as keys of the VAT mapping. Normalising what shops send (fractions such as
// 0.21, derived rates such as 20.96) is a rule of its own (rules/VatRateNormaliser, issue 3).
class VatRate
{
public:
    constexpr VatRate() = default;
    static constexpr VatRate fromBasisPoints(int basisPoints) { return VatRate(basisPoints); }
    static constexpr VatRate percent(int whole) { return VatRate(whole * 100); }

    // Parses a decimal percentage such as "21", "21.0000", "5.5" (rounded half away from zero to 0.01%).
    static std::optional<VatRate> parse(const QString& text);

    constexpr int basisPoints() const { return m_basisPoints; }
    constexpr bool isZero() const { return m_basisPoints == 0; }

    // "21", "5.5", "0": for messages and the VAT mapping grid.
    QString toString() const;

    constexpr auto operator<=>(const VatRate&) const = default;

private:
    constexpr explicit VatRate(int basisPoints)
        : m_basisPoints(basisPoints)
    {}

    int m_basisPoints = 0;
};
