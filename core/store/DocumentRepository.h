#pragma once

#include "domain/CreditMemo.h"
#include "domain/Invoice.h"
#include "logging/LogMessage.h"
#include "StoredDocument.h"
#include "SyncState.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// Invoices and credit memos in the local store, and their sync state.
//
// Upserts come from the shop pull: a document already posted (or in flight) is never touched again, so
// what the store shows is what was booked (only a payment the shop registers later is added to it); a failed or
// unmappable document whose content changed goes back to pending, so a fix in the shop is picked up by the next sync.
class DocumentRepository
{
public:
    explicit DocumentRepository(const Database& database);

    std::optional<qint64> upsert(const SalesDocument& document);
    std::optional<qint64> upsert(const CreditMemo& memo);
    // A document whose shop data could not be read, or that the shop's status keeps from being booked (a
    // canceled Magento invoice: `status` "canceled"): kept with its raw data and the reason, shown in the grid.
    // One already booked keeps its booking; its status and message then say what the shop did since.
    std::optional<qint64> upsertUnmappable(const QString& platform, DocumentKind kind, const QString& shopId,
                                           const QString& number, const QByteArray& rawPayload, const QString& reason,
                                           const QString& status = {});

    std::optional<StoredDocument> find(qint64 id) const;
    std::optional<StoredDocument> findByShopId(const QString& platform, DocumentKind kind, const QString& shopId) const;
    std::optional<StoredDocument> findByNumber(DocumentKind kind, const QString& number) const;
    // The customer's newest document (by shop id, else by e-mail): the address the shop last had for them.
    std::optional<StoredDocument> latestOfCustomer(const QString& platform, const Customer& customer) const;

    struct Transition
    {
        LogMessage message;        // kept as code and arguments, read back in the reader's language (StoredDocument)
        QString eboekhoudenId;     // kept when empty
        QString eboekhoudenNumber; // kept when empty
        bool countsAsAttempt = false;
        // What it was booked under (kept when empty / unset): the debtor, and the signed amount incl. VAT.
        qint64 relationId = 0;
        QString relationCode;
        std::optional<Money> amount;
    };
    // Moves a document from `from` to `to` only if it is still in `from` (compare and set): of two workers
    // racing for the same document, exactly one wins. Committed before it returns.
    bool transition(qint64 id, SyncState from, SyncState to, const Transition& details);
    bool transition(qint64 id, SyncState from, SyncState to);
    // Claims a document found in flight for this worker (Database::workerId), to resume it: true when this
    // worker holds it already, or when the worker that claimed it no longer runs (WorkerClaims) and this one
    // took it over first. False while another live worker books it. On SQLite always true, as before.
    bool takeOver(qint64 id);
    // The worker holding a document in flight ("" when none).
    QString claimedBy(qint64 id) const;
    // Committed just before the post of a document in flight leaves; every transition clears it again.
    bool markPostSent(qint64 id);
    // The debtor a document in flight is about to be booked on, recorded before its post leaves: a resumed
    // look-up then knows whose booking it is looking for.
    bool recordDebtor(qint64 id, qint64 relationId, const QString& relationCode);

    // The outcome of the document's payment (or refund).
    bool setPaymentState(qint64 id, PaymentState state, const LogMessage& message);
    // A document marked booked whose booking in e-Boekhouden is not its own (check-links): pending again, with
    // everything of that booking forgotten, so that the next sync books it as itself.
    bool offerAgain(qint64 id, const LogMessage& message);
    // Documents of `kind` whose payment is in `state` (unreadable documents left out; Pending counts the paid
    // documents that are booked, whose payment the payment step has still to book).
    int countPayments(DocumentKind kind, PaymentState state) const;

    QList<qint64> idsInState(DocumentKind kind, SyncState state, int limit = 1000) const;
    int count(DocumentKind kind, std::optional<SyncState> state = std::nullopt) const;

    static QString kindName(DocumentKind kind);

private:
    std::optional<qint64> upsertPayload(const SalesDocument& document, const QByteArray& payload,
                                        const QString& creditedInvoiceNumber);

    QSqlDatabase db() const;

    const Database& m_database;
};
