#pragma once

#include "AdministrationDirectory.h"
#include "logging/LogMessage.h"
#include "store/StoredDocument.h"
#include "SyncConfiguration.h"

class Database;

// Books the payment of a booked, paid invoice as "invoice payment received" (mutation type 3), seeds 002
// and 004, only when e-Boekhouden still has the invoice outstanding and the amounts match; and the refund of a
// booked, paid credit memo the same way against the credit memo's own (negative) open item (DESIGN §3).
//
// The open item is found by what we booked, never by the deprecated relationCode/invoiceNumber fields of the
// outstanding items (API-eboekhouden.md C2): the list is asked for our number (the invoiceNumber query filter),
// and the item must be our booking's mutation (mutationId), or, for an invoice of the invoicing module whose
// mutation id we do not get, our relation (relationId) with our amount. A payment that e-Boekhouden no longer has
// outstanding (a crash after posting, or the bank reconciliation got there first) is recorded, not booked again.
//
// Refunds, and why so: e-Boekhouden does not publish the sign rules of a payment against a negative open item
// (API-eboekhouden.md C7, unverified). We book a refund as what it is in the ledger: type 3 "invoice payment
// received" on the bank ledger with a NEGATIVE row amount equal to the credit memo's outstanding (negative)
// amount, naming the credit memo's own number and relation. Debtors then move by the same amount as the credit
// memo, the other way, and the open item closes to 0. We do not use type 4 ("invoice payment sent"): that settles
// creditors' (purchase) open items. The emulator holds the strictest reading: a payment row must have the sign of
// the open item it settles and may not exceed it.
class PaymentPusher
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPusher)

public:
    enum class Outcome
    {
        Posted,
        Settled,  // nothing to book: already paid in e-Boekhouden
        Refused,  // amounts differ or a setting is missing: the log says what to do
        TryLater, // e-Boekhouden did not answer: this payment again after a wait, or at the next sync
        Stop,     // the credentials were refused: no use trying other payments
    };
    struct Attempt
    {
        Outcome outcome = Outcome::Settled;
        QString message;
        int retryAfterSeconds = -1;
        int booked = 0; // payments booked by this attempt
    };

    PaymentPusher(const Database& database, EBoekhoudenClient& client, AdministrationDirectory& directory,
                  const SyncConfiguration& configuration);

    // Every unbooked payment of `document` (an invoice, or a credit memo's refund).
    Attempt push(const StoredDocument& document);

    // The shop's payments of a paid document; a shop that only says "paid" (Magento) paid the whole total.
    static QList<Payment> paymentsOf(const SalesDocument& document);
    static QString keyOf(const Payment& payment);

private:
    // The open item of our booking of `document` among the items listed for its number, or none.
    std::optional<OutstandingItem> ownOpenItem(const StoredDocument& document, const QList<OutstandingItem>& items);
    // The debtor code for the payment's row (SOAP needs it; REST sends the id): the one booked under.
    QString relationCodeOf(const StoredDocument& document) const;
    // A failure: the payment state becomes failed, and a log row is written only when the message is new.
    Attempt fail(const StoredDocument& document, const LogMessage& message);
    void log(const StoredDocument& document, const LogMessage& message, bool success);

    const Database& m_database;
    EBoekhoudenClient& m_client;
    AdministrationDirectory& m_directory;
    const SyncConfiguration& m_configuration;
};
