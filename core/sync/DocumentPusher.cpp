#include "DocumentPusher.h"

#include "DebtorResolver.h"
#include "posting/PostingBuilder.h"
#include "PostingRequests.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/SyncLogRepository.h"

namespace {

QString problemsText(const Problems& problems)
{
    QStringList messages;
    for (const Problem& problem : problems)
        messages.append(problem.message);
    return messages.join(u' ');
}

} // namespace

DocumentPusher::DocumentPusher(const Database& database, EBoekhoudenClient& client, AdministrationDirectory& directory,
                               const SyncConfiguration& configuration, DebtorCache* debtors)
    : m_database(database)
    , m_client(client)
    , m_directory(directory)
    , m_configuration(configuration)
    , m_debtors(debtors)
{}

bool DocumentPusher::answerUnknown(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Server || kind == ApiError::Kind::RateLimited ||
           kind == ApiError::Kind::MalformedReply;
}

PostingResult DocumentPusher::preview(const StoredDocument& stored, const SyncConfiguration& configuration)
{
    return PostingBuilder::buildDocument(stored.document, stored.document.invoiceNumber, configuration.settings,
                                         configuration.vatMapping);
}

DocumentPusher::Attempt DocumentPusher::push(qint64 documentId)
{
    DocumentRepository documents(m_database);
    const std::optional<StoredDocument> stored = documents.find(documentId);
    if (!stored)
        return {Outcome::NotPushed, tr("The document is no longer in the local database."), {}, -1, false};

    switch (stored->state) {
    case SyncState::Posted:
        return {Outcome::NotPushed, tr("Already booked in e-Boekhouden as %1.").arg(stored->eboekhoudenNumber),
                stored->eboekhoudenNumber, -1, false};
    case SyncState::Skipped:
        return {Outcome::NotPushed, stored->lastMessage, {}, -1, false};
    case SyncState::Unmappable:
        return {Outcome::Refused, stored->problem, {}, -1, false};
    case SyncState::Pending:
    case SyncState::Failed:
        if (!documents.transition(documentId, stored->state, SyncState::InFlight)) {
            return {Outcome::NotPushed, tr("The document is being booked by another sync."), {}, -1, false};
        }
        break;
    case SyncState::InFlight:
        break; // left in flight by a crash or a retry: resume, starting with the look-up
    }
    StoredDocument claimed = *stored;
    claimed.state = SyncState::InFlight;
    return attempt(claimed, stored->state == SyncState::InFlight);
}

DocumentPusher::Attempt DocumentPusher::attempt(const StoredDocument& stored, bool resumed)
{
    const CreditMemo& document = stored.document;
    const bool memo = document.kind == DocumentKind::CreditMemo;

    // A credit memo waits for its invoice (seed 001: "Invoice not found").
    if (memo) {
        const std::optional<StoredDocument> invoice =
            DocumentRepository(m_database).findByNumber(DocumentKind::Invoice, document.invoiceNumber);
        if (!invoice || invoice->state != SyncState::Posted) {
            return finish(stored, SyncState::Pending, Outcome::Waiting,
                          tr("Invoice not found: invoice %1 has not been booked in e-Boekhouden yet. Push the "
                             "invoice first; this credit memo follows at the next sync.")
                              .arg(document.invoiceNumber),
                          false);
        }
    }

    // Pre-checks first, before anything reaches e-Boekhouden.
    PostingResult checked = preview(stored, m_configuration);
    if (!checked.isPosting())
        return finish(stored, SyncState::Failed, Outcome::Refused, problemsText(checked.problems), false);

    // Without a number of ours an earlier post cannot be found again: never risk a second one. A crash before
    // the post left (debtor step, building the request) sent nothing, so that document simply goes on.
    const bool ownNumber = !checked.posting->invoiceNumber.isEmpty();
    if (!ownNumber && resumed && stored.postSent)
        return unknownWithoutNumber(stored);
    // Before the post has left, an unknown answer is harmless: back to pending, so that the retry is not
    // taken for a resumed post.
    const auto beforePost = [&](const ApiError& error) {
        if (ownNumber || !answerUnknown(error.kind))
            return fromError(stored, error);
        DocumentRepository(m_database).transition(stored.id, SyncState::InFlight, SyncState::Pending);
        log(m_database, m_configuration.platformName, stored, error.message(), false);
        return Attempt{Outcome::Retry, error.message(), {}, error.retryAfterSeconds, false};
    };

    Result<std::optional<QString>> booked = findBooked(*checked.posting);
    if (!booked.ok())
        return fromError(stored, booked.error());
    if (booked.value()) {
        return finish(stored, SyncState::Posted, Outcome::Linked,
                      tr("Already in e-Boekhouden under number %1: linked, not posted again.")
                          .arg(checked.posting->invoiceNumber),
                      true, *booked.value(), checked.posting->invoiceNumber);
    }

    DebtorResolver resolver(m_client, m_configuration.debtorMatching, m_debtors);
    // The payment method's collective debtor when the rules give one (PostingBuilder), else the customer's.
    const QString fixedCode = checked.posting->fixedDebtor;
    Result<DebtorResolver::Debtor> debtor =
        fixedCode.isEmpty() ? resolver.resolve(document) : resolver.fixed(fixedCode);
    if (!debtor.ok())
        return beforePost(debtor.error());
    const Relation& relation = debtor.value().relation;
    if (fixedCode.isEmpty() && (debtor.value().created || document.customer.debtorCode != relation.code)) {
        CustomerRepository customers(m_database);
        if (const std::optional<StoredCustomer> customer =
                customers.findByShopId(document.platform, document.customer.shopId);
            customer && !document.customer.shopId.isEmpty())
            customers.setDebtor(customer->id, relation.code, QString::number(relation.id));
    }

    BookingContext context;
    context.relationCode = relation.code;
    const PostingResult built = PostingBuilder::buildDocument(
        document, document.invoiceNumber, m_configuration.settings, m_configuration.vatMapping, context);
    if (!built.isPosting())
        return finish(stored, SyncState::Failed, Outcome::Refused, problemsText(built.problems), false);
    const Posting& posting = *built.posting;

    QString id;
    QString number = posting.invoiceNumber;
    if (posting.form == Posting::Form::Invoice) {
        Result<InvoiceRequest> request = PostingRequests::invoice(posting, relation, m_directory);
        if (!request.ok())
            return beforePost(request.error());
        if (!markPostSent(stored, ownNumber))
            return postNotMarked(stored);
        Result<CreatedInvoice> created = m_client.createInvoice(request.value());
        if (!created.ok() && !ownNumber && answerUnknown(created.error().kind))
            return unknownWithoutNumber(stored);
        if (!created.ok())
            return fromError(stored, created.error());
        id = QString::number(created.value().id);
        if (!created.value().invoiceNumber.isEmpty())
            number = created.value().invoiceNumber;
    } else {
        Result<MutationRequest> request = PostingRequests::mutation(posting, relation, m_directory);
        if (!request.ok())
            return beforePost(request.error());
        if (!markPostSent(stored, ownNumber))
            return postNotMarked(stored);
        Result<qint64> created = m_client.createMutation(request.value());
        if (!created.ok() && !ownNumber && answerUnknown(created.error().kind))
            return unknownWithoutNumber(stored);
        if (!created.ok())
            return fromError(stored, created.error());
        id = QString::number(created.value());
    }

    QString message = memo ? tr("Credit memo booked in e-Boekhouden as %1.").arg(number)
                           : tr("Invoice booked in e-Boekhouden as %1.").arg(number);
    if (debtor.value().created)
        message += u' ' + tr("New debtor %1 created.").arg(relation.code);
    return finish(stored, SyncState::Posted, Outcome::Posted, message, true, id, number);
}

bool DocumentPusher::markPostSent(const StoredDocument& stored, bool ownNumber)
{
    return ownNumber || DocumentRepository(m_database).markPostSent(stored.id);
}

DocumentPusher::Attempt DocumentPusher::postNotMarked(const StoredDocument& stored)
{
    const QString message = tr("Document %1 was not sent: the local database could not record that it was being "
                               "booked. It will be tried again at the next sync; if this repeats, check the disk.")
                                .arg(stored.document.number);
    backToPending(stored, message);
    return {Outcome::NotPushed, message, {}, -1, false};
}

void DocumentPusher::backToPending(const StoredDocument& stored, const QString& message)
{
    DocumentRepository::Transition transition;
    transition.message = message;
    DocumentRepository(m_database).transition(stored.id, SyncState::InFlight, SyncState::Pending, transition);
    log(m_database, m_configuration.platformName, stored, message, false);
}

Result<std::optional<QString>> DocumentPusher::findBooked(const Posting& posting)
{
    // Without a number of ours (e-Boekhouden numbers the invoices) there is nothing to look up.
    if (posting.invoiceNumber.isEmpty())
        return std::optional<QString>();
    if (posting.form == Posting::Form::Invoice) {
        Result<QList<InvoiceSummary>> invoices = m_client.findInvoicesByInvoiceNumber(posting.invoiceNumber);
        if (!invoices.ok())
            return invoices.error();
        for (const InvoiceSummary& invoice : invoices.value()) {
            if (invoice.invoiceNumber == posting.invoiceNumber)
                return std::optional<QString>(QString::number(invoice.id));
        }
        return std::optional<QString>();
    }
    Result<QList<MutationSummary>> mutations = m_client.findMutationsByInvoiceNumber(posting.invoiceNumber);
    if (!mutations.ok())
        return mutations.error();
    for (const MutationSummary& mutation : mutations.value()) {
        if (mutation.invoiceNumber == posting.invoiceNumber && mutation.type == posting.mutationType)
            return std::optional<QString>(QString::number(mutation.id));
    }
    return std::optional<QString>();
}

DocumentPusher::Attempt DocumentPusher::unknownWithoutNumber(const StoredDocument& stored)
{
    const QString order = stored.document.orderNumber.isEmpty() ? stored.document.number : stored.document.orderNumber;
    return finish(stored, SyncState::Failed, Outcome::Refused,
                  tr("The connection to e-Boekhouden broke off while document %1 (order %2) was being booked. "
                     "e-Boekhouden numbers these documents itself, so it cannot be looked up: it may already be "
                     "booked. Check e-Boekhouden's invoices of this customer first: when it is there, choose \"Mark as "
                     "booked by hand\"; push it again only when it is not there.")
                      .arg(stored.document.number, order),
                  false);
}

DocumentPusher::Attempt DocumentPusher::fromError(const StoredDocument& stored, const ApiError& error)
{
    if (answerUnknown(error.kind)) {
        // Stays in flight: the retry looks the number up before posting anything.
        log(m_database, m_configuration.platformName, stored, error.message(), false);
        return {Outcome::Retry, error.message(), {}, error.retryAfterSeconds, false};
    }
    if (error.kind == ApiError::Kind::AlreadyExists && error.code != QLatin1String("REL_049")) {
        // The number is taken: it was posted before. Link it when the look-up finds it.
        const PostingResult built = preview(stored, m_configuration);
        if (built.isPosting()) {
            Result<std::optional<QString>> booked = findBooked(*built.posting);
            if (booked.ok() && booked.value()) {
                return finish(stored, SyncState::Posted, Outcome::Linked,
                              tr("Already in e-Boekhouden under number %1: linked, not posted again.")
                                  .arg(built.posting->invoiceNumber),
                              true, *booked.value(), built.posting->invoiceNumber);
            }
        }
    }
    if (error.kind == ApiError::Kind::AuthFailed) {
        // The credentials are refused, not the document: it waits for the next sync after they are fixed,
        // instead of failing and needing Reprocess.
        backToPending(stored, error.message());
        return {Outcome::Postponed, error.message(), {}, -1, true};
    }
    return finish(stored, SyncState::Failed, Outcome::Refused, error.message(), false);
}

DocumentPusher::Attempt DocumentPusher::finish(const StoredDocument& stored, SyncState to, Outcome outcome,
                                               const QString& message, bool success, const QString& eboekhoudenId,
                                               const QString& eboekhoudenNumber)
{
    DocumentRepository::Transition transition;
    transition.message = message;
    transition.eboekhoudenId = eboekhoudenId;
    transition.eboekhoudenNumber = eboekhoudenNumber;
    transition.countsAsAttempt = true;
    DocumentRepository(m_database).transition(stored.id, SyncState::InFlight, to, transition);
    log(m_database, m_configuration.platformName, stored, message, success);
    return {outcome, message, eboekhoudenNumber, -1, false};
}

void DocumentPusher::giveUp(qint64 documentId, const QString& message)
{
    DocumentRepository::Transition transition;
    transition.message = tr("%1 It will be tried again at the next sync.").arg(message);
    DocumentRepository(m_database).transition(documentId, SyncState::InFlight, SyncState::Pending, transition);
}

void DocumentPusher::log(const Database& database, const QString& platform, const StoredDocument& stored,
                         const QString& message, bool success)
{
    SyncLogEntry entry;
    entry.kind =
        stored.document.kind == DocumentKind::CreditMemo ? SyncLogEntry::Kind::CreditMemo : SyncLogEntry::Kind::Invoice;
    entry.platform = platform;
    entry.orderNumber = stored.document.orderNumber;
    entry.documentNumber = stored.document.number;
    entry.documentId = stored.id;
    entry.message = message;
    entry.success = success;
    SyncLogRepository(database).append(entry);
}
