#pragma once

#include "eboekhouden/EBoekhoudenClient.h"
#include "logging/LogMessage.h"
#include "SyncConfiguration.h"

#include <QCoreApplication>

class Database;

// Pushes one shop customer to e-Boekhouden as its debtor (the Customers page's Push, `push --customer`): the
// debtor the customer's invoices would get (DebtorRule, through DebtorResolver with the store's imported
// relations), updated when it exists by the matching rule, else created. One call is one attempt; the caller
// retries an unknown answer with the run's retry policy (SyncConfiguration). Every attempt writes its row in the
// Customer log (seed 001: Customer created, Customer updated, or the error).
class CustomerPusher
{
    Q_DECLARE_TR_FUNCTIONS(CustomerPusher)

public:
    enum class Outcome
    {
        Created,
        Updated,
        Refused,  // e-Boekhouden refused it, or there is nothing to push: the message says why
        Retry,    // the answer is unknown and a next attempt can tell whether the work was done
        Stop,     // the credentials were refused: no use trying other customers
        NotFound, // the customer is no longer in the local database
    };

    struct Attempt
    {
        Outcome outcome = Outcome::NotFound;
        LogMessage message;         // coded: the Customer log renders it in the reader's language
        int retryAfterSeconds = -1; // what e-Boekhouden asked, for Retry
        bool success() const { return outcome == Outcome::Created || outcome == Outcome::Updated; }
    };

    CustomerPusher(const Database& database, EBoekhoudenClient& client, const SyncConfiguration& configuration);

    Attempt push(qint64 customerId);

private:
    // A row in the Customer log.
    void log(qint64 customerId, const LogMessage& message, bool success);

    const Database& m_database;
    EBoekhoudenClient& m_client;
    const SyncConfiguration& m_configuration;
};
