#include "PeriodDocuments.h"

#include "posting/PostingBuilder.h"
#include "rules/DocumentClassifier.h"
#include "rules/VatRateNormaliser.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/SqlValues.h"
#include "store/ViesResultRepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

// A row of the mutation form or a line of the invoice form: what the split needs of either.
struct Booked
{
    VatCode code;
    Money net;
    Money gross;
    bool carriesVat = false;
};

// The legal rate the amounts were computed with; a credit memo's negative amounts have the rate of their positive.
VatRate rateOf(Money net, Money vat, const QStringList& countries)
{
    if (net.isZero())
        return {};
    const bool negative = net.cents() < 0;
    const Money positiveNet = negative ? -net : net;
    const Money positiveVat = negative ? -vat : vat;
    if (const std::optional<VatRate> legal =
            VatRateNormaliser::deriveFromAmounts(positiveNet, positiveNet + positiveVat, countries))
        return *legal;
    // No legal rate fits (a rate the shop charged that our tables do not know): the rate the amounts say, to
    // the basis point, so that the line still shows where the money is.
    const std::int64_t bp = (positiveVat.cents() * 20000 + positiveNet.cents()) / (2 * positiveNet.cents());
    return VatRate::fromBasisPoints(static_cast<int>(bp));
}

bool isCanceled(const StoredDocument& stored)
{
    return stored.document.status.compare(u"canceled", Qt::CaseInsensitive) == 0;
}

} // namespace

QString PeriodDocuments::documentName(const StoredDocument& stored)
{
    return stored.document.kind == DocumentKind::CreditMemo ? tr("Credit memo %1").arg(stored.document.number)
                                                            : tr("Invoice %1").arg(stored.document.number);
}

QList<VatPart> PeriodDocuments::partsOf(const Posting& posting, const QString& country, const QString& shopCountry)
{
    QList<Booked> booked;
    for (const PostingRow& row : posting.rows)
        booked.append({row.vatCode, row.net, row.gross, row.carriesVat});
    for (const PostingInvoiceLine& line : posting.lines)
        booked.append({line.vatCode, line.net, line.gross, line.carriesVat});

    const QStringList countries =
        country == shopCountry || country.isEmpty() ? QStringList{shopCountry} : QStringList{country, shopCountry};
    // First per row, an OSS VAT row added to the net row before it; then the rates; then the same keys merged.
    struct Pending
    {
        VatCode code;
        Money net;
        Money vat;
        bool explicitRate = false; // the rate follows from the amounts, not from the code
    };
    QList<Pending> pending;
    for (const Booked& item : std::as_const(booked)) {
        if (item.carriesVat && !pending.isEmpty()) {
            pending.last().vat += item.gross; // the OSS VAT row's amount is VAT (PostingBuilder, seed 004)
            pending.last().explicitRate = true;
            continue;
        }
        pending.append({item.code, item.net, item.gross - item.net, item.code.takesExplicitVat()});
    }
    QList<VatPart> parts;
    for (const Pending& item : std::as_const(pending)) {
        VatPart part;
        part.vatCode = item.code;
        part.rate = item.explicitRate ? rateOf(item.net, item.vat, countries) : item.code.computedRate();
        part.country = country.isEmpty() ? shopCountry : country;
        part.net = item.net;
        part.vat = item.vat;
        const auto same = std::find_if(parts.begin(), parts.end(), [&](const VatPart& other) {
            return other.vatCode == part.vatCode && other.rate == part.rate && other.country == part.country;
        });
        if (same == parts.end()) {
            parts.append(part);
        } else {
            same->net += part.net;
            same->vat += part.vat;
        }
    }
    return parts;
}

PeriodDocument PeriodDocuments::classify(const StoredDocument& stored, const AdministrationSettings& settings,
                                         const VatMapping& mapping)
{
    PeriodDocument result;
    result.stored = stored;
    const QString name = documentName(stored);
    const QString shopCountry = settings.shopCountry.trimmed().toUpper();
    const QString country = DocumentClassifier::deliveryCountry(stored.document).trimmed().toUpper();
    const bool booked = stored.state == SyncState::Posted;

    std::optional<Posting> posting;
    QStringList problems;
    if (stored.state != SyncState::Unmappable) {
        PostingResult built =
            PostingBuilder::buildDocument(stored.document, stored.document.invoiceNumber, settings, mapping);
        for (const Problem& problem : std::as_const(built.problems))
            problems.append(problem.message);
        posting = std::move(built.posting);
    } else {
        problems.append(stored.problem);
    }
    if (posting) {
        result.documentClass = posting->documentClass;
        result.parts = partsOf(*posting, country, shopCountry);
        result.vatNumber = posting->vatNumber;
        result.name = posting->relationName;
    }

    if (booked && !posting) {
        result.booking = PeriodDocument::Booking::BookedOtherwise;
        result.note = tr("%1 is booked, but with today's VAT mapping and settings it would not be booked (%2), so "
                         "the report cannot split its booking per VAT code. Check the booking in e-Boekhouden and "
                         "the VAT mapping.")
                          .arg(name, problems.join(QStringLiteral(" ")));
    } else if (booked && stored.bookedAmount && *stored.bookedAmount != posting->totalIncl) {
        result.booking = PeriodDocument::Booking::BookedOtherwise;
        result.note = tr("%1 is booked for %2 incl. VAT, but its posting amounts to %3: the booking is not counted as "
                         "booked here. Run reconcile for the period, and correct the booking in e-Boekhouden.")
                          .arg(name, stored.bookedAmount->toDecimalString(), posting->totalIncl.toDecimalString());
    } else if (booked) {
        result.booking = PeriodDocument::Booking::Booked;
        if (isCanceled(stored))
            result.note = tr("%1 is canceled in the shop but booked in e-Boekhouden: book a credit memo for it, or "
                             "delete the booking in e-Boekhouden.")
                              .arg(name);
    } else if (isCanceled(stored)) {
        // A canceled invoice is not a sale (API-shops.md S6): neither the shop's nor the books' figures.
        result.booking = PeriodDocument::Booking::Canceled;
        result.parts.clear();
    } else if (stored.state == SyncState::Skipped) {
        result.booking = PeriodDocument::Booking::BookedByHand;
        result.note = tr("%1 is marked as booked by hand: what was booked is not known to Boekhoudbrug, so it is "
                         "not in the booked figures. Check its booking in e-Boekhouden.")
                          .arg(name);
    } else if (!posting) {
        result.booking = PeriodDocument::Booking::NoPosting;
        result.note = tr("%1 (%2 excl. VAT, %3 VAT) cannot be split per VAT code: %4 Resolve this, then sync.")
                          .arg(name, result.signedExcl().toDecimalString(), result.signedVat().toDecimalString(),
                               problems.join(QStringLiteral(" ")));
    } else {
        result.booking = PeriodDocument::Booking::NotBooked;
        result.note = tr("%1 is not booked yet. Run a sync to book it.").arg(name);
    }
    return result;
}

QList<PeriodDocument> PeriodDocuments::read(const Database& database, const AdministrationSettings& settings,
                                            const VatMapping& mapping, const ReportPeriod& period)
{
    // The ids of the period with the shop's status as the store keeps it: the status column is the truth (a booked
    // invoice the shop cancels later keeps its payload and gets "canceled" there,
    // DocumentRepository::upsertUnmappable).
    QSqlQuery q(database.connection());
    // document_date is stored as YYYY-MM-DD (DocumentRepository), so text order is date order.
    q.prepare(QStringLiteral("SELECT id, status FROM documents WHERE document_date >= ? AND document_date <= ? "
                             "ORDER BY document_date, id"));
    QList<std::pair<qint64, QString>> dated;
    if (SqlValues::execute(q, {period.from.toString(Qt::ISODate), period.until.toString(Qt::ISODate)}))
        while (q.next())
            dated.append({q.value(0).toLongLong(), q.value(1).toString()});
    QList<PeriodDocument> documents;
    const DocumentRepository repository(database);
    for (const auto& [id, status] : std::as_const(dated)) {
        if (std::optional<StoredDocument> stored = repository.find(id)) {
            stored->document.status = status;
            PeriodDocument document = classify(*stored, settings, mapping);
            if (document.documentClass == DocumentClass::Icp)
                document.vies = ViesResultRepository(database).find(id);
            documents.append(document);
        }
    }
    return documents;
}

QDate PeriodDocuments::newestDocumentDate(const Database& database)
{
    QSqlQuery q(database.connection());
    // document_date is YYYY-MM-DD text (DocumentRepository), so the greatest text is the newest date.
    if (!q.exec(QStringLiteral("SELECT MAX(document_date) FROM documents")) || !q.next())
        return {};
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}
