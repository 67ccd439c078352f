#include "VatMappingProposal.h"

#include "rules/EuCountries.h"

VatMapping VatMappingProposal::fromRatesSeen(const VatMapping::Proposal& proposal, bool ossRegistered,
                                             const QList<std::pair<QString, VatRate>>& ratesSeenByCountry)
{
    VatMapping mapping = VatMapping::defaultProposal(proposal);
    if (!ossRegistered) // without OSS, EU consumers pay Dutch VAT: the domestic rows book them
        mapping.entries.removeIf([](const VatMappingEntry& e) { return e.documentClass == DocumentClass::Oss; });
    const QString home = proposal.shopCountry.trimmed().toUpper();
    const auto domesticRate = [&](VatRate rate) {
        return std::any_of(mapping.entries.cbegin(), mapping.entries.cend(), [&](const VatMappingEntry& e) {
            return e.documentClass == DocumentClass::Domestic && (!e.rate || *e.rate == rate);
        });
    };
    const QStringList members = EuCountries::memberStates();
    for (const auto& [country, rate] : ratesSeenByCountry) {
        if (country == home || !members.contains(country) || domesticRate(rate))
            continue;
        const bool named = std::any_of(mapping.entries.cbegin(), mapping.entries.cend(), [&](const VatMappingEntry& e) {
            return e.documentClass == DocumentClass::Oss && e.country == country && e.rate == rate;
        });
        if (!named)
            mapping.entries.append(
                {DocumentClass::Oss, rate, country, VatCode::AfstVerk,
                 proposal.ossRevenueLedger.isEmpty() ? proposal.revenueLedger : proposal.ossRevenueLedger,
                 proposal.ossVatLedger});
    }
    return mapping;
}

VatMapping VatMappingProposal::forAdministrationCountry(VatMapping mapping, const QString& country)
{
    if (country.trimmed().toUpper() != QLatin1String("BE"))
        return mapping;
    const auto belgian = [](VatCode code) -> std::optional<VatCode> {
        switch (code.value()) {
        case VatCode::HoogVerk21:
        case VatCode::Be21Verk:
            return VatCode(VatCode::Be21Verk);
        case VatCode::BiEuVerk:
        case VatCode::BiEuVerkD:
        case VatCode::BeIcVerk:
            return VatCode(VatCode::BeIcVerk);
        case VatCode::BuEuVerk:
        case VatCode::BeExpVerk:
            return VatCode(VatCode::BeExpVerk);
        default:
            return std::nullopt; // no confirmed Belgian code (9 %, 0 %, OSS, reverse charge, AFW_VERK)
        }
    };
    QList<VatMappingEntry> kept;
    for (VatMappingEntry entry : mapping.entries) {
        if (const std::optional<VatCode> code = belgian(entry.vatCode)) {
            entry.vatCode = *code;
            kept.append(entry);
        }
    }
    mapping.entries = kept;
    return mapping;
}
