#pragma once

#include "AdministrationDirectory.h"
#include "store/StoredDocument.h"
#include "SyncConfiguration.h"

class Database;

// Books the payment of a booked, paid invoice as "invoice payment received" (mutation type 3), seeds 002
// and 004: only when e-Boekhouden still has the invoice outstanding and the amounts match. A payment that
// e-Boekhouden already holds (a crash after posting, or the bank reconciliation got there first) is
// recorded, not booked again.
class PaymentPusher
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPusher)

public:
    enum class Outcome
    {
        Posted,
        Settled,  // nothing to book: already paid in e-Boekhouden
        Refused,  // amounts differ or a setting is missing: the log says what to do
        TryLater, // e-Boekhouden did not answer
    };

    PaymentPusher(const Database& database, EBoekhoudenClient& client, AdministrationDirectory& directory,
                  const SyncConfiguration& configuration);

    Outcome push(const StoredDocument& invoice);

    // The shop's payments of a paid invoice; a shop that only says "paid" (Magento) paid the whole total.
    static QList<Payment> paymentsOf(const SalesDocument& document);
    static QString keyOf(const Payment& payment);

private:
    void log(const StoredDocument& invoice, const QString& message, bool success);

    const Database& m_database;
    EBoekhoudenClient& m_client;
    AdministrationDirectory& m_directory;
    const SyncConfiguration& m_configuration;
};
