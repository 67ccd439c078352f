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

} // namespace VatMappingProposal
