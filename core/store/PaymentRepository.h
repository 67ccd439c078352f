#pragma once

#include "domain/Payment.h"

#include <QList>

class Database;

// Which shop payments are booked in e-Boekhouden (payments table), so none is booked twice.
class PaymentRepository
{
public:
    enum class State
    {
        Posted,  // booked as "invoice payment received"
        Skipped, // deliberately not booked: nothing outstanding, or booked in e-Boekhouden by other means
    };

    explicit PaymentRepository(const Database& database);

    bool isSettled(qint64 documentId, const QString& paymentKey) const;
    bool record(qint64 documentId, const QString& paymentKey, const Payment& payment, State state,
                const QString& eboekhoudenId);

    // Whether a settled payment of the document is a booking in e-Boekhouden (ours, or one found there).
    bool anyBooked(qint64 documentId) const;

    // Booked, paid invoices and credit memos whose payment (refund) is not settled yet: the payment step's work.
    QList<qint64> documentsAwaitingPayment(int limit = 100000) const;

private:
    const Database& m_database;
};
