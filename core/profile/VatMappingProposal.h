#pragma once

#include "eboekhouden/Ledger.h"
#include "rules/VatMapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The VAT mapping proposal, from the rates the first import met: the default mapping for the shop's country and
// chosen ledgers, plus an OSS row for each foreign rate a destination country's documents use (the default OSS
// rows hold for any rate of their country, but the check wants each rate seen named).
namespace VatMappingProposal {

VatMapping fromRatesSeen(const VatMapping::Proposal& proposal, bool ossRegistered,
                         const QList<std::pair<QString, VatRate>>& ratesSeenByCountry);

// The proposal for the administration's country ("NL" or "BE"): a Belgian administration takes only BE_* codes
// and refuses Dutch ones with MUT_109 (API-eboekhouden.md C6), so each row gets its Belgian code (21 % ->
// BE_21_VERK, ICP -> BE_IC_VERK, export -> BE_EXP_VERK). A row without a confirmed Belgian code is left out:
// its documents are then held by the pre-check ("map this rate") instead of being refused by e-Boekhouden.
VatMapping forAdministrationCountry(VatMapping mapping, const QString& country);

// Whether the documents charge destination-country VAT: a document for another EU member state with a rate
// that is not one of the shop country's own. Such documents are OSS sales (or a shop that charges wrongly);
// either way the bookkeeper should see OSS rows proposed rather than documents held for an unmapped rate.
bool ossRatesFound(const QString& shopCountry, const QList<std::pair<QString, VatRate>>& ratesSeenByCountry);

// The ledgers of the administration a proposal books on, chosen by the ledger's name and category: a
// bookkeeper names them "Omzet laag", "Omzet binnen EU", "Omzet export", "Omzet OSS", "Af te dragen btw OSS".
// An empty code: the administration has no such ledger, the revenue ledger is used instead (the VAT ledger
// of OSS has no stand-in).
struct LedgerChoice
{
    QString high;       // domestic 21 %; also the stand-in of every revenue ledger not found
    QString low;        // domestic 9 %
    QString zero;       // domestic 0 % / exempt
    QString icp;        // supplies to EU businesses
    QString exportSale; // outside the EU
    QString ossRevenue; // distance sales to EU consumers
    QString ossVat;     // the balance ledger of the foreign VAT of OSS
};
// `revenueLedger` / `ossVatLedger`: what the bookkeeper chose (the wizard's fields); they win over a name.
LedgerChoice chooseLedgers(const QList<Ledger>& ledgers, const QString& revenueLedger = {},
                           const QString& ossVatLedger = {});

struct Inputs
{
    QString shopCountry = QStringLiteral("NL");
    QString administrationCountry = QStringLiteral("NL"); // "BE": BE_* codes only (C6)
    bool ossRegistered = false;
    bool sellsServices = false;
    QString revenueLedger; // the bookkeeper's choice; empty = chosen by name
    QString ossVatLedger;  // the bookkeeper's choice; empty = chosen by name
    QList<Ledger> ledgers; // the administration's; empty = not connected, the codes are not checked
    QList<std::pair<QString, VatRate>> ratesSeenByCountry;
};

struct Result
{
    VatMapping mapping;
    // What the bookkeeper should know about the proposal, in their words: OSS proposed because of the rates
    // found, rows left out for want of a ledger.
    QStringList notes;
};

// The whole proposal: ledgers by name, OSS rows when registered or when OSS rates are found, the country's
// codes. It never holds a row that VatMappingValidator refuses against `ledgers`: a row it cannot fill (an
// OSS row without a VAT ledger, a row without any revenue ledger) is left out and said in `notes`.
Result propose(const Inputs& inputs);

} // namespace VatMappingProposal

// The translatable notes of the proposal (a namespace cannot declare tr()).
class VatMappingProposalText
{
    Q_DECLARE_TR_FUNCTIONS(VatMappingProposal)
};
