#pragma once

#include "rules/VatMapping.h"

#include <QList>
#include <QString>

#include <utility>

// The setup wizard's VAT mapping proposal, from the rates the first import met: the default mapping for the
// shop's country and chosen ledgers, plus an OSS row for each foreign rate a destination country's documents
// use (the default OSS rows hold for any rate of their country, but the check wants each rate seen named).
namespace VatMappingProposal {

VatMapping fromRatesSeen(const VatMapping::Proposal& proposal, bool ossRegistered,
                         const QList<std::pair<QString, VatRate>>& ratesSeenByCountry);

// The proposal for the administration's country ("NL" or "BE"): a Belgian administration takes only BE_* codes
// and refuses Dutch ones with MUT_109 (API-eboekhouden.md C6), so each row gets its Belgian code (21 % ->
// BE_21_VERK, ICP -> BE_IC_VERK, export -> BE_EXP_VERK). A row without a confirmed Belgian code is left out:
// its documents are then held by the pre-check ("map this rate") instead of being refused by e-Boekhouden.
VatMapping forAdministrationCountry(VatMapping mapping, const QString& country);

} // namespace VatMappingProposal
