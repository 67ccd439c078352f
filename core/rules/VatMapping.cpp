#include "VatMapping.h"

#include "EuCountries.h"

VatMapping VatMapping::defaultProposal(const Proposal& proposal)
{
    const auto orDefault = [&](const QString& ledger) { return ledger.isEmpty() ? proposal.revenueLedger : ledger; };
    VatMapping mapping;
    mapping.entries = {
        {DocumentClass::Domestic, VatRate::percent(21), {}, VatCode::HoogVerk21, proposal.revenueLedger, {}},
        {DocumentClass::Domestic, VatRate::percent(9), {}, VatCode::LaagVerk9, proposal.revenueLedger, {}},
        {DocumentClass::Domestic, VatRate(), {}, VatCode::Geen, proposal.revenueLedger, {}},
        {DocumentClass::Icp,
         std::nullopt,
         {},
         proposal.sellsServices ? VatCode::BiEuVerkD : VatCode::BiEuVerk,
         orDefault(proposal.icpRevenueLedger),
         {}},
        {DocumentClass::Export, std::nullopt, {}, VatCode::BuEuVerk, orDefault(proposal.exportRevenueLedger), {}},
    };
    const QString home = proposal.shopCountry.trimmed().toUpper();
    for (const QString& country : EuCountries::memberStates()) {
        if (country == home)
            continue;
        mapping.entries.append({DocumentClass::Oss, std::nullopt, country, VatCode::AfstVerk,
                                orDefault(proposal.ossRevenueLedger), proposal.ossVatLedger});
    }
    return mapping;
}
