#include "PaymentPusher.h"

#include "AuditRecorder.h"
#include "DocumentPusher.h"
#include "eboekhouden/ApiErrorMessage.h"
#include "posting/PostingBuilder.h"
#include "PostingRequests.h"
#include "store/CustomerRepository.h"
#include "store/DocumentRepository.h"
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

std::optional<OutstandingItem> PaymentPusher::ownOpenItem(const StoredDocument& document,
                                                          const QList<OutstandingItem>& items)
{
    const bool mutationBooking = m_configuration.settings.bookingForm == AdministrationSettings::BookingForm::Mutations;
    const qint64 bookingId = document.eboekhoudenId.toLongLong();
    const bool memo = document.document.kind == DocumentKind::CreditMemo;
    const Money amount =
        document.bookedAmount.value_or(memo ? -document.document.totalIncl : document.document.totalIncl);
    for (const OutstandingItem& item : items) {
        if (item.mutationId == 0) {
            // SOAP's open items (cOpenPost) carry no ids, only the invoice number the client filtered on and the
            // relation code: ours and our amount. A REST item without an id is nobody's (C5), and it carries no
            // relation code (deprecated, C2), so it never matches here.
            const QString code = relationCodeOf(document);
            if (!code.isEmpty() && item.relationCode.compare(code, Qt::CaseInsensitive) == 0 && item.total == amount)
                return item;
            continue;
        }
        if (mutationBooking && bookingId > 0) {
            // Our mutation, on our relation where the booking recorded it.
            if (item.mutationId == bookingId &&
                (document.bookedRelationId <= 0 || item.relationId == document.bookedRelationId))
                return item;
            continue;
        }
        // An invoice of the invoicing module: its mutation id is not in the POST's reply. Our relation and amount.
        const bool sameRelation = document.bookedRelationId > 0 && item.relationId == document.bookedRelationId;
        if (sameRelation && item.total == amount)
            return item;
    }
    return std::nullopt;
}

QString PaymentPusher::relationCodeOf(const StoredDocument& document) const
{
    if (!document.bookedRelationCode.isEmpty())
        return document.bookedRelationCode;
    if (!document.document.customer.debtorCode.isEmpty())
        return document.document.customer.debtorCode;
    if (const std::optional<StoredCustomer> customer =
            CustomerRepository(m_database).findByShopId(document.document.platform, document.document.customer.shopId);
        customer && !document.document.customer.shopId.isEmpty())
        return customer->customer.debtorCode;
    return {};
}

PaymentPusher::Attempt PaymentPusher::push(const StoredDocument& document)
{
    // The payment's requests belong to the document's audit trail too (issue 16).
    const AuditRecorder audit(m_database, document.id);
    PaymentRepository payments(m_database);
    DocumentRepository documents(m_database);
    const QString number = document.eboekhoudenNumber;
    const bool memo = document.document.kind == DocumentKind::CreditMemo;
    Attempt result;
    std::optional<LogMessage> last; // what this attempt did last, for the document's payment state
    bool failed = false;
    for (const Payment& payment : paymentsOf(document.document)) {
        const QString key = keyOf(payment);
        if (payments.isSettled(document.id, key))
            continue;

        Result<QList<OutstandingItem>> items = m_client.outstandingItems(OutstandingItem::Side::Debtors, number);
        if (!items.ok()) {
            if (items.error().kind == ApiError::Kind::AuthFailed)
                return {Outcome::Stop, items.error().message(), -1};
            if (DocumentPusher::answerUnknown(items.error().kind))
                return {Outcome::TryLater, items.error().message(), items.error().retryAfterSeconds};
            return fail(document, ApiErrorMessage::of(items.error()));
        }
        const std::optional<OutstandingItem> open = ownOpenItem(document, items.value());
        if (!open) {
            // Not outstanding: paid already. Booked by us before a crash (a payment with our number and this
            // amount), or reconciled in e-Boekhouden: either way it is not booked again.
            Result<QList<MutationSummary>> booked = m_client.findMutationsByInvoiceNumber(number);
            if (!booked.ok()) {
                if (DocumentPusher::answerUnknown(booked.error().kind))
                    return {Outcome::TryLater, booked.error().message(), booked.error().retryAfterSeconds};
                return fail(document, ApiErrorMessage::of(booked.error()));
            }
            const Money amount = memo ? -payment.amount : payment.amount;
            QString id;
            for (const MutationSummary& mutation : booked.value()) {
                if (mutation.id != 0 && mutation.type == 3 && mutation.invoiceNumber == number &&
                    (mutation.amount == amount || mutation.amount == -amount))
                    id = QString::number(mutation.id);
            }
            payments.record(document.id, key, payment, PaymentRepository::State::Skipped, id);
            const LogMessage message =
                LogMessage::coded(id.isEmpty() ? (memo ? u"refund.notOutstanding"_qs : u"payment.notOutstanding"_qs)
                                               : (memo ? u"refund.linked"_qs : u"payment.linked"_qs),
                                  {number});
            log(document, message, true);
            last = message;
            continue;
        }

        BookingContext context;
        context.postedInvoiceNumber = number;
        context.outstandingAmount = open->outstanding;
        context.relationCode = relationCodeOf(document);
        const PostingResult built =
            PostingBuilder::buildPayment(payment, document.document, m_configuration.settings, context);
        if (!built.isPosting()) {
            // The problems' codes are kept (issue 17 item 2): the payment's reason reads in the reader's language.
            QList<LogMessage> reasons;
            for (const Problem& problem : built.problems)
                reasons.append(problem.reason);
            result.outcome = Outcome::Refused;
            result.message = fail(document, LogMessage::joined(reasons)).message;
            failed = true;
            continue;
        }
        Relation debtor;
        debtor.id = document.bookedRelationId > 0 ? document.bookedRelationId : open->relationId;
        debtor.code = built.posting->relationCode;
        Result<MutationRequest> request = PostingRequests::mutation(*built.posting, debtor, m_directory);
        if (!request.ok()) {
            if (DocumentPusher::answerUnknown(request.error().kind))
                return {Outcome::TryLater, request.error().message(), request.error().retryAfterSeconds};
            result.outcome = Outcome::Refused;
            result.message = fail(document, ApiErrorMessage::of(request.error())).message;
            failed = true;
            continue;
        }
        Result<qint64> created = m_client.createMutation(request.value());
        if (!created.ok()) {
            const ApiError& error = created.error();
            if (error.kind == ApiError::Kind::AuthFailed)
                return {Outcome::Stop, error.message(), -1};
            // Unknown whether it arrived: the retry reads the open item first, so it is never booked twice.
            if (DocumentPusher::answerUnknown(error.kind))
                return {Outcome::TryLater, error.message(), error.retryAfterSeconds};
            result.outcome = Outcome::Refused;
            result.message = fail(document, ApiErrorMessage::of(error)).message;
            failed = true;
            continue;
        }
        payments.record(document.id, key, payment, PaymentRepository::State::Posted, QString::number(created.value()));
        const LogMessage message = LogMessage::coded(memo ? u"refund.booked"_qs : u"payment.booked"_qs,
                                                     {payment.amount.toDecimalString(), number});
        log(document, message, true);
        last = message;
        ++result.booked;
        if (result.outcome != Outcome::Refused) {
            result.outcome = Outcome::Posted;
            result.message = message.text();
        }
    }
    // The document's payment state is written once, when every payment of it is settled: a payment left for
    // later keeps the document in the payment step's work, and so does a crash between the last payment's
    // record and this line (the next sync finds every payment settled and writes the state then).
    if (!failed) {
        const bool booked = payments.anyBooked(document.id);
        if (!last)
            last = LogMessage::coded(booked ? (memo ? u"refund.linked"_qs : u"payment.linked"_qs)
                                            : (memo ? u"refund.notOutstanding"_qs : u"payment.notOutstanding"_qs),
                                     {number});
        documents.setPaymentState(document.id, booked ? PaymentState::Booked : PaymentState::NotOutstanding, *last);
    }
    return result;
}

PaymentPusher::Attempt PaymentPusher::fail(const StoredDocument& document, const LogMessage& message)
{
    // One log row when a payment starts failing for a reason, not one per sync. The same reason is the same code
    // and arguments (a row written in another language is the same failure), or, for a row of an older version
    // (text only), the same words.
    const bool repeated =
        document.paymentState == PaymentState::Failed &&
        (document.payment.isCoded() ? document.payment == message : document.paymentMessage == message.text());
    DocumentRepository(m_database).setPaymentState(document.id, PaymentState::Failed, message);
    if (!repeated)
        log(document, message, false);
    return {Outcome::Refused, message.text(), -1};
}

void PaymentPusher::log(const StoredDocument& document, const LogMessage& message, bool success)
{
    DocumentPusher::log(m_database, m_configuration.platformName, document, message, success);
}
