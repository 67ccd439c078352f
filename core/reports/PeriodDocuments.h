#pragma once

#include "PeriodDocument.h"
#include "posting/AdministrationSettings.h"
#include "posting/Posting.h"
#include "ReportPeriod.h"
#include "rules/VatMapping.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The shop documents of a report's period, each split per VAT code, rate and country as its posting books it.
// The split comes from PostingBuilder, the one place that decides what a document becomes in e-Boekhouden, with
// the profile's settings and VAT mapping: what the sync sent for a booked document, because the builder is
// deterministic. Whether that is what is in the books is checked against the amount recorded with the booking
// (StoredDocument::bookedAmount): a booking for another sum is not counted as booked but named (BookedOtherwise).
class PeriodDocuments
{
    Q_DECLARE_TR_FUNCTIONS(PeriodDocuments)

public:
    static QList<PeriodDocument> read(const Database& database, const AdministrationSettings& settings,
                                      const VatMapping& mapping, const ReportPeriod& period);

    // One document: the classification and split above (for a document the store holds).
    static PeriodDocument classify(const StoredDocument& stored, const AdministrationSettings& settings,
                                   const VatMapping& mapping);

    // A posting's rows (or invoice lines) per VAT code, rate and country. An OSS VAT row belongs to the net row
    // before it; the rate of a 0% code with such a VAT row, and of AFW_VERK, is the legal rate of `country` (or
    // of the shop's country) that its amounts were computed with.
    static QList<VatPart> partsOf(const Posting& posting, const QString& country, const QString& shopCountry);

    static QString documentName(const StoredDocument& stored);

    // The date of the newest document in the store (invalid when it holds none): the Reports page opens on its
    // quarter, the one a bookkeeper most likely reports on.
    static QDate newestDocumentDate(const Database& database);
};
