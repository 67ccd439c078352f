#include "PaymentPusher.h"

#include "DocumentPusher.h"
#include "posting/PostingBuilder.h"
#include "PostingRequests.h"
#include "store/PaymentRepository.h"

PaymentPusher::PaymentPusher(const Database& database, EBoekhoudenClient& client, AdministrationDirectory& directory,
                             const SyncConfiguration& configuration)
    : m_database(database)
    , m_client(client)
    , m_directory(directory)
    , m_configuration(configuration)
{}

QList<Payment> PaymentPusher::paymentsOf(const SalesDocument& document)
{
    if (!document.payments.isEmpty())
        return document.payments;
    Payment whole;
    whole.shopId = QStringLiteral("paid");
    whole.method = document.paymentMethod;
    whole.amount = document.totalIncl;
    whole.paidAt = document.updatedAt;
    return {whole};
}

QString PaymentPusher::keyOf(const Payment& payment)
{
    return payment.shopId.isEmpty() ? QStringLiteral("paid") : payment.shopId;
}

PaymentPusher::Outcome PaymentPusher::push(const StoredDocument& invoice)
{
    PaymentRepository payments(m_database);
    const QString number = invoice.eboekhoudenNumber;
    Outcome outcome = Outcome::Settled;
    for (const Payment& payment : paymentsOf(invoice.document)) {
        const QString key = keyOf(payment);
        if (payments.isSettled(invoice.id, key))
            continue;

        Result<QList<OutstandingItem>> items = m_client.outstandingItems(OutstandingItem::Side::Debtors, number);
        if (!items.ok())
            return Outcome::TryLater;
        std::optional<OutstandingItem> open;
        for (const OutstandingItem& item : items.value()) {
            if (item.invoiceNumber == number)
                open = item;
        }
        if (!open) {
            // Not outstanding: paid already. Booked by us before a crash, or reconciled in e-Boekhouden.
            Result<QList<MutationSummary>> booked = m_client.findMutationsByInvoiceNumber(number);
            if (!booked.ok())
                return Outcome::TryLater;
            QString id;
            for (const MutationSummary& mutation : booked.value()) {
                if (mutation.type == 3)
                    id = QString::number(mutation.id);
            }
            payments.record(invoice.id, key, payment, PaymentRepository::State::Skipped, id);
            log(invoice,
                id.isEmpty()
                    ? tr("Invoice %1 is no longer outstanding in e-Boekhouden; its payment was not booked "
                         "again.")
                          .arg(number)
                    : tr("The payment of invoice %1 is already in e-Boekhouden: linked, not booked again.").arg(number),
                true);
            continue;
        }

        BookingContext context;
        context.postedInvoiceNumber = number;
        context.outstandingAmount = open->outstanding;
        context.relationCode = open->relationCode;
        const PostingResult built =
            PostingBuilder::buildPayment(payment, invoice.document, m_configuration.settings, context);
        if (!built.isPosting()) {
            QStringList messages;
            for (const Problem& problem : built.problems)
                messages.append(problem.message);
            log(invoice, messages.join(u' '), false);
            outcome = Outcome::Refused;
            continue;
        }
        Relation debtor;
        debtor.id = open->relationId;
        debtor.code = open->relationCode;
        Result<MutationRequest> request = PostingRequests::mutation(*built.posting, debtor, m_directory);
        if (!request.ok()) {
            log(invoice, request.error().message(), false);
            outcome = Outcome::Refused;
            continue;
        }
        Result<qint64> created = m_client.createMutation(request.value());
        if (!created.ok()) {
            log(invoice, created.error().message(), false);
            return created.error().kind == ApiError::Kind::Validation ? Outcome::Refused : Outcome::TryLater;
        }
        payments.record(invoice.id, key, payment, PaymentRepository::State::Posted, QString::number(created.value()));
        log(invoice,
            tr("Payment of %1 for invoice %2 booked in e-Boekhouden.").arg(payment.amount.toDecimalString(), number),
            true);
        outcome = Outcome::Posted;
    }
    return outcome;
}

void PaymentPusher::log(const StoredDocument& invoice, const QString& message, bool success)
{
    DocumentPusher::log(m_database, m_configuration.platformName, invoice, message, success);
}
