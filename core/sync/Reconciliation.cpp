#include "Reconciliation.h"

#include "posting/PostingBuilder.h"
#include "store/DatedDocuments.h"
#include "store/DocumentRepository.h"

#include <QHash>
#include <QSet>

namespace {

QString documentName(const StoredDocument& stored)
{
    return stored.document.kind == DocumentKind::CreditMemo
               ? QCoreApplication::translate("Reconciliation", "Credit memo %1").arg(stored.document.number)
               : QCoreApplication::translate("Reconciliation", "Invoice %1").arg(stored.document.number);
}

// What the booking must amount to incl. VAT: as recorded when it was made, else the shop's total (a credit memo
// negative), as LinkChecker reads it.
Money expectedAmount(const StoredDocument& stored)
{
    const bool memo = stored.document.kind == DocumentKind::CreditMemo;
    return stored.bookedAmount.value_or(memo ? -stored.document.totalIncl : stored.document.totalIncl);
}

// The VAT e-Boekhouden computes for a posting: its rows' and lines' VAT, without the OSS VAT rows, whose amount
// is VAT booked with GEEN (e-Boekhouden computes none on them).
Money computedVat(const Posting& posting)
{
    Money vat;
    for (const PostingRow& row : posting.rows)
        if (!row.carriesVat)
            vat += row.vatAmount;
    for (const PostingInvoiceLine& line : posting.lines)
        if (!line.carriesVat)
            vat += line.vatAmount;
    return vat;
}

} // namespace

void Reconciliation::setPostingRules(const AdministrationSettings& settings, const VatMapping& mapping)
{
    m_rules = PostingRules{settings, mapping};
}

Reconciliation::Reconciliation(const Database& database, EBoekhoudenClient& client)
    : m_database(database)
    , m_client(client)
{}

QString Reconciliation::findingName(Finding finding)
{
    switch (finding) {
    case Finding::Missing:
        return QStringLiteral("missing");
    case Finding::OtherDate:
        return QStringLiteral("other_date");
    case Finding::AmountDiffers:
        return QStringLiteral("amount_differs");
    case Finding::VatDiffers:
        return QStringLiteral("vat_differs");
    case Finding::BookedTwice:
        return QStringLiteral("booked_twice");
    case Finding::NotBookedByUs:
        return QStringLiteral("not_booked_by_us");
    case Finding::NotBooked:
        return QStringLiteral("not_booked");
    }
    return {};
}

Reconciliation::Report Reconciliation::run(const QDate& from, const QDate& until)
{
    Report report;
    const Result<QList<MutationSummary>> read = m_client.salesMutations(from, until);
    if (!read.ok()) {
        report.error = read.error();
        return report;
    }
    report.bookings = static_cast<int>(read.value().size());
    QHash<QString, QList<MutationSummary>> bookings; // by invoice number
    for (const MutationSummary& booking : read.value())
        bookings[booking.invoiceNumber].append(booking);

    const DocumentRepository documents(m_database);
    QList<StoredDocument> dated;
    for (qint64 id : DatedDocuments::ids(m_database, from, until))
        if (std::optional<StoredDocument> stored = documents.find(id))
            dated.append(*stored);

    const auto differ = [&](Finding finding, const StoredDocument* stored, const QString& number,
                            const QString& message) {
        Difference difference;
        difference.finding = finding;
        difference.eboekhoudenNumber = number;
        difference.message = message;
        if (stored) {
            difference.documentId = stored->id;
            difference.kind = stored->document.kind;
            difference.number = stored->document.number;
        }
        report.differences.append(difference);
    };

    // Which of our booked documents claim which number: more than one is a link that is not a document's own.
    QHash<QString, QList<const StoredDocument*>> claimed;
    for (const StoredDocument& stored : dated)
        if (stored.state == SyncState::Posted && !stored.eboekhoudenNumber.isEmpty())
            claimed[stored.eboekhoudenNumber].append(&stored);

    QSet<QString> accounted; // numbers in e-Boekhouden that a document of ours explains
    for (const StoredDocument& stored : dated) {
        const QString number = stored.eboekhoudenNumber;
        if (stored.state == SyncState::Skipped) {
            accounted.insert(stored.document.number); // booked by hand, and marked so (ManualBooking)
            continue;
        }
        if (stored.state != SyncState::Posted)
            continue;
        if (number.isEmpty()) { // nothing to find it by (an empty filter would list every booking)
            differ(Finding::Missing, &stored, number,
                   tr("%1 is marked as booked, but no e-Boekhouden number is recorded with it. Run check-links to "
                      "have its booking checked.")
                       .arg(documentName(stored)));
            continue;
        }
        accounted.insert(number);
        const QList<MutationSummary> found = bookings.value(number);
        if (claimed.value(number).size() > 1) {
            QStringList names;
            for (const StoredDocument* other : claimed.value(number))
                if (other != &stored)
                    names.append(documentName(*other));
            differ(Finding::BookedTwice, &stored, number,
                   tr("%1 is marked as booked under %2, and so is %3: one booking cannot be two documents'. Run "
                      "check-links to find the one it is not, and check-links --repair to book that one again.")
                       .arg(documentName(stored), number, names.join(QStringLiteral(", "))));
            continue;
        }
        if (found.size() > 1) {
            differ(Finding::BookedTwice, &stored, number,
                   tr("%1 is booked %2 times in e-Boekhouden under %3. Keep the one Boekhoudbrug made (id %4) and "
                      "delete the other in e-Boekhouden.")
                       .arg(documentName(stored), QString::number(found.size()), number, stored.eboekhoudenId));
            continue;
        }
        if (found.isEmpty()) {
            // Not among the period's bookings: dated otherwise, or gone.
            const Result<QList<MutationSummary>> byNumber = m_client.findMutationsByInvoiceNumber(number);
            if (!byNumber.ok()) {
                report.error = byNumber.error();
                return report;
            }
            std::optional<MutationSummary> elsewhere;
            for (const MutationSummary& booking : byNumber.value())
                if (booking.type == 2 && booking.invoiceNumber == number)
                    elsewhere = booking;
            if (elsewhere) {
                differ(Finding::OtherDate, &stored, number,
                       tr("%1 (dated %2 in the shop) is booked in e-Boekhouden under %3 dated %4, outside this "
                          "period. Correct the date of the booking in e-Boekhouden if the period's figures must "
                          "include it.")
                           .arg(documentName(stored), stored.document.documentDate.toString(Qt::ISODate), number,
                                elsewhere->date.toString(Qt::ISODate)));
            } else {
                differ(Finding::Missing, &stored, number,
                       tr("%1 is marked as booked under %2, but e-Boekhouden has no such booking (deleted there?). "
                          "Check e-Boekhouden; to book it again, run check-links --repair, then sync.")
                           .arg(documentName(stored), number));
            }
            continue;
        }
        const Money expected = expectedAmount(stored);
        if (found.first().amount != expected) {
            differ(Finding::AmountDiffers, &stored, number,
                   tr("%1 is booked under %2 for %3 incl. VAT in e-Boekhouden, but the document amounts to %4. "
                      "Correct the booking in e-Boekhouden (or delete it there and book the document again).")
                       .arg(documentName(stored), number, found.first().amount.toDecimalString(),
                            expected.toDecimalString()));
            continue;
        }
        // The VAT as booked, from the detail (REST; SOAP has no mutation by id: the amount alone then).
        if (const MutationSummary& booking = found.first(); booking.hasId()) {
            const Result<MutationSummary> detail = m_client.mutation(booking.id);
            if (!detail.ok() && detail.error().kind != ApiError::Kind::Unsupported) {
                report.error = detail.error();
                return report;
            }
            const bool memo = stored.document.kind == DocumentKind::CreditMemo;
            Money expectedVat = memo ? -stored.document.totalVat : stored.document.totalVat;
            if (m_rules) {
                const PostingResult built = PostingBuilder::buildDocument(
                    stored.document, stored.document.invoiceNumber, m_rules->settings, m_rules->mapping);
                if (built.posting)
                    expectedVat = computedVat(*built.posting);
            }
            if (detail.ok() && detail.value().vat && *detail.value().vat != expectedVat) {
                differ(Finding::VatDiffers, &stored, number,
                       tr("%1 is booked under %2 with %3 VAT in e-Boekhouden, but the document has %4 VAT. Check "
                          "the VAT codes of the booking and the VAT mapping, and correct the booking in "
                          "e-Boekhouden.")
                           .arg(documentName(stored), number, detail.value().vat->toDecimalString(),
                                expectedVat.toDecimalString()));
                continue;
            }
        }
        ++report.matched;
    }

    // Bookings of the period that no document of ours explains.
    for (auto it = bookings.cbegin(); it != bookings.cend(); ++it) {
        if (accounted.contains(it.key()))
            continue;
        for (const MutationSummary& booking : it.value()) {
            // A shop document under that number that is not marked as booked: probably booked by hand.
            std::optional<StoredDocument> ours = documents.findByNumber(DocumentKind::Invoice, it.key());
            if (!ours && it.key().startsWith(u'C'))
                ours = documents.findByNumber(DocumentKind::CreditMemo, it.key().mid(1));
            if (!ours)
                ours = documents.findByNumber(DocumentKind::CreditMemo, it.key());
            if (ours && ours->state != SyncState::Posted) {
                differ(Finding::NotBookedByUs, &*ours, it.key(),
                       tr("e-Boekhouden holds a booking under %1 dated %2 for %3 that Boekhoudbrug did not make, and "
                          "%4 is not marked as booked. If that booking is this document's, mark it as booked by "
                          "hand (mark-booked); otherwise correct it in e-Boekhouden.")
                           .arg(it.key(), booking.date.toString(Qt::ISODate), booking.amount.toDecimalString(),
                                documentName(*ours)));
                accounted.insert(it.key());
            } else {
                differ(Finding::NotBookedByUs, nullptr, it.key(),
                       tr("e-Boekhouden holds a sales booking under %1 dated %2 for %3 that Boekhoudbrug did not "
                          "make (booked by hand or by another integration). Check that it belongs in the books and "
                          "is not a shop document booked a second time.")
                           .arg(it.key(), booking.date.toString(Qt::ISODate), booking.amount.toDecimalString()));
            }
        }
    }

    // Shop documents of the period that are not booked (and were not explained above).
    for (const StoredDocument& stored : dated) {
        if (stored.state == SyncState::Posted || stored.state == SyncState::Skipped)
            continue;
        bool named = false;
        for (const Difference& difference : std::as_const(report.differences))
            named = named || difference.documentId == stored.id;
        if (named)
            continue;
        const QString why = stored.lastMessage.isEmpty() ? stored.problem : stored.lastMessage;
        const QString name = documentName(stored);
        const QString date = stored.document.documentDate.toString(Qt::ISODate);
        differ(Finding::NotBooked, &stored, QString(),
               why.isEmpty() ? tr("%1 of %2 is not booked in e-Boekhouden. Run a sync to book it.").arg(name, date)
                             : tr("%1 of %2 is not booked in e-Boekhouden. Run a sync to book it; the last attempt "
                                  "said: %3")
                                   .arg(name, date, why));
    }
    return report;
}
