#include "PaymentRepository.h"

#include "Database.h"
#include "SqlValues.h"

PaymentRepository::PaymentRepository(const Database& database)
    : m_database(database)
{}

bool PaymentRepository::isSettled(qint64 documentId, const QString& paymentKey) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM payments WHERE document_id = ? AND shop_id = ? "
                             "AND sync_state IN ('posted', 'skipped')"));
    return SqlValues::execute(q, {documentId, paymentKey}) && q.next();
}

bool PaymentRepository::record(qint64 documentId, const QString& paymentKey, const Payment& payment, State state,
                               const QString& eboekhoudenId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO payments (document_id, shop_id, method, transaction_id, amount, paid_at, sync_state, "
        "  eboekhouden_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (document_id, shop_id) DO UPDATE SET sync_state = excluded.sync_state, "
        "  eboekhouden_id = excluded.eboekhouden_id"));
    return SqlValues::execute(q, {documentId, paymentKey, payment.method, payment.transactionId,
                                  qint64(payment.amount.cents()), SqlValues::utc(payment.paidAt),
                                  state == State::Posted ? QStringLiteral("posted") : QStringLiteral("skipped"),
                                  eboekhoudenId});
}

bool PaymentRepository::anyBooked(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM payments WHERE document_id = ? AND sync_state IN ('posted', 'skipped') "
                             "AND eboekhouden_id <> ''"));
    return SqlValues::execute(q, {documentId}) && q.next();
}

QList<qint64> PaymentRepository::documentsAwaitingPayment(int limit) const
{
    // Until the payment step writes the document's payment state, which it does when every payment of it is
    // settled (PaymentPusher): a document with one payment settled and another not is still work.
    // Invoices before credit memos: a refund is booked against its credit memo's own open item, so the order
    // only keeps the log readable. A failed payment is tried again (its log row is written only when its
    // message changes, PaymentPusher).
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT d.id FROM documents d WHERE d.sync_state = 'posted' AND d.paid = 1 "
                             "AND d.payment_state IN ('', 'failed') "
                             "ORDER BY d.kind = 'creditmemo', d.document_date, d.id LIMIT ?"));
    QList<qint64> ids;
    if (!SqlValues::execute(q, {limit}))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}
