#include "DocumentRepository.h"

#include "Database.h"
#include "DocumentJson.h"
#include "logging/Log.h"
#include "SqlValues.h"
#include "WorkerClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using SqlValues::nowUtc;
using SqlValues::text;
using SqlValues::utc;

bool run(QSqlQuery& query)
{
    if (query.exec())
        return true;
    Log::error(QStringLiteral("Store: %1: %2").arg(query.lastQuery(), query.lastError().text()));
    return false;
}

QString customerName(const SalesDocument& d)
{
    const QString company = d.billingAddress.company.isEmpty() ? d.customer.company : d.billingAddress.company;
    const QString first = d.billingAddress.firstName.isEmpty() ? d.customer.firstName : d.billingAddress.firstName;
    const QString last = d.billingAddress.lastName.isEmpty() ? d.customer.lastName : d.billingAddress.lastName;
    const QString person = QStringList{first, last}.join(u' ').trimmed();
    return company.isEmpty() ? person : company;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, kind, payload, sync_state, attempts, eboekhouden_id, eboekhouden_number, last_message, problem, "
    "state_changed_at, platform, shop_id, number, post_sent_at, booked_relation_id, booked_relation_code, "
    "booked_amount, payment_state, payment_message, paid, last_message_code, last_message_args, "
    "payment_message_code, payment_message_args FROM documents ");

std::optional<StoredDocument> readRow(const QSqlQuery& q)
{
    StoredDocument stored;
    stored.id = q.value(0).toLongLong();
    const DocumentKind kind = q.value(1).toString() == u"creditmemo" ? DocumentKind::CreditMemo : DocumentKind::Invoice;
    if (std::optional<CreditMemo> document = DocumentJson::fromBytesAsCreditMemo(q.value(2).toByteArray()))
        stored.document = *document;
    stored.document.kind = kind;
    // Identity columns are authoritative (an unmappable row's payload is the shop's raw data).
    stored.document.platform = q.value(10).toString();
    stored.document.shopId = q.value(11).toString();
    stored.document.number = q.value(12).toString();
    stored.state = syncStateFromName(q.value(3).toString()).value_or(SyncState::Failed);
    stored.attempts = q.value(4).toInt();
    stored.eboekhoudenId = q.value(5).toString();
    stored.eboekhoudenNumber = q.value(6).toString();
    stored.lastMessage =
        LogMessage::fromStored(q.value(20).toString(), q.value(21).toString(), q.value(7).toString()).text();
    stored.problem = q.value(8).toString();
    stored.stateChangedAt = SqlValues::fromUtc(q.value(9));
    stored.postSent = !q.value(13).isNull();
    stored.bookedRelationId = q.value(14).toString().toLongLong();
    stored.bookedRelationCode = q.value(15).toString();
    if (!q.value(16).isNull())
        stored.bookedAmount = Money::fromCents(q.value(16).toLongLong());
    stored.paymentState = paymentStateFromName(q.value(17).toString(), q.value(19).toInt() != 0);
    stored.payment = LogMessage::fromStored(q.value(22).toString(), q.value(23).toString(), q.value(18).toString());
    stored.paymentMessage = stored.payment.text();
    return stored;
}

} // namespace

DocumentRepository::DocumentRepository(const Database& database)
    : m_database(database)
{}

QSqlDatabase DocumentRepository::db() const
{
    return m_database.connection();
}

QString DocumentRepository::kindName(DocumentKind kind)
{
    return kind == DocumentKind::CreditMemo ? QStringLiteral("creditmemo") : QStringLiteral("invoice");
}

std::optional<qint64> DocumentRepository::upsert(const SalesDocument& document)
{
    return upsertPayload(document, DocumentJson::toBytes(document), {});
}

std::optional<qint64> DocumentRepository::upsert(const CreditMemo& memo)
{
    return upsertPayload(memo, DocumentJson::toBytes(memo), memo.invoiceNumber);
}

std::optional<qint64> DocumentRepository::upsertPayload(const SalesDocument& d, const QByteArray& payload,
                                                        const QString& creditedInvoiceNumber)
{
    // Posted and in-flight documents are left exactly as they were booked (the WHERE of DO UPDATE).
    // A failed or unmappable one whose content changed is offered to the next sync again.
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO documents (platform, kind, shop_id, number, order_id, order_number, website, status, "
        "  document_date, created_at, updated_at, currency, customer_shop_id, customer_email, customer_name, company, "
        "  vat_number, country_code, payment_method, total_excl, total_vat, total_incl, paid, "
        "  credited_invoice_number, payload, problem, sync_state, state_changed_at) "
        "VALUES (:platform, :kind, :shop_id, :number, :order_id, :order_number, :website, :status, :document_date, "
        "  :created_at, :updated_at, :currency, :customer_shop_id, :customer_email, :customer_name, :company, "
        "  :vat_number, :country_code, :payment_method, :total_excl, :total_vat, :total_incl, :paid, "
        "  :credited_invoice_number, :payload, '', 'pending', :now) "
        "ON CONFLICT (platform, kind, shop_id) DO UPDATE SET number = excluded.number, "
        "  order_id = excluded.order_id, order_number = excluded.order_number, website = excluded.website, "
        "  status = excluded.status, document_date = excluded.document_date, created_at = excluded.created_at, "
        "  updated_at = excluded.updated_at, currency = excluded.currency, "
        "  customer_shop_id = excluded.customer_shop_id, customer_email = excluded.customer_email, "
        "  customer_name = excluded.customer_name, company = excluded.company, vat_number = excluded.vat_number, "
        "  country_code = excluded.country_code, payment_method = excluded.payment_method, "
        "  total_excl = excluded.total_excl, total_vat = excluded.total_vat, total_incl = excluded.total_incl, "
        "  paid = excluded.paid, credited_invoice_number = excluded.credited_invoice_number, problem = '', "
        "  sync_state = CASE WHEN documents.sync_state IN ('failed', 'unmappable') "
        "                     AND documents.payload <> excluded.payload THEN 'pending' "
        "                    ELSE documents.sync_state END, "
        "  state_changed_at = CASE WHEN documents.sync_state IN ('failed', 'unmappable') "
        "                     AND documents.payload <> excluded.payload THEN excluded.state_changed_at "
        "                    ELSE documents.state_changed_at END, "
        "  payload = excluded.payload "
        "WHERE documents.sync_state NOT IN ('posted', 'in_flight')"));
    const Address& billing = d.billingAddress;
    q.bindValue(u":platform"_qs, text(d.platform));
    q.bindValue(u":kind"_qs, kindName(d.kind));
    q.bindValue(u":shop_id"_qs, text(d.shopId));
    q.bindValue(u":number"_qs, text(d.number));
    q.bindValue(u":order_id"_qs, text(d.orderId));
    q.bindValue(u":order_number"_qs, text(d.orderNumber));
    q.bindValue(u":website"_qs, text(d.website));
    q.bindValue(u":status"_qs, text(d.status));
    q.bindValue(u":document_date"_qs, text(d.documentDate.toString(Qt::ISODate)));
    q.bindValue(u":created_at"_qs, utc(d.createdAt));
    q.bindValue(u":updated_at"_qs, utc(d.updatedAt));
    q.bindValue(u":currency"_qs, text(d.currency));
    q.bindValue(u":customer_shop_id"_qs, text(d.customer.shopId));
    q.bindValue(u":customer_email"_qs, text(d.customer.email));
    q.bindValue(u":customer_name"_qs, text(customerName(d)));
    q.bindValue(u":company"_qs, text(billing.company.isEmpty() ? d.customer.company : billing.company));
    q.bindValue(u":vat_number"_qs, text(billing.vatNumber.isEmpty() ? d.customer.vatNumber : billing.vatNumber));
    q.bindValue(u":country_code"_qs,
                text(d.shippingAddress.countryCode.isEmpty() ? billing.countryCode : d.shippingAddress.countryCode));
    q.bindValue(u":payment_method"_qs, text(d.paymentMethod));
    q.bindValue(u":total_excl"_qs, qint64(d.totalExcl.cents()));
    q.bindValue(u":total_vat"_qs, qint64(d.totalVat.cents()));
    q.bindValue(u":total_incl"_qs, qint64(d.totalIncl.cents()));
    q.bindValue(u":paid"_qs, d.paid ? 1 : 0);
    q.bindValue(u":credited_invoice_number"_qs, text(creditedInvoiceNumber));
    q.bindValue(u":payload"_qs, text(QString::fromUtf8(payload)));
    q.bindValue(u":now"_qs, nowUtc());
    if (!run(q))
        return std::nullopt;
    if (d.paid) {
        // A booked document stays as it was booked, but a payment the shop registers later is news for the payment
        // step (issue 14): only `paid` and the payments change, the booked content does not.
        // Read, changed and written back here rather than with SQLite's json_set, which PostgreSQL does not have;
        // the write is conditional (paid = 0) like the read, so a second worker's copy changes nothing.
        QSqlQuery booked(db());
        booked.prepare(QStringLiteral("SELECT id, payload FROM documents WHERE platform = ? AND kind = ? "
                                      "AND shop_id = ? AND paid = 0 AND sync_state IN ('posted', 'in_flight')"));
        booked.addBindValue(text(d.platform));
        booked.addBindValue(kindName(d.kind));
        booked.addBindValue(text(d.shopId));
        if (!run(booked))
            return std::nullopt;
        if (booked.next()) {
            const qint64 id = booked.value(0).toLongLong();
            QJsonObject kept = QJsonDocument::fromJson(booked.value(1).toByteArray()).object();
            const QJsonValue payments = QJsonDocument::fromJson(payload).object().value(u"payments"_qs);
            kept.insert(u"paid"_qs, true);
            kept.insert(u"payments"_qs, payments.isUndefined() ? QJsonValue(QJsonValue::Null) : payments);
            QSqlQuery paid(db());
            paid.prepare(QStringLiteral("UPDATE documents SET paid = 1, payload = ? WHERE id = ? AND paid = 0 "
                                        "AND sync_state IN ('posted', 'in_flight')"));
            paid.addBindValue(QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
            paid.addBindValue(id);
            if (!run(paid))
                return std::nullopt;
        }
    }
    if (const std::optional<StoredDocument> stored = findByShopId(d.platform, d.kind, d.shopId))
        return stored->id;
    return std::nullopt;
}

std::optional<qint64> DocumentRepository::upsertUnmappable(const QString& platform, DocumentKind kind,
                                                           const QString& shopId, const QString& number,
                                                           const QByteArray& rawPayload, const QString& reason,
                                                           const QString& status)
{
    QSqlQuery q(db());
    if (!status.isEmpty()) {
        // Booked (or being booked) before the shop changed it: the booking stays, the bookkeeper is told.
        q.prepare(QStringLiteral("UPDATE documents SET status = :status, problem = :problem, last_message = :problem, "
                                 "last_message_code = '', last_message_args = '' WHERE platform = :platform AND kind = "
                                 ":kind AND shop_id = :shop_id "
                                 "AND sync_state IN ('posted', 'in_flight', 'skipped') AND status <> :status"));
        q.bindValue(u":status"_qs, text(status));
        q.bindValue(u":problem"_qs, text(reason));
        q.bindValue(u":platform"_qs, text(platform));
        q.bindValue(u":kind"_qs, kindName(kind));
        q.bindValue(u":shop_id"_qs, text(shopId));
        if (!run(q))
            return std::nullopt;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO documents (platform, kind, shop_id, number, status, payload, problem, sync_state, last_message, "
        "  state_changed_at) "
        "VALUES (:platform, :kind, :shop_id, :number, :status, :payload, :problem, 'unmappable', :problem, :now) "
        "ON CONFLICT (platform, kind, shop_id) DO UPDATE SET number = excluded.number, status = excluded.status, "
        "  payload = excluded.payload, problem = excluded.problem, last_message = excluded.last_message, "
        "  last_message_code = '', last_message_args = '', "
        "  sync_state = 'unmappable', state_changed_at = excluded.state_changed_at "
        "WHERE documents.sync_state NOT IN ('posted', 'in_flight', 'skipped')"));
    q.bindValue(u":platform"_qs, text(platform));
    q.bindValue(u":kind"_qs, kindName(kind));
    q.bindValue(u":shop_id"_qs, text(shopId));
    q.bindValue(u":number"_qs, text(number));
    q.bindValue(u":status"_qs, text(status));
    q.bindValue(u":payload"_qs, text(QString::fromUtf8(rawPayload)));
    q.bindValue(u":problem"_qs, text(reason));
    q.bindValue(u":now"_qs, nowUtc());
    if (!run(q))
        return std::nullopt;
    if (const std::optional<StoredDocument> stored = findByShopId(platform, kind, shopId))
        return stored->id;
    return std::nullopt;
}

std::optional<StoredDocument> DocumentRepository::find(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(selectColumns + u"WHERE id = ?"_qs);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<StoredDocument> DocumentRepository::findByShopId(const QString& platform, DocumentKind kind,
                                                               const QString& shopId) const
{
    QSqlQuery q(db());
    q.prepare(selectColumns + u"WHERE platform = ? AND kind = ? AND shop_id = ?"_qs);
    q.addBindValue(platform);
    q.addBindValue(kindName(kind));
    q.addBindValue(shopId);
    if (!run(q) || !q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<StoredDocument> DocumentRepository::findByNumber(DocumentKind kind, const QString& number) const
{
    QSqlQuery q(db());
    q.prepare(selectColumns + u"WHERE kind = ? AND number = ? ORDER BY id LIMIT 1"_qs);
    q.addBindValue(kindName(kind));
    q.addBindValue(number);
    if (!run(q) || !q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<StoredDocument> DocumentRepository::latestOfCustomer(const QString& platform,
                                                                   const Customer& customer) const
{
    QSqlQuery q(db());
    const bool byShopId = !customer.shopId.isEmpty();
    q.prepare(selectColumns +
              (byShopId ? u"WHERE platform = ? AND customer_shop_id = ? "_qs
                        : u"WHERE platform = ? AND customer_email = ? AND customer_email <> '' "_qs) +
              u"ORDER BY document_date DESC, id DESC LIMIT 1"_qs);
    q.addBindValue(platform);
    q.addBindValue(byShopId ? customer.shopId : customer.email);
    if (!run(q) || !q.next())
        return std::nullopt;
    return readRow(q);
}

bool DocumentRepository::transition(qint64 id, SyncState from, SyncState to, const Transition& details)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "UPDATE documents SET sync_state = :to, last_message = :message, last_message_code = :message_code, "
        "  last_message_args = :message_args, state_changed_at = :now, "
        "  attempts = attempts + :attempt, post_sent_at = NULL, "
        // Who holds it while it is in flight (step 14); nobody once it leaves that state.
        "  claimed_by = CASE WHEN :to_state = 'in_flight' THEN :worker ELSE '' END, "
        // The casts tell PostgreSQL the parameters' types, which it cannot infer from "? = ''" or "? IS NULL".
        "  eboekhouden_id = CASE WHEN CAST(:id_given AS TEXT) = '' THEN eboekhouden_id ELSE :id_given END, "
        "  eboekhouden_number = CASE WHEN CAST(:number_given AS TEXT) = '' THEN eboekhouden_number "
        "                       ELSE :number_given END, "
        "  booked_relation_id = CASE WHEN CAST(:relation_given AS TEXT) = '' THEN booked_relation_id "
        "                       ELSE :relation_given END, "
        "  booked_relation_code = CASE WHEN CAST(:code_given AS TEXT) = '' THEN booked_relation_code "
        "                         ELSE :code_given END, "
        "  booked_amount = CASE WHEN CAST(:amount_given AS BIGINT) IS NULL THEN booked_amount "
        "                  ELSE :amount_given END "
        "WHERE id = :row AND sync_state = :from"));
    const QString worker = to == SyncState::InFlight ? m_database.workerId() : QString();
    if (to == SyncState::InFlight && worker.isEmpty())
        return false; // no claim that another worker could not tell from a crashed one
    q.bindValue(u":to"_qs, syncStateName(to));
    q.bindValue(u":to_state"_qs, syncStateName(to));
    q.bindValue(u":worker"_qs, text(worker));
    q.bindValue(u":message"_qs, text(details.message.text()));
    q.bindValue(u":message_code"_qs, text(details.message.code()));
    q.bindValue(u":message_args"_qs, text(details.message.argumentsJson()));
    q.bindValue(u":now"_qs, nowUtc());
    q.bindValue(u":attempt"_qs, details.countsAsAttempt ? 1 : 0);
    q.bindValue(u":id_given"_qs, text(details.eboekhoudenId));
    q.bindValue(u":number_given"_qs, text(details.eboekhoudenNumber));
    q.bindValue(u":relation_given"_qs, details.relationId > 0 ? QString::number(details.relationId) : text({}));
    q.bindValue(u":code_given"_qs, text(details.relationCode));
    q.bindValue(u":amount_given"_qs, details.amount ? QVariant(qint64(details.amount->cents())) : QVariant());
    q.bindValue(u":row"_qs, id);
    q.bindValue(u":from"_qs, syncStateName(from));
    return run(q) && q.numRowsAffected() == 1;
}

bool DocumentRepository::transition(qint64 id, SyncState from, SyncState to)
{
    return transition(id, from, to, Transition{});
}

bool DocumentRepository::takeOver(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(u"SELECT claimed_by FROM documents WHERE id = ? AND sync_state = ?"_qs);
    q.addBindValue(id);
    q.addBindValue(syncStateName(SyncState::InFlight));
    if (!run(q) || !q.next())
        return false;
    const QString holder = q.value(0).toString();
    const QString me = m_database.workerId();
    if (me.isEmpty())
        return false;
    if (holder == me)
        return true;
    // A live worker's document is its own; a crashed one's goes to exactly one of those who find it.
    if (WorkerClaims::isAlive(m_database, holder))
        return false;
    QSqlQuery take(db());
    take.prepare(u"UPDATE documents SET claimed_by = ? WHERE id = ? AND sync_state = ? AND claimed_by = ?"_qs);
    take.addBindValue(me);
    take.addBindValue(id);
    take.addBindValue(syncStateName(SyncState::InFlight));
    take.addBindValue(text(holder));
    return run(take) && take.numRowsAffected() == 1;
}

QString DocumentRepository::claimedBy(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT claimed_by FROM documents WHERE id = ?"_qs);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return {};
    return q.value(0).toString();
}

bool DocumentRepository::markPostSent(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE documents SET post_sent_at = ? WHERE id = ? AND sync_state = ?"_qs);
    q.addBindValue(nowUtc());
    q.addBindValue(id);
    q.addBindValue(syncStateName(SyncState::InFlight));
    return run(q) && q.numRowsAffected() == 1;
}

QList<qint64> DocumentRepository::idsInState(DocumentKind kind, SyncState state, int limit) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id FROM documents WHERE kind = ? AND sync_state = ? ORDER BY document_date, id LIMIT ?"_qs);
    q.addBindValue(kindName(kind));
    q.addBindValue(syncStateName(state));
    q.addBindValue(limit);
    QList<qint64> ids;
    if (!run(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

int DocumentRepository::count(DocumentKind kind, std::optional<SyncState> state) const
{
    QSqlQuery q(db());
    if (state) {
        q.prepare(u"SELECT COUNT(*) FROM documents WHERE kind = ? AND sync_state = ?"_qs);
        q.addBindValue(kindName(kind));
        q.addBindValue(syncStateName(*state));
    } else {
        q.prepare(u"SELECT COUNT(*) FROM documents WHERE kind = ?"_qs);
        q.addBindValue(kindName(kind));
    }
    if (!run(q) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool DocumentRepository::recordDebtor(qint64 id, qint64 relationId, const QString& relationCode)
{
    QSqlQuery q(db());
    q.prepare(
        u"UPDATE documents SET booked_relation_id = ?, booked_relation_code = ? WHERE id = ? AND sync_state = ?"_qs);
    q.addBindValue(QString::number(relationId));
    q.addBindValue(text(relationCode));
    q.addBindValue(id);
    q.addBindValue(syncStateName(SyncState::InFlight));
    return run(q) && q.numRowsAffected() == 1;
}

bool DocumentRepository::setPaymentState(qint64 id, PaymentState state, const LogMessage& message)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE documents SET payment_state = ?, payment_message = ?, payment_message_code = ?, "
              u"payment_message_args = ? WHERE id = ?"_qs);
    q.addBindValue(text(paymentStateName(state)));
    q.addBindValue(text(message.text()));
    q.addBindValue(text(message.code()));
    q.addBindValue(text(message.argumentsJson()));
    q.addBindValue(id);
    return run(q) && q.numRowsAffected() == 1;
}

bool DocumentRepository::offerAgain(qint64 id, const LogMessage& message)
{
    // Only a booked document: its booking in e-Boekhouden is not its own, so nothing of it is booked.
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "UPDATE documents SET sync_state = 'pending', last_message = ?, last_message_code = ?, "
        "  last_message_args = ?, state_changed_at = ?, attempts = 0, "
        "  eboekhouden_id = '', eboekhouden_number = '', booked_relation_id = '', booked_relation_code = '', "
        "  booked_amount = NULL, payment_state = '', payment_message = '', payment_message_code = '', "
        "  payment_message_args = '', post_sent_at = NULL, claimed_by = '' "
        "WHERE id = ? AND sync_state = 'posted'"));
    q.addBindValue(text(message.text()));
    q.addBindValue(text(message.code()));
    q.addBindValue(text(message.argumentsJson()));
    q.addBindValue(nowUtc());
    q.addBindValue(id);
    return run(q) && q.numRowsAffected() == 1;
}

int DocumentRepository::countPayments(DocumentKind kind, PaymentState state) const
{
    QSqlQuery q(db());
    QString condition;
    switch (state) {
    case PaymentState::None:
        condition = QStringLiteral("payment_state = '' AND paid = 0");
        break;
    case PaymentState::Pending: // paid, and its document booked: the payment step's work
        condition = QStringLiteral("payment_state = '' AND paid = 1 AND sync_state = 'posted'");
        break;
    default:
        condition = QStringLiteral("payment_state = '%1'").arg(paymentStateName(state)); // our own constant
        break;
    }
    q.prepare(u"SELECT COUNT(*) FROM documents WHERE kind = ? AND sync_state NOT IN ('unmappable') AND "_qs +
              condition);
    q.addBindValue(kindName(kind));
    if (!run(q) || !q.next())
        return -1;
    return q.value(0).toInt();
}
