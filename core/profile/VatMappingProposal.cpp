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
