#include "VatMappingValidator.h"

#include "rules/VatCode.h"

namespace {

bool ledgerKnown(const QString& code, const QList<Ledger>& ledgers)
{
    return ledgers.isEmpty() ||
           std::any_of(ledgers.cbegin(), ledgers.cend(), [&](const Ledger& l) { return l.code == code.trimmed(); });
}

// A shop rate is booked through a domestic row for that rate (or any rate); an OSS row naming the exact
// rate also maps it, so a foreign OSS rate is not reported as missing once the bookkeeper added it there.
bool rateMapped(VatRate rate, const QList<VatMappingRow>& rows)
{
    return std::any_of(rows.cbegin(), rows.cend(), [&](const VatMappingRow& row) {
        if (row.documentClass == DocumentClass::Domestic)
            return !row.rate || *row.rate == rate;
        return row.documentClass == DocumentClass::Oss && row.rate == rate;
    });
}

} // namespace

QStringList VatMappingValidator::problems(const QList<VatMappingRow>& rows, const QList<VatRate>& ratesSeen,
                                          const QList<Ledger>& ledgers)
{
    QStringList texts;
    for (const Problem& problem : cellProblems(rows, ratesSeen, ledgers))
        texts.append(problem.text);
    return texts;
}

QList<VatMappingValidator::Problem> VatMappingValidator::cellProblems(const QList<VatMappingRow>& rows,
                                                                      const QList<VatRate>& ratesSeen,
                                                                      const QList<Ledger>& ledgers)
{
    QList<Problem> found;
    int at = -1; // the row the problems appended now are about
    const auto add = [&](Field field, const QString& text) { found.append({at, field, text}); };
    for (const VatRate rate : ratesSeen) {
        if (!rateMapped(rate, rows))
            add(Field::None, tr("The shop's documents use %1 VAT, but no domestic row maps it. Add a row for %1.")
                                 .arg(VatMappingRow::displayRate(rate)));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const VatMappingRow& row = rows.at(i);
        at = int(i);
        const QString number = QString::number(i + 1);
        const std::optional<VatCode> code = VatCode::fromName(row.vatCode);
        if (row.vatCode.trimmed().isEmpty()) {
            add(Field::VatCode, tr("Row %1: choose the e-Boekhouden VAT code.").arg(number));
        } else if (VatCode::isHistoricName(row.vatCode)) {
            add(Field::VatCode,
                tr("Row %1: %2 is an old code for the rates before 2019 (19 % and 6 %). Choose HOOG_VERK_21 "
                   "or LAAG_VERK_9.")
                    .arg(number, row.vatCode.trimmed()));
        } else if (!code) {
            add(Field::VatCode, tr("Row %1: %2 is not an e-Boekhouden VAT code for sales. Choose a code from the list.")
                                    .arg(number, row.vatCode.trimmed()));
        } else if (row.rate && !code->computedRate().isZero() && code->computedRate() != *row.rate) {
            add(Field::VatCode, tr("Row %1: %2 books %3 VAT, but the row is for %4. Choose the code for %4.")
                                    .arg(number, code->name(), VatMappingRow::displayRate(code->computedRate()),
                                         VatMappingRow::displayRate(row.rate)));
        }
        if (row.revenueLedger.trimmed().isEmpty())
            add(Field::RevenueLedger, tr("Row %1: fill in the revenue ledger the turnover is booked on.").arg(number));
        else if (!ledgerKnown(row.revenueLedger, ledgers))
            add(Field::RevenueLedger,
                tr("Row %1: ledger %2 does not exist in the administration.").arg(number, row.revenueLedger.trimmed()));
        if (row.documentClass == DocumentClass::Oss) {
            if (row.country.trimmed().isEmpty())
                add(Field::Country, tr("Row %1: an OSS row is for one country; fill in the country.").arg(number));
            if (row.vatLedger.trimmed().isEmpty())
                add(Field::VatLedger,
                    tr("Row %1: an OSS row needs the VAT ledger where the foreign VAT of %2 is booked.")
                        .arg(number,
                             row.country.trimmed().isEmpty() ? tr("this country") : row.country.trimmed().toUpper()));
        }
        if (!row.vatLedger.trimmed().isEmpty() && !ledgerKnown(row.vatLedger, ledgers))
            add(Field::VatLedger,
                tr("Row %1: ledger %2 does not exist in the administration.").arg(number, row.vatLedger.trimmed()));
        for (qsizetype j = 0; j < i; ++j) {
            if (rows.at(j).sameKey(row)) {
                add(Field::Rate, tr("Rows %1 and %2 are for the same rate, class and country. Remove one of them.")
                                     .arg(QString::number(j + 1), number));
                break;
            }
        }
    }
    return found;
}
