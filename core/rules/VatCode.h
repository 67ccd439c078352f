#pragma once

#include "money/VatRate.h"

#include <QString>

#include <optional>

// An e-Boekhouden sale VAT code (REST enum, API §1.11). Only the codes valid for sales mutations and
// invoices today; the historic HOOG_VERK (19%) and LAAG_VERK (6%) are refused by name, because mapping
// 21% to them is the classic mistake of older plugins.
class VatCode
{
public:
    enum Value
    {
        HoogVerk21, // 21%
        LaagVerk9,  // 9%
        VerlVerk,   // domestic reverse charge 21%
        VerlVerkL9, // domestic reverse charge 9%
        BuEuVerk,   // export outside the EU, 0%
        BiEuVerk,   // ICP goods, 0%
        BiEuVerkD,  // ICP services, 0%
        AfstVerk,   // distance sales inside the EU (OSS net turnover), 0%
        AfwVerk,    // divergent: the VAT amount is sent explicitly
        Geen,       // no VAT
        // A Belgian administration takes only BE_* codes (API-eboekhouden.md C6). Of the spec's Belgian codes our
        // sources name only these three; the others are not offered until they are confirmed.
        Be21Verk,  // BE_21_VERK: Belgian sales at 21 %
        BeIcVerk,  // BE_IC_VERK: intra-community supplies from Belgium, 0 %
        BeExpVerk, // BE_EXP_VERK: export outside the EU from Belgium, 0 %
    };

    constexpr VatCode(Value value = Geen)
        : m_value(value)
    {}

    static std::optional<VatCode> fromName(const QString& name);
    static bool isHistoricName(const QString& name);

    constexpr Value value() const { return m_value; }
    QString name() const;

    // The rate e-Boekhouden computes VAT with for this code; reverse charge and 0% codes compute none.
    VatRate computedRate() const;
    // BE_* codes belong to Belgian administrations, the others to Dutch ones (C6).
    constexpr bool isBelgian() const { return m_value == Be21Verk || m_value == BeIcVerk || m_value == BeExpVerk; }
    // AFW_VERK: e-Boekhouden takes the VAT amount from the row instead of computing it.
    constexpr bool takesExplicitVat() const { return m_value == AfwVerk; }

    constexpr bool operator==(const VatCode&) const = default;

private:
    Value m_value;
};
