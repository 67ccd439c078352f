#pragma once

#include "AdministrationDirectory.h"
#include "IcpViesCheck.h"
#include "logging/LogMessage.h"
#include "posting/PostingResult.h"
#include "PostingRequests.h"
#include "store/StoredDocument.h"
#include "SyncConfiguration.h"

class Database;
class DebtorCache;

// Books one stored invoice or credit memo in e-Boekhouden, exactly once (DESIGN §5).
//
// Each call is one attempt: claim the document (pending → in flight, committed), run the pre-checks, look the
// number up in e-Boekhouden (a document left in flight by a crash may already be there: then it is linked,
// not posted again), find or create the debtor, post, and record the outcome (posted with the e-Boekhouden
// id, or failed with the reason), writing one sync log row. When e-Boekhouden's answer is unknown (network,
// 5xx, 429, unreadable reply) the document stays in flight and the caller retries; the retry starts with the
// look-up, so a post that did arrive is never repeated.
//
// When e-Boekhouden numbers the invoices itself (InvoiceNumberFormatter::Mode::LetEBoekhouden) there is no
// number to look up, and its API has no filter that finds an invoice by a reference of ours
// (API-eboekhouden.md §1.5, §1.7). So such a document is never posted again automatically once a post may
// have left: it fails with a message that asks the bookkeeper to check e-Boekhouden first. The store notes
// the moment the post leaves (post_sent_at), so a crash before it (the debtor step) just carries on.
class DocumentPusher
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPusher)

public:
    enum class Outcome
    {
        Posted,    // booked now
        Linked,    // it was already in e-Boekhouden: recorded, not posted again
        Refused,   // cannot be booked as it is: failed, with what to fix
        Waiting,   // a credit memo whose invoice is not booked yet: stays pending
        Retry,     // e-Boekhouden's answer is unknown: still in flight, try again
        Postponed, // not the document's fault (credentials refused): pending again, for the next sync
        NotPushed, // nothing to do (already booked, skipped, claimed by someone else, gone)
    };

    struct Attempt
    {
        Outcome outcome = Outcome::NotPushed;
        QString message;
        QString eboekhoudenNumber;
        int retryAfterSeconds = -1; // what e-Boekhouden asked, for Retry
        bool stopRun = false;       // the credentials were refused: no use trying other documents
    };

    // `debtors` (optional) is the run's debtor cache, shared by the workers that book in parallel.
    DocumentPusher(const Database& database, EBoekhoudenClient& client, AdministrationDirectory& directory,
                   const SyncConfiguration& configuration, DebtorCache* debtors = nullptr);

    // Which documents a push takes: a failed one too (the bookkeeper pushes it again), or only one still waiting
    // (a sync's run: a document refused since the run listed it was refused by another worker on the shared
    // store, and is not tried again here).
    enum class Take
    {
        FailedToo,
        OnlyWaiting,
    };
    Attempt push(qint64 documentId, Take take = Take::FailedToo);

    // Gives up retrying a document whose answer stayed unknown: back to pending for the next sync.
    void giveUp(qint64 documentId, const LogMessage& message);

    // One row in the invoice or credit memo log for an attempt on `stored` (payments use it too).
    static void log(const Database& database, const QString& platform, const StoredDocument& stored,
                    const LogMessage& message, bool success);

    // Network errors, 5xx, 429 and unreadable replies: the call may or may not have done its work.
    static bool answerUnknown(ApiError::Kind kind);

    // What would be posted, or why not: the rules only, no network, no change.
    static PostingResult preview(const StoredDocument& stored, const SyncConfiguration& configuration);
    // The same with the debtor the push would use (issue 15 item 1): the existing relation by the matching rule,
    // looked up read-only (nothing is created or changed in e-Boekhouden or in the store). When the look-up
    // fails the preview says so and shows the rules' debtor. `store` (optional): its imported relations and
    // shop customers' codes are matched first, as the push does.
    static PostingResult preview(const StoredDocument& stored, const SyncConfiguration& configuration,
                                 EBoekhoudenClient& client, const Database* store = nullptr);

    // The preview with the request the push would send (issue 15 item 2): the posting on the debtor the push
    // would use, projected by the same writer as the push (PostingRequests::wire), so the body shown is the body
    // sent. Read-only look-ups only. `note` says what the body cannot show yet (a debtor still to be created has
    // no id) or why there is none.
    struct PreviewRequest
    {
        PostingResult result;
        std::optional<PostingRequests::Wire> wire;
        QString note;
    };
    static PreviewRequest previewRequest(const StoredDocument& stored, const SyncConfiguration& configuration,
                                         EBoekhoudenClient& client, const Database* store, bool withWire = true);

private:
    // `resumed`: the document was in flight already (a crash, or a retry after an unknown answer).
    Attempt attempt(const StoredDocument& stored, bool resumed);
    // The answer to a post without a number of ours is unknown: do not post it again (see the class comment).
    Attempt unknownWithoutNumber(const StoredDocument& stored);
    // Without a number of ours, records that the post is about to leave (true), so that only a crash after
    // this moment makes the document one to check by hand. With a number the look-up covers it: nothing to do.
    bool markPostSent(const StoredDocument& stored, bool ownNumber);
    // The mark could not be written: nothing is sent, the document goes back to pending.
    Attempt postNotMarked(const StoredDocument& stored);
    // Nothing of this document reached e-Boekhouden for a reason outside it: pending again with `message`,
    // and one log row saying so.
    void backToPending(const StoredDocument& stored, const LogMessage& message);
    // What a booking was made under, recorded with the document when it is Posted or Linked.
    struct Booked
    {
        QString id;
        QString number;
        qint64 relationId = 0;
        QString relationCode;
        std::optional<Money> amount;
    };
    Attempt finish(const StoredDocument& stored, SyncState to, Outcome outcome, const LogMessage& message, bool success,
                   const Booked& booked);
    Attempt finish(const StoredDocument& stored, SyncState to, Outcome outcome, const LogMessage& message,
                   bool success);
    Attempt fromError(const StoredDocument& stored, const ApiError& error);

    // What e-Boekhouden holds under this posting's number. A booking is only ever the document's own when it is
    // provably so: the same kind (type 2; an invoice of the invoicing module), the same sign and amount incl. VAT,
    // and the same relation, and never a list item with id 0 (API-eboekhouden.md C4, C5). A booking with the
    // number that is not provably ours is `foreign`: described for the bookkeeper, never linked.
    struct LookUp
    {
        std::optional<Booked> ours;
        LogMessage foreign; // the bookings under the number that are not this document's, as a message code
    };
    // `debtor`: the relation the document is (or was) booked on; none known: nothing can be ours.
    Result<LookUp> lookUp(const StoredDocument& stored, const Posting& posting, const std::optional<Relation>& debtor);
    // The debtor a booking of this document must carry: the one recorded before its post, else the existing
    // relation by the matching rule (or the payment method's fixed debtor). Never creates one.
    Result<std::optional<Relation>> knownDebtor(const StoredDocument& stored, const QString& fixedCode);
    // The refusal for a booking with our number that is not ours.
    Attempt refuseForeign(const StoredDocument& stored, const QString& number, const LogMessage& what);
    // A credit memo whose invoice is not booked by us: is it booked in e-Boekhouden (by hand, or before the
    // imported period)? Returns the hold message when the memo must wait, empty when it may be booked.
    Result<LogMessage> creditedInvoiceMissing(const StoredDocument& stored);

    // e-Boekhouden refused the post because the debtor's relation is not there (deleted by hand in e-Boekhouden:
    // MUT_013 / FACT_002, API-eboekhouden.md §1.4): forgets it in the store and the run's cache, writes a
    // Customer log row, and makes the attempt once more, so that the debtor is found again by the rule or
    // created. Only once per attempt: a relation refused twice holds the document with e-Boekhouden's answer. Not
    // for a payment method's fixed debtor: that one is looked up in e-Boekhouden each time and never created.
    Attempt relationGone(const StoredDocument& stored, bool resumed, const Relation& gone, const ApiError& error);
    static bool isRelationGone(const ApiError& error);

    // This pusher's VIES check of ICP sales, made at the first one (on the thread that pushes).
    IcpViesCheck& viesCheck();

    const Database& m_database;
    EBoekhoudenClient& m_client;
    AdministrationDirectory& m_directory;
    const SyncConfiguration& m_configuration;
    DebtorCache* m_debtors;
    // Why the last attempt asked for a retry, coded: giveUp() gets its text from the caller and keeps the code.
    LogMessage m_retryReason;
    bool m_relationForgotten = false; // relationGone() is making its one more attempt
    std::unique_ptr<IcpViesCheck> m_vies;
};
