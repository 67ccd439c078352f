#include "VatMappingProposal.h"

#include "rules/EuCountries.h"
#include "store/VatMappingRow.h"
#include "store/VatMappingValidator.h"

#include <QRegularExpression>

#include <algorithm>

VatMapping VatMappingProposal::fromRatesSeen(const VatMapping::Proposal& proposal, bool ossRegistered,
                                             const QList<std::pair<QString, VatRate>>& ratesSeenByCountry)
{
    VatMapping mapping = VatMapping::defaultProposal(proposal);
    if (!ossRegistered) { // without OSS, EU consumers pay Dutch VAT: the domestic rows book them
        mapping.entries.removeIf([](const VatMappingEntry& e) { return e.documentClass == DocumentClass::Oss; });
        return mapping; // and no OSS row for a foreign rate either
    }
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

namespace {

enum class Purpose
{
    None,
    High,
    Low,
    Zero,
    Icp,
    Export,
    OssRevenue,
};

// The words of a ledger's name, lower case: "Omzet binnen EU (ICP)" -> omzet, binnen, eu, icp. "9%" gives "9".
QStringList words(const QString& description)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return description.toLower().split(separators, Qt::SkipEmptyParts);
}

bool any(const QStringList& words, std::initializer_list<const char16_t*> wanted)
{
    return std::any_of(wanted.begin(), wanted.end(), [&](const char16_t* w) { return words.contains(QStringView(w)); });
}

// A ledger turnover is booked on: profit & loss (VW), and named as turnover or in the 8 range where the Dutch
// charts of accounts keep it ("rubriek 8"); 4000 Inkoop is VW too, but no revenue ledger.
bool revenue(const Ledger& ledger)
{
    if (ledger.category != u"VW")
        return false;
    const QStringList w = words(ledger.description);
    return ledger.code.startsWith(u'8') ||
           any(w, {u"omzet", u"opbrengst", u"opbrengsten", u"sales", u"revenue", u"turnover"});
}

// The one purpose a revenue ledger's name says, the most specific first: "Omzet OSS" is no ICP ledger though
// its sales go to the EU, "Omzet buiten EU" no ICP ledger though it names the EU.
Purpose purposeOf(const Ledger& ledger)
{
    if (!revenue(ledger))
        return Purpose::None;
    const QStringList w = words(ledger.description);
    if (any(w, {u"oss", u"afstandsverkopen", u"afstandsverkoop", u"distance"}))
        return Purpose::OssRevenue;
    if (any(w, {u"export", u"uitvoer"}) || (any(w, {u"buiten", u"outside", u"non"}) && any(w, {u"eu"})))
        return Purpose::Export;
    if (any(w, {u"icp", u"intracommunautair", u"intracommunautaire", u"eu"}))
        return Purpose::Icp;
    if (any(w, {u"0", u"nul", u"vrijgesteld", u"exempt", u"zero"}) || (any(w, {u"geen"}) && any(w, {u"btw"})))
        return Purpose::Zero;
    if (any(w, {u"laag", u"lage", u"low", u"9"}))
        return Purpose::Low;
    if (any(w, {u"hoog", u"hoge", u"high", u"21"}))
        return Purpose::High;
    return Purpose::None;
}

// The balance ledger of OSS VAT: a VAT or balance ledger (never profit & loss, bank, debtors or creditors:
// e-Boekhouden refuses those on a sales row, API-eboekhouden.md MUT_106) named for OSS.
bool ossVatLedger(const Ledger& ledger)
{
    static const QStringList notBalance{QStringLiteral("VW"), QStringLiteral("FIN"), QStringLiteral("DEB"),
                                        QStringLiteral("CRED")};
    return !notBalance.contains(ledger.category) &&
           any(words(ledger.description), {u"oss", u"afstandsverkopen", u"afstandsverkoop"});
}

bool known(const QList<Ledger>& ledgers, const QString& code)
{
    return std::any_of(ledgers.cbegin(), ledgers.cend(), [&](const Ledger& l) { return l.code == code.trimmed(); });
}

} // namespace

bool VatMappingProposal::ossRatesFound(const QString& shopCountry,
                                       const QList<std::pair<QString, VatRate>>& ratesSeenByCountry)
{
    const QString home = shopCountry.trimmed().toUpper();
    const QList<VatRate> homeRates = EuCountries::legalRates(home);
    return std::any_of(ratesSeenByCountry.cbegin(), ratesSeenByCountry.cend(), [&](const auto& seen) {
        const auto& [country, rate] = seen;
        return country != home && EuCountries::isMember(country) && !rate.isZero() && !homeRates.contains(rate);
    });
}

VatMappingProposal::LedgerChoice VatMappingProposal::chooseLedgers(const QList<Ledger>& ledgers,
                                                                   const QString& revenueLedger,
                                                                   const QString& ossVatLedger)
{
    QList<Ledger> byCode = ledgers;
    std::stable_sort(byCode.begin(), byCode.end(), [](const Ledger& a, const Ledger& b) { return a.code < b.code; });
    LedgerChoice choice;
    const auto first = [&](Purpose purpose) {
        for (const Ledger& ledger : std::as_const(byCode))
            if (purposeOf(ledger) == purpose)
                return ledger.code;
        return QString();
    };
    if (ledgers.isEmpty()) // not connected: the chosen codes as they are, the usual 8000 otherwise
        choice.high = revenueLedger.isEmpty() ? QStringLiteral("8000") : revenueLedger;
    else if (known(ledgers, revenueLedger))
        choice.high = revenueLedger.trimmed();
    else if (const QString high = first(Purpose::High); !high.isEmpty())
        choice.high = high;
    else if (known(ledgers, QStringLiteral("8000")))
        choice.high = QStringLiteral("8000");
    else
        for (const Ledger& ledger : std::as_const(byCode))
            if (revenue(ledger) && purposeOf(ledger) == Purpose::None) {
                choice.high = ledger.code;
                break;
            }
    const auto orHigh = [&](const QString& code) { return code.isEmpty() ? choice.high : code; };
    choice.low = orHigh(first(Purpose::Low));
    choice.zero = orHigh(first(Purpose::Zero));
    choice.icp = orHigh(first(Purpose::Icp));
    choice.exportSale = orHigh(first(Purpose::Export));
    choice.ossRevenue = orHigh(first(Purpose::OssRevenue));
    if (!ossVatLedger.isEmpty() && (ledgers.isEmpty() || known(ledgers, ossVatLedger))) {
        choice.ossVat = ossVatLedger.trimmed();
    } else {
        for (const Ledger& ledger : std::as_const(byCode))
            if (::ossVatLedger(ledger)) {
                choice.ossVat = ledger.code;
                break;
            }
    }
    return choice;
}

VatMappingProposal::Result VatMappingProposal::propose(const Inputs& inputs)
{
    Result result;
    const LedgerChoice ledgers = chooseLedgers(inputs.ledgers, inputs.revenueLedger, inputs.ossVatLedger);
    const bool ossFound = ossRatesFound(inputs.shopCountry, inputs.ratesSeenByCountry);
    bool oss = inputs.ossRegistered || ossFound;
    if (oss && ledgers.ossVat.isEmpty()) {
        // An OSS row without its VAT ledger is refused on save (VatMappingValidator): none are proposed.
        result.notes.append(
            inputs.ledgers.isEmpty()
                ? VatMappingProposalText::tr("No OSS rows are proposed: the VAT ledger for OSS is not known until the "
                                             "administration's ledgers are read. Synchronise once, then propose again.")
                : VatMappingProposalText::tr(
                      "No OSS rows are proposed: the administration has no balance ledger for the foreign VAT of OSS. "
                      "Create one in e-Boekhouden (for example \"Af te dragen btw OSS\"), read the ledgers again and "
                      "propose again."));
        oss = false;
    } else if (ossFound && !inputs.ossRegistered) {
        result.notes.append(VatMappingProposalText::tr(
            "The documents charge VAT of other EU countries, so OSS rows are proposed. If the shop is registered "
            "for OSS, tick OSS in the booking settings; if not, its documents charge the wrong VAT."));
    }
    VatMapping::Proposal base;
    base.shopCountry = inputs.shopCountry;
    base.revenueLedger = ledgers.high;
    base.icpRevenueLedger = ledgers.icp;
    base.exportRevenueLedger = ledgers.exportSale;
    base.ossRevenueLedger = ledgers.ossRevenue;
    base.ossVatLedger = ledgers.ossVat;
    base.sellsServices = inputs.sellsServices;
    VatMapping mapping = fromRatesSeen(base, oss, inputs.ratesSeenByCountry);
    for (VatMappingEntry& entry : mapping.entries) {
        if (entry.documentClass != DocumentClass::Domestic || !entry.rate)
            continue;
        if (*entry.rate == VatRate::percent(9))
            entry.revenueLedger = ledgers.low;
        else if (entry.rate->isZero())
            entry.revenueLedger = ledgers.zero;
    }
    mapping = forAdministrationCountry(mapping, inputs.administrationCountry);
    // What is left that the check still refuses (no revenue ledger at all in the administration) is not
    // proposed: a proposal the bookkeeper cannot save as it is would teach them to distrust it.
    int leftOut = 0;
    for (const VatMappingEntry& entry : std::as_const(mapping.entries)) {
        if (VatMappingValidator::problems({VatMappingRow::fromEntry(entry)}, {}, inputs.ledgers).isEmpty())
            result.mapping.entries.append(entry);
        else
            ++leftOut;
    }
    if (leftOut > 0)
        result.notes.append(VatMappingProposalText::tr("%n row(s) could not be proposed: the administration has no "
                                                       "revenue ledger for them. Add the rows by hand.",
                                                       nullptr, leftOut));
    return result;
}
