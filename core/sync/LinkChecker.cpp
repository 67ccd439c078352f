#include "LinkChecker.h"

#include "DebtorResolver.h"
#include "DocumentPusher.h"
#include "store/DocumentRepository.h"

LinkChecker::LinkChecker(const Database& database, EBoekhoudenClient& client, const SyncConfiguration& configuration)
    : m_database(database)
    , m_client(client)
    , m_configuration(configuration)
{}

LinkChecker::Report LinkChecker::check(const QList<qint64>& documentIds)
{
    Report report;
    const DocumentRepository documents(m_database);
    QList<qint64> ids = documentIds;
    if (ids.isEmpty()) {
        for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditMemo})
            ids += documents.idsInState(kind, SyncState::Posted, 10000000);
    }
    // The same rule as the push (issue 15): the store's imported relations and shop customers' codes first, read
    // only (a check changes nothing but the links it offers again).
    DebtorResolver resolver(m_client, m_configuration, nullptr, &m_database, true);
    for (qint64 id : ids) {
        const std::optional<StoredDocument> stored = documents.find(id);
        if (!stored || stored->state != SyncState::Posted)
            continue;
        ++report.checked;
        const bool memo = stored->document.kind == DocumentKind::CreditMemo;
        const Money expected =
            stored->bookedAmount.value_or(memo ? -stored->document.totalIncl : stored->document.totalIncl);
        const auto wrong = [&](const QString& reason) {
            report.wrong.append(
                {stored->id, stored->document.kind, stored->document.number, stored->eboekhoudenNumber, reason});
        };

        const qint64 bookingId = stored->eboekhoudenId.toLongLong();
        const bool invoiceForm = m_configuration.settings.bookingForm == AdministrationSettings::BookingForm::Invoices;
        // C5: 0 is never an e-Boekhouden id. An invoice booked over SOAP has none (AddFactuur answers with its
        // number only): it is checked by its number, relation and amount instead.
        if (bookingId <= 0 && !invoiceForm) {
            wrong(tr("no e-Boekhouden booking id is recorded"));
            continue;
        }
        Money amount;
        qint64 relationId = 0;
        QString relationCode; // SOAP
        int type = 2;
        if (invoiceForm) {
            Result<QList<InvoiceSummary>> invoices = m_client.findInvoicesByInvoiceNumber(stored->eboekhoudenNumber);
            if (!invoices.ok()) {
                report.error = invoices.error();
                return report;
            }
            bool found = false;
            for (const InvoiceSummary& invoice : invoices.value()) {
                if (bookingId > 0 ? invoice.id != bookingId : invoice.invoiceNumber != stored->eboekhoudenNumber)
                    continue;
                found = true;
                amount = invoice.totalInclVat;
                relationId = invoice.relationId;
            }
            if (!found) {
                wrong(tr("e-Boekhouden has no invoice %1 with the recorded id").arg(stored->eboekhoudenNumber));
                continue;
            }
        } else {
            Result<MutationSummary> mutation = m_client.mutation(bookingId);
            if (!mutation.ok() && mutation.error().kind == ApiError::Kind::Unsupported) {
                // SOAP has no mutation by id; its list by number carries the relation code and the amount.
                Result<QList<MutationSummary>> listed =
                    m_client.findMutationsByInvoiceNumber(stored->eboekhoudenNumber);
                if (!listed.ok()) {
                    report.error = listed.error();
                    return report;
                }
                mutation = ApiError::make(ApiError::Kind::NotFound);
                for (const MutationSummary& candidate : listed.value())
                    if (candidate.id == bookingId)
                        mutation = candidate;
            }
            if (!mutation.ok() && mutation.error().kind == ApiError::Kind::NotFound) {
                wrong(tr("e-Boekhouden has no booking with the recorded id %1").arg(bookingId));
                continue;
            }
            if (!mutation.ok()) {
                report.error = mutation.error();
                return report;
            }
            amount = mutation.value().amount;
            relationId = mutation.value().relationId;
            relationCode = mutation.value().relationCode;
            type = mutation.value().type;
        }

        QStringList differences;
        if (type != 2)
            differences.append(tr("it is not a sales booking (type %1)").arg(type));
        if (memo && !amount.isNegative())
            differences.append(
                tr("it is an invoice booking of %1, not a credit booking").arg(amount.toDecimalString()));
        else if (!memo && amount.isNegative())
            differences.append(tr("it is a credit booking of %1, not an invoice").arg(amount.toDecimalString()));
        else if (amount != expected)
            differences.append(
                tr("its amount is %1, this document's %2").arg(amount.toDecimalString(), expected.toDecimalString()));
        qint64 ownRelation = stored->bookedRelationId;
        QString ownCode = stored->bookedRelationCode;
        if (ownRelation <= 0) {
            Result<std::optional<Relation>> debtor = resolver.findExisting(stored->document);
            if (!debtor.ok()) {
                report.error = debtor.error();
                return report;
            }
            ownRelation = debtor.value() ? debtor.value()->id : 0;
            ownCode = debtor.value() ? debtor.value()->code : QString();
        }
        const bool otherRelation = relationId > 0 ? ownRelation > 0 && relationId != ownRelation
                                                  : !relationCode.isEmpty() && !ownCode.isEmpty() &&
                                                        relationCode.compare(ownCode, Qt::CaseInsensitive) != 0;
        if (otherRelation)
            differences.append(tr("it is booked on another relation"));
        if (!differences.isEmpty())
            wrong(differences.join(QStringLiteral("; ")));
    }
    return report;
}

int LinkChecker::offerAgain(const QList<WrongLink>& wrong)
{
    DocumentRepository documents(m_database);
    int offered = 0;
    for (const WrongLink& link : wrong) {
        // The reason is in the language of the check that found it.
        const LogMessage message =
            LogMessage::coded(u"document.linkNotItsOwn"_qs, {link.eboekhoudenNumber, link.reason});
        if (!documents.offerAgain(link.documentId, message))
            continue;
        ++offered;
        if (const std::optional<StoredDocument> stored = documents.find(link.documentId))
            DocumentPusher::log(m_database, m_configuration.platformName, *stored, message, false);
    }
    return offered;
}
