#include "VatMappingResolver.h"

#include "DocumentClassifier.h"

VatMappingResolver::Resolution VatMappingResolver::resolve(const VatMapping& mapping, DocumentClass documentClass,
                                                           VatRate rate, const QString& country)
{
    const QString destination = country.trimmed().toUpper();
    const VatMappingEntry* best = nullptr;
    int bestScore = -1;
    for (const VatMappingEntry& entry : mapping.entries) {
        if (entry.documentClass != documentClass)
            continue;
        if (entry.rate && *entry.rate != rate)
            continue;
        const QString entryCountry = entry.country.trimmed().toUpper();
        if (!entryCountry.isEmpty() && entryCountry != destination)
            continue;
        const int score = (entry.rate ? 2 : 0) + (entryCountry.isEmpty() ? 0 : 1);
        if (score > bestScore) {
            best = &entry;
            bestScore = score;
        }
    }

    Resolution resolution;
    const QString where = documentClass == DocumentClass::Oss || documentClass == DocumentClass::Icp ||
                                  documentClass == DocumentClass::Export
                              ? tr("%1 to %2").arg(DocumentClassifier::displayName(documentClass), destination)
                              : DocumentClassifier::displayName(documentClass);
    if (!best) {
        resolution.problem = Problem{
            Problem::Code::NoVatMapping,
            tr("No VAT mapping fits %1% VAT (%2). Add a row for it in the VAT mapping with the e-Boekhouden VAT "
               "code and revenue ledger to use.")
                .arg(rate.toString(), where)};
        return resolution;
    }
    if (best->revenueLedger.trimmed().isEmpty()) {
        resolution.problem = Problem{Problem::Code::IncompleteVatMapping,
                                     tr("The VAT mapping row for %1% VAT (%2) has no revenue ledger. Choose one in "
                                        "the VAT mapping.")
                                         .arg(rate.toString(), where)};
        return resolution;
    }
    if (documentClass == DocumentClass::Oss && !rate.isZero() && best->vatLedger.trimmed().isEmpty() &&
        !best->vatCode.takesExplicitVat()) {
        resolution.problem = Problem{Problem::Code::IncompleteVatMapping,
                                     tr("The VAT mapping row for %1% VAT (%2) has no VAT ledger for the foreign VAT. "
                                        "Choose the balance ledger of this country's OSS VAT in the VAT mapping.")
                                         .arg(rate.toString(), where)};
        return resolution;
    }
    // A code with a fixed rate of its own (HOOG_VERK_21, LAAG_VERK_9) on another rate would make
    // e-Boekhouden compute other VAT than the shop charged. OSS rows post their VAT themselves.
    const VatRate computed = best->vatCode.computedRate();
    if (documentClass != DocumentClass::Oss && !best->vatCode.takesExplicitVat() && computed != rate &&
        !(computed.isZero() && rate.isZero())) {
        resolution.problem = Problem{Problem::Code::IncompleteVatMapping,
                                     tr("The VAT mapping maps %1% VAT (%2) to %3, which computes %4%. Choose a VAT "
                                        "code of %1% in the VAT mapping.")
                                         .arg(rate.toString(), where, best->vatCode.name(), computed.toString())};
        return resolution;
    }
    resolution.entry = *best;
    return resolution;
}
