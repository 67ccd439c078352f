#include "DocumentPusher.h"

#include "AuditRecorder.h"
#include "DebtorCache.h"
#include "DebtorResolver.h"
#include "eboekhouden/ApiErrorMessage.h"
#include "posting/PostingBuilder.h"
#include "PostingRequests.h"
#include "rules/DebtorRule.h"
#include "rules/InvoiceNumberFormatter.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/RelationRepository.h"
#include "store/SyncLogRepository.h"

namespace {

// The pre-check problems as one reason, kept as codes so that it is read in the reader's language.
LogMessage problemsText(const Problems& problems)
{
    QList<LogMessage> reasons;
    for (const Problem& problem : problems)
        reasons.append(problem.reason);
    return LogMessage::joined(reasons);
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

PostingResult DocumentPusher::preview(const StoredDocument& stored, const SyncConfiguration& configuration,
                                      EBoekhoudenClient& client, const Database* store)
{
    return previewRequest(stored, configuration, client, store, false).result;
}

DocumentPusher::PreviewRequest DocumentPusher::previewRequest(const StoredDocument& stored,
                                                              const SyncConfiguration& configuration,
                                                              EBoekhoudenClient& client, const Database* store,
                                                              bool withWire)
{
    PreviewRequest out;
    out.result = preview(stored, configuration);
    // A posting refused by the rules needs no debtor.
    if (!out.result.isPosting())
        return out;
    DebtorResolver resolver(client, configuration, nullptr, store, true);
    const QString fixedCode = out.result.posting->fixedDebtor;
    std::optional<Relation> debtor;
    if (stored.bookedRelationId > 0) {
        // Booked (or about to be) on a recorded debtor: the push uses that one.
        Relation recorded;
        recorded.id = stored.bookedRelationId;
        recorded.code = stored.bookedRelationCode;
        debtor = recorded;
    } else if (!fixedCode.isEmpty()) {
        // A collective debtor is already the one that is used; only its id is looked up, for the request.
        if (withWire) {
            const Result<DebtorResolver::Debtor> fixed = resolver.fixed(fixedCode);
            if (!fixed.ok()) {
                out.note = fixed.error().message();
                return out;
            }
            debtor = fixed.value().relation;
        }
    } else {
        const Result<std::optional<Relation>> existing = resolver.findExisting(stored.document);
        if (!existing.ok()) {
            out.result.posting->notes.append(
                tr("The debtor could not be looked up in e-Boekhouden (%1): the debtor shown is the one the rules "
                   "would create; the booking uses an existing debtor if e-Boekhouden has one.")
                    .arg(existing.error().message()));
            out.note = existing.error().message();
            return out;
        }
        debtor = existing.value();
        // A relation of the store's list (imported, or found before) may have been deleted in e-Boekhouden since:
        // the push then forgets it and finds or creates the debtor again (relationGone), so neither this debtor
        // nor its request would be sent. One read says whether it is still there.
        if (debtor && store && RelationRepository(*store).contains(debtor->id)) {
            const Result<Relation> still = client.relation(debtor->id);
            if (!still.ok() && still.error().kind == ApiError::Kind::NotFound) {
                out.result.posting->notes.append(
                    tr("Debtor %1 is no longer in e-Boekhouden (deleted there?): the push forgets it and finds or "
                       "creates the debtor again, so the debtor shown is not the one that will be used.")
                        .arg(debtor->code));
                out.note = tr("Debtor %1 is no longer in e-Boekhouden: the request is made once the push has found "
                              "or created the debtor again.")
                               .arg(debtor->code);
                return out;
            }
        }
    }
    if (debtor && fixedCode.isEmpty()) {
        BookingContext context;
        context.relationCode = debtor->code;
        PostingResult built = PostingBuilder::buildDocument(stored.document, stored.document.invoiceNumber,
                                                            configuration.settings, configuration.vatMapping, context);
        if (built.isPosting()) {
            built.posting->notes.append(
                debtor->name.isEmpty()
                    ? tr("Booked on the existing debtor %1 in e-Boekhouden.").arg(debtor->code)
                    : tr("Booked on the existing debtor %1 (%2) in e-Boekhouden.").arg(debtor->code, debtor->name));
        }
        out.result = built;
    }
    if (!debtor && fixedCode.isEmpty()) {
        // A new debtor: the code the push gives it (code scheme, imported codes), not only the rule's first try.
        const QString code = resolver.proposedCode(stored.document);
        if (!code.isEmpty() && code != out.result.posting->relationCode) {
            BookingContext context;
            context.relationCode = code;
            PostingResult built =
                PostingBuilder::buildDocument(stored.document, stored.document.invoiceNumber, configuration.settings,
                                              configuration.vatMapping, context);
            if (built.isPosting()) {
                built.posting->createsRelation = true;
                built.posting->notes.append(tr("A new debtor %1 is created in e-Boekhouden.").arg(code));
            }
            out.result = built;
        }
    }
    if (!withWire || !out.result.isPosting())
        return out;
    Relation sent;
    if (debtor) {
        sent = *debtor;
    } else {
        sent.code = out.result.posting->relationCode;
        out.note = tr("The debtor %1 is created by the push: the request then carries the id e-Boekhouden gives it "
                      "(shown here as 0).")
                       .arg(sent.code);
    }
    // Products are looked up, never created by a preview: one the push would create goes without its code here.
    AdministrationDirectory directory(client);
    const Result<PostingRequests::Wire> wire = PostingRequests::wire(*out.result.posting, sent, directory);
    if (!wire.ok())
        out.note = wire.error().message();
    else
        out.wire = wire.value();
    return out;
}

IcpViesCheck& DocumentPusher::viesCheck()
{
    if (!m_vies) {
        m_vies = std::make_unique<IcpViesCheck>(m_database, m_configuration.vies,
                                                m_configuration.settings.holdWhenViesUnavailable);
    }
    return *m_vies;
}

DocumentPusher::Attempt DocumentPusher::push(qint64 documentId, Take take)
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
    case SyncState::Failed:
        if (take == Take::OnlyWaiting)
            return {Outcome::NotPushed, stored->lastMessage, {}, -1, false};
        [[fallthrough]];
    case SyncState::Pending:
        if (!documents.transition(documentId, stored->state, SyncState::InFlight)) {
            return {Outcome::NotPushed, tr("The document is being booked by another sync."), {}, -1, false};
        }
        break;
    case SyncState::InFlight:
        // Left in flight by a crash or a retry: resume, starting with the look-up. Not while another worker on
        // the shared store books it (issue 18: WorkerClaims).
        if (!documents.takeOver(documentId))
            return {Outcome::NotPushed, tr("The document is being booked by another sync."), {}, -1, false};
        break;
    }
    StoredDocument claimed = *stored;
    claimed.state = SyncState::InFlight;
    // Every request of this attempt goes into the document's audit trail (issue 16).
    const AuditRecorder audit(m_database, documentId);
    return attempt(claimed, stored->state == SyncState::InFlight);
}

DocumentPusher::Attempt DocumentPusher::attempt(const StoredDocument& stored, bool resumed)
{
    const CreditMemo& document = stored.document;
    const bool memo = document.kind == DocumentKind::CreditMemo;

    // A credit memo waits for its invoice (seed 001: "Invoice not found"), or finds it in e-Boekhouden.
    if (memo) {
        Result<LogMessage> missing = creditedInvoiceMissing(stored);
        if (!missing.ok())
            return fromError(stored, missing.error());
        if (!missing.value().isEmpty())
            return finish(stored, SyncState::Pending, Outcome::Waiting, missing.value(), false);
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
        m_retryReason = ApiErrorMessage::of(error);
        log(m_database, m_configuration.platformName, stored, m_retryReason, false);
        return Attempt{Outcome::Retry, error.message(), {}, error.retryAfterSeconds, false};
    };

    const QString fixedCode = checked.posting->fixedDebtor;
    if (ownNumber) {
        // Our number may be booked already: by us before a crash (then it is linked), or by someone else. Only
        // then is the debtor looked up and each booking read in detail (lookUp).
        bool anyCandidate = false;
        if (checked.posting->form == Posting::Form::Invoice) {
            Result<QList<InvoiceSummary>> invoices =
                m_client.findInvoicesByInvoiceNumber(checked.posting->invoiceNumber);
            if (!invoices.ok())
                return fromError(stored, invoices.error());
            for (const InvoiceSummary& invoice : invoices.value())
                anyCandidate = anyCandidate || invoice.invoiceNumber == checked.posting->invoiceNumber;
        } else {
            Result<QList<MutationSummary>> mutations =
                m_client.findMutationsByInvoiceNumber(checked.posting->invoiceNumber);
            if (!mutations.ok())
                return fromError(stored, mutations.error());
            for (const MutationSummary& mutation : mutations.value())
                anyCandidate = anyCandidate || mutation.invoiceNumber == checked.posting->invoiceNumber;
        }
        if (anyCandidate) {
            Result<std::optional<Relation>> debtor = knownDebtor(stored, fixedCode);
            if (!debtor.ok())
                return fromError(stored, debtor.error());
            Result<LookUp> found = lookUp(stored, *checked.posting, debtor.value());
            if (!found.ok())
                return fromError(stored, found.error());
            if (found.value().ours) {
                return finish(stored, SyncState::Posted, Outcome::Linked,
                              LogMessage::coded(u"document.linked"_qs, {checked.posting->invoiceNumber}), true,
                              *found.value().ours);
            }
            if (!found.value().foreign.isEmpty())
                return refuseForeign(stored, checked.posting->invoiceNumber, found.value().foreign);
        }
    }

    // An ICP sale's VAT number is asked at VIES before it is booked (issue 15 item 6): after the look-up, so that
    // a booking already made (a crash, a lost answer) is linked whatever VIES says today, and before the debtor
    // step, so that nothing is written into e-Boekhouden for a sale that is held.
    LogMessage viesNote;
    if (checked.posting->documentClass == DocumentClass::Icp) {
        const IcpViesCheck::Outcome vies = viesCheck().check(stored.id, checked.posting->vatNumber);
        if (vies.verdict == IcpViesCheck::Verdict::Hold)
            return finish(stored, SyncState::Failed, Outcome::Refused, vies.message, false);
        if (vies.verdict == IcpViesCheck::Verdict::Retry) {
            // The sync's one retry loop asks again (starting with the look-up); nothing has been posted.
            log(m_database, m_configuration.platformName, stored, vies.message, false);
            return {Outcome::Retry, vies.message.text(), {}, -1, false};
        }
        viesNote = vies.message;
    }

    // Seed 001 ("Customer email required"): without a valid e-mail address the debtor can be neither found nor
    // told apart from its namesakes, unless a fixed debtor applies or the customer's debtor code is matched.
    DebtorResolver resolver(m_client, m_configuration, m_debtors, &m_database);
    const bool matchedByCode = m_configuration.debtorMatching == SyncConfiguration::DebtorMatching::CustomerCode &&
                               !resolver.knownCode(document).isEmpty();
    if (fixedCode.isEmpty() && !matchedByCode && !DebtorRule::hasValidEmail(DebtorRule::of(document))) {
        const LogMessage message =
            LogMessage::coded(u"customer.emailRequired"_qs, {document.number, document.customer.email.trimmed()});
        SyncLogEntry entry;
        entry.kind = SyncLogEntry::Kind::Customer;
        entry.platform = m_configuration.platformName;
        entry.orderNumber = document.orderNumber;
        entry.documentNumber = document.number;
        entry.message = LogMessage::coded(u"validation.error"_qs, {message});
        entry.success = false;
        SyncLogRepository(m_database).append(entry);
        return finish(stored, SyncState::Failed, Outcome::Refused, message, false);
    }
    resolver.holdAcrossWorkers(&m_database); // no debtor twice from two workers on one shared store
    // The payment method's collective debtor when the rules give one (PostingBuilder), else the customer's.
    Result<DebtorResolver::Debtor> debtor =
        fixedCode.isEmpty() ? resolver.resolve(document) : resolver.fixed(fixedCode);
    if (!debtor.ok())
        return beforePost(debtor.error());
    const Relation& relation = debtor.value().relation;
    if (fixedCode.isEmpty() && (debtor.value().created || document.customer.debtorCode != relation.code)) {
        CustomerRepository customers(m_database);
        const std::optional<StoredCustomer> customer =
            document.customer.shopId.isEmpty() ? std::nullopt
                                               : customers.findByShopId(document.platform, document.customer.shopId);
        // Linked here already (a sync before): no new customer log row for it.
        const bool linkedBefore =
            customer && customer->customer.debtorCode.compare(relation.code, Qt::CaseInsensitive) == 0;
        if (customer && !linkedBefore)
            customers.setDebtor(customer->id, relation.code, QString::number(relation.id));
        // Its row in the Customer log (seed 001: "Customer created", "Duplicate found"), as the customer push
        // writes one (issue 15 item 5).
        const QString who = document.customer.email.trimmed().isEmpty() ? relation.name : document.customer.email;
        SyncLogEntry entry;
        entry.kind = SyncLogEntry::Kind::Customer;
        entry.platform = m_configuration.platformName;
        entry.orderNumber = document.orderNumber;
        entry.documentNumber = document.number;
        entry.customerId = customer ? customer->id : 0;
        entry.success = true;
        entry.message = debtor.value().created
                            ? LogMessage::coded(u"customer.createdDuringSync"_qs, {relation.code, who, document.number})
                            : LogMessage::coded(u"customer.duplicateFound"_qs, {who, relation.code, document.number});
        if (debtor.value().created || (!linkedBefore && !debtor.value().foundInRun))
            SyncLogRepository(m_database).append(entry);
    }
    // Recorded before the post leaves: after a crash the look-up knows whose booking it looks for.
    DocumentRepository(m_database).recordDebtor(stored.id, relation.id, relation.code);

    BookingContext context;
    context.relationCode = relation.code;
    const PostingResult built = PostingBuilder::buildDocument(
        document, document.invoiceNumber, m_configuration.settings, m_configuration.vatMapping, context);
    if (!built.isPosting())
        return finish(stored, SyncState::Failed, Outcome::Refused, problemsText(built.problems), false);
    const Posting& posting = *built.posting;

    Booked booked;
    booked.number = posting.invoiceNumber;
    booked.relationId = relation.id;
    booked.relationCode = relation.code;
    booked.amount = posting.totalIncl;
    if (posting.form == Posting::Form::Invoice) {
        Result<InvoiceRequest> request = PostingRequests::invoice(posting, relation, m_directory);
        if (!request.ok())
            return beforePost(request.error());
        if (!markPostSent(stored, ownNumber))
            return postNotMarked(stored);
        Result<CreatedInvoice> created = m_client.createInvoice(request.value());
        if (!created.ok() && !ownNumber && answerUnknown(created.error().kind))
            return unknownWithoutNumber(stored);
        if (!created.ok() && fixedCode.isEmpty() && isRelationGone(created.error()))
            return relationGone(stored, resumed, relation, created.error());
        if (!created.ok())
            return fromError(stored, created.error());
        // SOAP's AddFactuur answers with the number only: no id is recorded then, never a 0 (C5).
        if (created.value().id > 0)
            booked.id = QString::number(created.value().id);
        if (!created.value().invoiceNumber.isEmpty())
            booked.number = created.value().invoiceNumber;
    } else {
        Result<MutationRequest> request = PostingRequests::mutation(posting, relation, m_directory);
        if (!request.ok())
            return beforePost(request.error());
        if (!markPostSent(stored, ownNumber))
            return postNotMarked(stored);
        Result<qint64> created = m_client.createMutation(request.value());
        if (!created.ok() && !ownNumber && answerUnknown(created.error().kind))
            return unknownWithoutNumber(stored);
        if (!created.ok() && fixedCode.isEmpty() && isRelationGone(created.error()))
            return relationGone(stored, resumed, relation, created.error());
        if (!created.ok())
            return fromError(stored, created.error());
        booked.id = QString::number(created.value());
    }

    LogMessage message = LogMessage::coded(memo ? u"creditmemo.booked"_qs : u"invoice.booked"_qs, {booked.number});
    if (debtor.value().created)
        message = LogMessage::coded(u"joined"_qs, {message, LogMessage::coded(u"debtor.created"_qs, {relation.code})});
    if (!viesNote.isEmpty()) // VIES's note, coded: read in the reader's language
        message = LogMessage::coded(u"joined"_qs, {message, viesNote});
    return finish(stored, SyncState::Posted, Outcome::Posted, message, true, booked);
}

bool DocumentPusher::isRelationGone(const ApiError& error)
{
    // "Relation not found" for the relation of a mutation (MUT_013) or an invoice (FACT_002), API-eboekhouden.md
    // §1.4; not FACT_003 (inactive): that relation is there, the bookkeeper decides about it.
    return error.code == QLatin1String("MUT_013") || error.code == QLatin1String("FACT_002");
}

DocumentPusher::Attempt DocumentPusher::relationGone(const StoredDocument& stored, bool resumed, const Relation& gone,
                                                     const ApiError& error)
{
    if (m_relationForgotten || gone.id <= 0)
        return fromError(stored, error);
    const Relation forgotten = gone; // `gone` belongs to the attempt that is left here
    const CreditMemo& document = stored.document;
    // Nothing was booked: the relation's id in the store is what is wrong. Forgotten everywhere the debtor step
    // looks, so that it is matched again by the rule (or created), never sent again.
    RelationRepository(m_database).forget(forgotten.id);
    if (m_debtors)
        m_debtors->forget(forgotten.id);
    DocumentRepository(m_database).recordDebtor(stored.id, 0, QString());
    CustomerRepository customers(m_database);
    const std::optional<StoredCustomer> customer =
        document.customer.shopId.isEmpty() ? std::nullopt
                                           : customers.findByShopId(document.platform, document.customer.shopId);
    if (customer && customer->customer.debtorCode.compare(forgotten.code, Qt::CaseInsensitive) == 0)
        customers.setDebtor(customer->id, QStringLiteral(""), QStringLiteral(""));
    SyncLogEntry entry;
    entry.kind = SyncLogEntry::Kind::Customer;
    entry.platform = m_configuration.platformName;
    entry.orderNumber = document.orderNumber;
    entry.documentNumber = document.number;
    entry.customerId = customer ? customer->id : 0;
    entry.success = false;
    entry.message = LogMessage::coded(u"customer.relationGone"_qs, {forgotten.code, document.number});
    SyncLogRepository(m_database).append(entry);

    m_relationForgotten = true;
    const Attempt again = attempt(stored, resumed);
    m_relationForgotten = false;
    return again;
}

Result<LogMessage> DocumentPusher::creditedInvoiceMissing(const StoredDocument& stored)
{
    const CreditMemo& memo = stored.document;
    const std::optional<StoredDocument> invoice =
        DocumentRepository(m_database).findByNumber(DocumentKind::Invoice, memo.invoiceNumber);
    if (invoice && invoice->state == SyncState::Posted)
        return LogMessage();
    if (invoice && invoice->state != SyncState::Skipped) {
        // On its way (pending, in flight) or held with its own message (failed, unreadable).
        if (invoice->state == SyncState::Failed || invoice->state == SyncState::Unmappable)
            return LogMessage::coded(u"creditmemo.invoiceNotBooked"_qs, {memo.invoiceNumber});
        return LogMessage::coded(u"creditmemo.invoiceNotFound"_qs, {memo.invoiceNumber});
    }
    // Booked by hand, or outside the imported period: its booking in e-Boekhouden, found by its number, of the
    // same kind (a positive sales booking) and the same relation.
    const QString number =
        InvoiceNumberFormatter::format(memo.invoiceNumber, m_configuration.settings.invoiceNumbering);
    const LogMessage what = LogMessage::coded(
        invoice ? u"creditmemo.invoiceBookedByHand"_qs : u"creditmemo.invoiceNotLocal"_qs, {memo.invoiceNumber});
    const LogMessage hold = LogMessage::coded(u"creditmemo.invoiceNotInEBoekhouden"_qs,
                                              {what, number.isEmpty() ? memo.invoiceNumber : number});
    if (number.isEmpty())
        return hold;
    DebtorResolver resolver(m_client, m_configuration, nullptr, &m_database);
    Result<std::optional<Relation>> debtor = resolver.findExisting(memo);
    if (!debtor.ok())
        return debtor.error();
    if (!debtor.value())
        return hold;
    Result<QList<MutationSummary>> found = m_client.findMutationsByInvoiceNumber(number);
    if (!found.ok())
        return found.error();
    for (const MutationSummary& mutation : found.value()) {
        if (mutation.id == 0 || mutation.type != 2 || mutation.invoiceNumber != number || mutation.amount.cents() <= 0)
            continue;
        Result<MutationSummary> detail = m_client.mutation(mutation.id);
        const bool sameRelation =
            detail.ok() ? detail.value().relationId == debtor.value()->id
                        : !mutation.relationCode.isEmpty() && mutation.relationCode == debtor.value()->code;
        if (!detail.ok() && detail.error().kind != ApiError::Kind::Unsupported)
            return detail.error();
        if (sameRelation)
            return LogMessage();
    }
    return hold;
}

Result<std::optional<Relation>> DocumentPusher::knownDebtor(const StoredDocument& stored, const QString& fixedCode)
{
    if (stored.bookedRelationId > 0) {
        Relation recorded;
        recorded.id = stored.bookedRelationId;
        recorded.code = stored.bookedRelationCode;
        return std::optional<Relation>(recorded);
    }
    DebtorResolver resolver(m_client, m_configuration, nullptr, &m_database);
    if (!fixedCode.isEmpty()) {
        Result<DebtorResolver::Debtor> fixed = resolver.fixed(fixedCode);
        if (!fixed.ok())
            return fixed.error().kind == ApiError::Kind::NotFound ? Result<std::optional<Relation>>(std::nullopt)
                                                                  : Result<std::optional<Relation>>(fixed.error());
        return std::optional<Relation>(fixed.value().relation);
    }
    return resolver.findExisting(stored.document);
}

Result<DocumentPusher::LookUp> DocumentPusher::lookUp(const StoredDocument& stored, const Posting& posting,
                                                      const std::optional<Relation>& debtor)
{
    Q_UNUSED(stored);
    const QString& number = posting.invoiceNumber;
    LookUp result;
    // Kept as codes (issue 17 item 2): the reason of a refused document names these bookings in the reader's
    // language, whichever language the sync that found them ran in.
    QList<LogMessage> foreign;
    const auto describe = [&](const Money& amount, bool sameRelation) {
        const LogMessage kind = LogMessage::coded(amount.isNegative() ? u"booking.credit"_qs : u"booking.invoice"_qs,
                                                  {amount.toDecimalString()});
        return sameRelation ? kind : LogMessage::coded(u"booking.otherRelation"_qs, {kind});
    };
    const auto judge = [&](const QString& id, const Money& amount, qint64 relationId, const QString& relationCode) {
        const bool sameRelation = debtor && ((relationId > 0 && relationId == debtor->id) ||
                                             (relationId == 0 && !relationCode.isEmpty() &&
                                              relationCode.compare(debtor->code, Qt::CaseInsensitive) == 0));
        // The sign is the kind: an invoice positive, a credit memo negative; the amount proves the rest.
        if (sameRelation && amount == posting.totalIncl && !result.ours) {
            Booked booked;
            booked.id = id;
            booked.number = number;
            booked.relationId = relationId > 0 ? relationId : debtor->id;
            booked.relationCode = debtor->code;
            booked.amount = amount;
            result.ours = booked;
        } else {
            foreign.append(describe(amount, sameRelation));
        }
    };

    if (posting.form == Posting::Form::Invoice) {
        Result<QList<InvoiceSummary>> invoices = m_client.findInvoicesByInvoiceNumber(number);
        if (!invoices.ok())
            return invoices.error();
        for (const InvoiceSummary& invoice : invoices.value()) {
            if (invoice.invoiceNumber != number)
                continue;
            if (invoice.id == 0) { // C5: no id is no link
                foreign.append(LogMessage::coded(u"booking.invoiceWithoutId"_qs));
                continue;
            }
            judge(QString::number(invoice.id), invoice.totalInclVat, invoice.relationId, invoice.relationCode);
        }
    } else {
        Result<QList<MutationSummary>> mutations = m_client.findMutationsByInvoiceNumber(number);
        if (!mutations.ok())
            return mutations.error();
        for (const MutationSummary& mutation : mutations.value()) {
            if (mutation.invoiceNumber != number || mutation.type != posting.mutationType)
                continue;
            if (mutation.id == 0) { // C5: a list item with id 0 is never a link
                foreign.append(LogMessage::coded(u"booking.withoutId"_qs));
                continue;
            }
            // The list items carry no relation (§1.8): the detail does. SOAP lists carry the relation code.
            MutationSummary detail = mutation;
            if (mutation.relationCode.isEmpty()) {
                Result<MutationSummary> read = m_client.mutation(mutation.id);
                if (!read.ok())
                    return read.error();
                detail.relationId = read.value().relationId;
                detail.amount = read.value().amount;
            }
            judge(QString::number(mutation.id), detail.amount, detail.relationId, detail.relationCode);
        }
    }
    if (!result.ours && !foreign.isEmpty())
        result.foreign = LogMessage::joined(foreign, u"list"_qs);
    return result;
}

DocumentPusher::Attempt DocumentPusher::refuseForeign(const StoredDocument& stored, const QString& number,
                                                      const LogMessage& what)
{
    const bool memo = stored.document.kind == DocumentKind::CreditMemo;
    const LogMessage message =
        LogMessage::coded(memo ? u"creditmemo.numberTaken"_qs : u"invoice.numberTaken"_qs, {number, what});
    return finish(stored, SyncState::Failed, Outcome::Refused, message, false);
}

bool DocumentPusher::markPostSent(const StoredDocument& stored, bool ownNumber)
{
    return ownNumber || DocumentRepository(m_database).markPostSent(stored.id);
}

DocumentPusher::Attempt DocumentPusher::postNotMarked(const StoredDocument& stored)
{
    const LogMessage message = LogMessage::coded(u"document.notMarkedSent"_qs, {stored.document.number});
    backToPending(stored, message);
    return {Outcome::NotPushed, message.text(), {}, -1, false};
}

void DocumentPusher::backToPending(const StoredDocument& stored, const LogMessage& message)
{
    DocumentRepository::Transition transition;
    transition.message = message;
    DocumentRepository(m_database).transition(stored.id, SyncState::InFlight, SyncState::Pending, transition);
    log(m_database, m_configuration.platformName, stored, message, false);
}

DocumentPusher::Attempt DocumentPusher::unknownWithoutNumber(const StoredDocument& stored)
{
    const QString order = stored.document.orderNumber.isEmpty() ? stored.document.number : stored.document.orderNumber;
    return finish(stored, SyncState::Failed, Outcome::Refused,
                  LogMessage::coded(u"document.connectionBrokeOff"_qs, {stored.document.number, order}), false);
}

DocumentPusher::Attempt DocumentPusher::fromError(const StoredDocument& stored, const ApiError& error)
{
    if (answerUnknown(error.kind)) {
        // Stays in flight: the retry looks the number up before posting anything.
        m_retryReason = ApiErrorMessage::of(error);
        log(m_database, m_configuration.platformName, stored, m_retryReason, false);
        return {Outcome::Retry, error.message(), {}, error.retryAfterSeconds, false};
    }
    if (error.kind == ApiError::Kind::AlreadyExists && error.code != QLatin1String("REL_049")) {
        // The number is taken: posted before by us (linked when provably ours), or by someone else (refused).
        const PostingResult built = preview(stored, m_configuration);
        const std::optional<StoredDocument> now = DocumentRepository(m_database).find(stored.id);
        if (built.isPosting() && now) {
            Result<std::optional<Relation>> debtor = knownDebtor(*now, built.posting->fixedDebtor);
            Result<LookUp> found = debtor.ok() ? lookUp(*now, *built.posting, debtor.value()) : debtor.error();
            if (found.ok() && found.value().ours) {
                return finish(stored, SyncState::Posted, Outcome::Linked,
                              LogMessage::coded(u"document.linked"_qs, {built.posting->invoiceNumber}), true,
                              *found.value().ours);
            }
            if (found.ok() && !found.value().foreign.isEmpty())
                return refuseForeign(stored, built.posting->invoiceNumber, found.value().foreign);
        }
    }
    if (error.kind == ApiError::Kind::AuthFailed) {
        // The credentials are refused, not the document: it waits for the next sync after they are fixed,
        // instead of failing and needing Reprocess.
        backToPending(stored, ApiErrorMessage::of(error));
        return {Outcome::Postponed, error.message(), {}, -1, true};
    }
    return finish(stored, SyncState::Failed, Outcome::Refused, ApiErrorMessage::of(error), false);
}

DocumentPusher::Attempt DocumentPusher::finish(const StoredDocument& stored, SyncState to, Outcome outcome,
                                               const LogMessage& message, bool success)
{
    return finish(stored, to, outcome, message, success, Booked());
}

DocumentPusher::Attempt DocumentPusher::finish(const StoredDocument& stored, SyncState to, Outcome outcome,
                                               const LogMessage& message, bool success, const Booked& booked)
{
    DocumentRepository::Transition transition;
    transition.message = message;
    transition.eboekhoudenId = booked.id;
    transition.eboekhoudenNumber = booked.number;
    transition.relationId = booked.relationId;
    transition.relationCode = booked.relationCode;
    transition.amount = booked.amount;
    // A credit memo that goes on waiting for the same reason counts no attempt and writes no log row: one row
    // when it starts waiting, not one per sync.
    const bool stillWaiting = outcome == Outcome::Waiting && stored.lastMessage == message.text();
    transition.countsAsAttempt = !stillWaiting;
    DocumentRepository(m_database).transition(stored.id, SyncState::InFlight, to, transition);
    if (!stillWaiting)
        log(m_database, m_configuration.platformName, stored, message, success);
    return {outcome, message.text(), booked.number, -1, false};
}

void DocumentPusher::giveUp(qint64 documentId, const LogMessage& message)
{
    DocumentRepository::Transition transition;
    // The caller passes the retry's reason as text: the coded reason of that retry when it is the same.
    const bool lastRetry = !message.isCoded() && message.text() == m_retryReason.text();
    transition.message = LogMessage::coded(u"document.triedAgainNextSync"_qs, {lastRetry ? m_retryReason : message});
    DocumentRepository(m_database).transition(documentId, SyncState::InFlight, SyncState::Pending, transition);
}

void DocumentPusher::log(const Database& database, const QString& platform, const StoredDocument& stored,
                         const LogMessage& message, bool success)
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
