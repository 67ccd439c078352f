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
    const LogMessage where =
        documentClass == DocumentClass::Oss || documentClass == DocumentClass::Icp ||
                documentClass == DocumentClass::Export
            ? LogMessage::coded(u"problem.classTo"_qs, {DocumentClassifier::displayMessage(documentClass), destination})
            : DocumentClassifier::displayMessage(documentClass);
    if (!best) {
        resolution.problem = Problem{Problem::Code::NoVatMapping,
                                     LogMessage::coded(u"problem.noVatMapping"_qs, {rate.toString(), where})};
        return resolution;
    }
    if (best->revenueLedger.trimmed().isEmpty()) {
        resolution.problem = Problem{Problem::Code::IncompleteVatMapping,
                                     LogMessage::coded(u"problem.noRevenueLedger"_qs, {rate.toString(), where})};
        return resolution;
    }
    if (documentClass == DocumentClass::Oss && !rate.isZero() && best->vatLedger.trimmed().isEmpty() &&
        !best->vatCode.takesExplicitVat()) {
        resolution.problem = Problem{Problem::Code::IncompleteVatMapping,
                                     LogMessage::coded(u"problem.noOssVatLedger"_qs, {rate.toString(), where})};
        return resolution;
    }
    // A code with a fixed rate of its own (HOOG_VERK_21, LAAG_VERK_9) on another rate would make
    // e-Boekhouden compute other VAT than the shop charged. OSS rows post their VAT themselves.
    const VatRate computed = best->vatCode.computedRate();
    if (documentClass != DocumentClass::Oss && !best->vatCode.takesExplicitVat() && computed != rate &&
        !(computed.isZero() && rate.isZero())) {
        resolution.problem =
            Problem{Problem::Code::IncompleteVatMapping,
                    LogMessage::coded(u"problem.vatCodeOfOtherRate"_qs,
                                      {rate.toString(), where, best->vatCode.name(), computed.toString()})};
        return resolution;
    }
    resolution.entry = *best;
    return resolution;
}
