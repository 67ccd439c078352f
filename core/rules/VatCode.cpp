#include "VatCode.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<VatCode::Value, const char*>, 13> names = {{
    {VatCode::HoogVerk21, "HOOG_VERK_21"},
    {VatCode::LaagVerk9, "LAAG_VERK_9"},
    {VatCode::VerlVerk, "VERL_VERK"},
    {VatCode::VerlVerkL9, "VERL_VERK_L9"},
    {VatCode::BuEuVerk, "BU_EU_VERK"},
    {VatCode::BiEuVerk, "BI_EU_VERK"},
    {VatCode::BiEuVerkD, "BI_EU_VERK_D"},
    {VatCode::AfstVerk, "AFST_VERK"},
    {VatCode::AfwVerk, "AFW_VERK"},
    {VatCode::Geen, "GEEN"},
    {VatCode::Be21Verk, "BE_21_VERK"},
    {VatCode::BeIcVerk, "BE_IC_VERK"},
    {VatCode::BeExpVerk, "BE_EXP_VERK"},
}};

} // namespace

std::optional<VatCode> VatCode::fromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    for (const auto& [value, text] : names) {
        if (upper == QLatin1String(text))
            return VatCode(value);
    }
    return std::nullopt;
}

bool VatCode::isHistoricName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    return upper == u"HOOG_VERK" || upper == u"LAAG_VERK";
}

QString VatCode::name() const
{
    for (const auto& [value, text] : names) {
        if (value == m_value)
            return QLatin1String(text);
    }
    return {};
}

VatRate VatCode::computedRate() const
{
    switch (m_value) {
    case HoogVerk21:
    case Be21Verk:
        return VatRate::percent(21);
    case LaagVerk9:
        return VatRate::percent(9);
    default:
        return VatRate();
    }
}
