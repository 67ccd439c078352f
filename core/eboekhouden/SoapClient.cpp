#include "SoapClient.h"

#include "eboekhouden/SoapEnvelope.h"
#include "eboekhouden/SoapReplyParser.h"
#include "eboekhouden/SoapRequestWriter.h"
#include "logging/Redactor.h"

using Keys = SoapRequestWriter::SessionKeys;

SoapClient::SoapClient(QString username, QString securityCode1, QString securityCode2, Settings settings)
    : m_username(std::move(username))
    , m_securityCode1(std::move(securityCode1))
    , m_securityCode2(std::move(securityCode2))
    , m_settings(std::move(settings))
    , m_transport(m_settings.timeoutMs)
{
    Redactor::remember(m_securityCode1);
    Redactor::remember(m_securityCode2);
}

SoapClient::~SoapClient() = default;

QDateTime SoapClient::now() const
{
    return m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
}

HttpReply SoapClient::post(const QString& operation, const QByteArray& envelope)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_settings.endpoint;
    request.headers = {{"Content-Type", "text/xml; charset=utf-8"},
                       {"SOAPAction", '"' + SoapEnvelope::soapAction(operation) + '"'}};
    request.body = envelope;
    return m_transport.send(request);
}

namespace {

// The HTTP-level outcome of a SOAP post: an ApiError unless there is an envelope to read. Faults come with
// HTTP 500 and are read from the envelope.
std::optional<ApiError> transportProblem(const HttpReply& reply)
{
    if (reply.status == 0)
        return ApiError::make(ApiError::Kind::Network, {}, reply.networkError);
    if (reply.status == 200 || (reply.status == 500 && reply.body.contains("Fault")))
        return std::nullopt;
    ApiError error = ApiError::fromServiceCode({}, reply.status, {}, {});
    return error;
}

} // namespace

Result<Done> SoapClient::openSession()
{
    const HttpReply reply =
        post(QStringLiteral("OpenSession"),
             SoapRequestWriter::openSession(m_username, m_securityCode1, m_securityCode2, m_settings.source));
    if (const std::optional<ApiError> problem = transportProblem(reply))
        return *problem;
    Result<QString> session = SoapReplyParser::sessionId(reply.body);
    if (!session.ok()) {
        ApiError error = session.error();
        // Any business error on OpenSession is about the login.
        if (error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::NotFound)
            error.kind = ApiError::Kind::AuthFailed;
        return error;
    }
    m_sessionId = session.value();
    Redactor::remember(m_sessionId);
    m_sessionOpened = now();
    return Done{};
}

void SoapClient::closeSession()
{
    if (m_sessionId.isEmpty())
        return;
    post(QStringLiteral("CloseSession"), SoapRequestWriter::closeSession(m_sessionId)); // best effort
    m_sessionId.clear();
}

template <typename T>
Result<T> SoapClient::call(const QString& operation, const Envelope& envelope,
                           const std::function<Result<T>(const QByteArray&)>& parse)
{
    bool reopened = false;
    for (;;) {
        if (m_sessionId.isEmpty() || m_sessionOpened.secsTo(now()) >= m_settings.sessionLifetimeSeconds) {
            const Result<Done> opened = openSession();
            if (!opened.ok())
                return opened.error();
        }
        const HttpReply reply = post(operation, envelope(m_sessionId, m_securityCode2));
        if (const std::optional<ApiError> problem = transportProblem(reply))
            return *problem;
        Result<T> result = parse(reply.body);
        // SOAP's code for an expired session is not published (C7): a refused login, or an error we cannot place
        // on a read, gets one fresh session. A write is retried only on a refused login: an unplaceable error
        // there might not mean "nothing was booked".
        const bool retry = !result.ok() && (result.error().kind == ApiError::Kind::AuthFailed ||
                                            (result.error().unclassified && result.error().duringRead));
        if (retry && !reopened) {
            reopened = true;
            m_sessionId.clear();
            continue;
        }
        return result;
    }
}

Result<ConnectionInfo> SoapClient::testConnection()
{
    const Result<Done> opened = openSession();
    if (!opened.ok())
        return opened.error();
    // As over REST (API-eboekhouden.md C1): the proof is a read every login may make, the ledger accounts, which
    // also says how many there are.
    const Result<QList<Ledger>> readable = ledgers();
    if (!readable.ok())
        return readable.error();
    ConnectionInfo info;
    info.api = apiName();
    info.ledgerCount = int(readable.value().size());
    const Result<QString> name = call<QString>(
        QStringLiteral("GetAdministraties"),
        [](const QString& id, const QString& code2) {
            return SoapRequestWriter::getAdministraties(Keys{id, code2});
        },
        SoapReplyParser::administrationName);
    if (!name.ok()) {
        // A login without sub-administrations may list none; the session itself already proved the codes.
        if (name.error().kind == ApiError::Kind::NotFound)
            return info;
        return name.error();
    }
    info.administrationName = name.value();
    return info;
}

Result<QList<Relation>> SoapClient::findRelationsByCode(const QString& code)
{
    const Result<QList<Relation>> found = call<QList<Relation>>(
        QStringLiteral("GetRelaties"),
        [&](const QString& id, const QString& code2) {
            return SoapRequestWriter::getRelaties(Keys{id, code2}, code, {});
        },
        SoapReplyParser::relations);
    if (!found.ok())
        return found.error();
    QList<Relation> exact;
    for (const Relation& r : found.value()) {
        if (r.code == code)
            exact.append(r);
    }
    return exact;
}

Result<Relation> SoapClient::relation(qint64 id)
{
    if (id <= 0)
        return ApiError::make(ApiError::Kind::NotFound, QStringLiteral("REL_054"),
                              QStringLiteral("relation id missing"), QStringLiteral("id"));
    const Result<QList<Relation>> found = call<QList<Relation>>(
        QStringLiteral("GetRelaties"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::getRelaties(Keys{sid, code2}, {}, {}, id);
        },
        SoapReplyParser::relations);
    if (!found.ok())
        return found.error();
    // Only the relation with exactly this id: a service that ignored the filter must not hand us another one.
    for (const Relation& r : found.value()) {
        if (r.id == id)
            return r;
    }
    return ApiError::make(ApiError::Kind::NotFound, QStringLiteral("REL_055"), QStringLiteral("relation not found"),
                          QStringLiteral("id"));
}

Result<QList<Relation>> SoapClient::allRelations()
{
    // No code, no keyword, ID 0: every relation of the administration, with its details (WSDL cRelatieFilter).
    return call<QList<Relation>>(
        QStringLiteral("GetRelaties"),
        [&](const QString& id, const QString& code2) {
            return SoapRequestWriter::getRelaties(Keys{id, code2}, {}, {});
        },
        SoapReplyParser::relations);
}

Result<QList<Relation>> SoapClient::findRelationsByEmail(const QString& email)
{
    // SOAP has no e-mail filter: search the keyword, keep exact (case-insensitive) address matches.
    const Result<QList<Relation>> found = call<QList<Relation>>(
        QStringLiteral("GetRelaties"),
        [&](const QString& id, const QString& code2) {
            return SoapRequestWriter::getRelaties(Keys{id, code2}, {}, email);
        },
        SoapReplyParser::relations);
    if (!found.ok())
        return found.error();
    QList<Relation> exact;
    for (const Relation& r : found.value()) {
        if (r.emailAddress.compare(email, Qt::CaseInsensitive) == 0)
            exact.append(r);
    }
    return exact;
}

Result<Relation> SoapClient::createRelation(const Relation& relation)
{
    const Result<qint64> id = call<qint64>(
        QStringLiteral("AddRelatie"),
        [&](const QString& sid, const QString& code2) {
            Relation fresh = relation;
            fresh.id = 0;
            return SoapRequestWriter::addRelatie(Keys{sid, code2}, fresh);
        },
        SoapReplyParser::relationId);
    if (!id.ok())
        return id.error();
    Relation created = relation;
    created.id = id.value();
    return created;
}

Result<Done> SoapClient::updateRelation(const Relation& relation)
{
    return call<Done>(
        QStringLiteral("UpdateRelatie"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::updateRelatie(Keys{sid, code2}, relation);
        },
        [](const QByteArray& body) { return SoapReplyParser::done(body, QStringLiteral("UpdateRelatie")); });
}

Result<QList<Ledger>> SoapClient::ledgers(const QString& code)
{
    return call<QList<Ledger>>(
        QStringLiteral("GetGrootboekrekeningen"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::getGrootboekrekeningen(Keys{sid, code2}, code);
        },
        SoapReplyParser::ledgers);
}

Result<QList<InvoiceTemplate>> SoapClient::invoiceTemplates()
{
    return ApiError::make(ApiError::Kind::Unsupported, {},
                          tr("The SOAP connection cannot list invoice templates. Type the template name exactly as "
                             "it appears in e-Boekhouden."));
}

Result<QList<CostCenter>> SoapClient::costCenters()
{
    return call<QList<CostCenter>>(
        QStringLiteral("GetKostenplaatsen"),
        [](const QString& sid, const QString& code2) {
            return SoapRequestWriter::getKostenplaatsen(Keys{sid, code2});
        },
        SoapReplyParser::costCenters);
}

ApiError SoapClient::invoiceLineVatRefusal(const QString& invoiceNumber)
{
    const QString which = invoiceNumber.isEmpty() ? tr("This invoice") : tr("Invoice %1").arg(invoiceNumber);
    return ApiError::ours(
        ApiError::Kind::Validation, QStringLiteral("AFW_VERK"),
        tr("%1 needs VAT code AFW_VERK with the shop's own VAT amount, and an invoice through the SOAP connection "
           "(username and security codes) cannot carry a VAT amount, so e-Boekhouden would book it without its "
           "VAT. Nothing was posted. Book invoices as sales mutations (Settings > Booking), or connect with an API "
           "token, then push the document again.")
            .arg(which),
        QStringLiteral("items.vatAmount"));
}

ApiError SoapClient::pricesIncludingVatRefusal(const QString& invoiceNumber)
{
    const QString which = invoiceNumber.isEmpty() ? tr("This invoice") : tr("Invoice %1").arg(invoiceNumber);
    return ApiError::ours(
        ApiError::Kind::Validation, {},
        tr("%1 matches the shop's VAT to the cent only with prices including VAT, and an invoice through the SOAP "
           "connection (username and security codes) takes prices excluding VAT. Nothing was posted. Book invoices "
           "as sales mutations (Settings > Booking), or connect with an API token, then push the document again.")
            .arg(which),
        QStringLiteral("inExVat"));
}

Result<QList<Product>> SoapClient::findProductsByCode(const QString& code)
{
    const Result<QList<Product>> found = call<QList<Product>>(
        QStringLiteral("GetArtikelen"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::getArtikelen(Keys{sid, code2}, code);
        },
        SoapReplyParser::products);
    if (!found.ok())
        return found;
    QList<Product> exact;
    for (const Product& p : found.value()) {
        if (p.code == code)
            exact.append(p);
    }
    return exact;
}

Result<qint64> SoapClient::createProduct(const Product&)
{
    // The WSDL has no operation that adds an article (§2.4).
    return ApiError::make(ApiError::Kind::Unsupported, {}, tr("The SOAP connection cannot create products."));
}

Result<CreatedInvoice> SoapClient::createInvoice(const InvoiceRequest& invoice)
{
    for (const InvoiceRequest::Line& line : invoice.lines) {
        if (line.vatAmount || line.vatCode == QLatin1String("AFW_VERK"))
            return invoiceLineVatRefusal(invoice.invoiceNumber); // before anything is sent (C3)
    }
    if (invoice.pricesIncludeVat)
        return pricesIncludingVatRefusal(invoice.invoiceNumber);
    const Result<QString> number = call<QString>(
        QStringLiteral("AddFactuur"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::addFactuur(Keys{sid, code2}, invoice);
        },
        SoapReplyParser::invoiceNumber);
    if (!number.ok())
        return number.error();
    return CreatedInvoice{0, number.value()};
}

Result<qint64> SoapClient::createMutation(const MutationRequest& mutation)
{
    // SOAP books the four amounts we send (API-eboekhouden.md §2.5, §4 item 8): a row whose amounts were not filled
    // in from its Posting, or do not add up, would be booked wrong. Refused before anything is sent.
    for (qsizetype i = 0; i < mutation.rows.size(); ++i) {
        const MutationRequest::Row& row = mutation.rows.at(i);
        const Money entered = mutation.amountsIncludeVat ? row.amountIncl : row.amountExcl;
        if (row.amountExcl + row.vat != row.amountIncl || row.amount != entered)
            return ApiError::ours(ApiError::Kind::Validation, {},
                                  tr("Row %1 of %2 was not sent: its amounts do not add up (%3 excl. VAT + %4 VAT "
                                     "is not %5 incl. VAT, entered %6). Nothing was booked. This is a fault in "
                                     "Boekhoudbrug: please report it with this message.")
                                      .arg(i + 1)
                                      .arg(mutation.invoiceNumber, row.amountExcl.toDecimalString(),
                                           row.vat.toDecimalString(), row.amountIncl.toDecimalString(),
                                           row.amount.toDecimalString()),
                                  QStringLiteral("rows[%1]").arg(i));
    }
    return call<qint64>(
        QStringLiteral("AddMutatie"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::addMutatie(Keys{sid, code2}, mutation);
        },
        SoapReplyParser::mutationNumber);
}

Result<QList<MutationSummary>> SoapClient::findMutationsByInvoiceNumber(const QString& invoiceNumber)
{
    return call<QList<MutationSummary>>(
        QStringLiteral("GetMutaties"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::getMutaties(Keys{sid, code2}, invoiceNumber);
        },
        SoapReplyParser::mutations);
}

Result<QList<MutationSummary>> SoapClient::salesMutations(const QDate& from, const QDate& until)
{
    const Result<QList<MutationSummary>> all = call<QList<MutationSummary>>(
        QStringLiteral("GetMutaties"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::getMutatiesOfPeriod(Keys{sid, code2}, from, until);
        },
        SoapReplyParser::mutations);
    if (!all.ok())
        return all;
    // GetMutaties reportedly stops at 500 rows (API-eboekhouden.md §2 [unsure]): a full answer may be cut short,
    // and a reconciliation on part of the period would name bookings as missing that are there.
    if (all.value().size() >= maxMutationsPerCall) {
        return ApiError::ours(ApiError::Kind::Unsupported, {},
                              tr("e-Boekhouden's SOAP API answers at most %1 bookings at a time: reconcile a "
                                 "shorter period.")
                                  .arg(maxMutationsPerCall));
    }
    QList<MutationSummary> sales;
    for (const MutationSummary& m : all.value())
        if (m.type == 2) // SOAP has no filter on the kind (cMutatieFilter)
            sales.append(m);
    return sales;
}

Result<QList<InvoiceSummary>> SoapClient::findInvoicesByInvoiceNumber(const QString& invoiceNumber)
{
    return call<QList<InvoiceSummary>>(
        QStringLiteral("GetFacturen"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::getFacturen(Keys{sid, code2}, invoiceNumber);
        },
        SoapReplyParser::invoices);
}

Result<QList<OutstandingItem>> SoapClient::outstandingItems(OutstandingItem::Side side, const QString& invoiceNumber)
{
    const Result<QList<OutstandingItem>> all = call<QList<OutstandingItem>>(
        QStringLiteral("GetOpenPosten"),
        [&](const QString& sid, const QString& code2) {
            return SoapRequestWriter::getOpenPosten(Keys{sid, code2}, side);
        },
        SoapReplyParser::outstandingItems);
    if (!all.ok() || invoiceNumber.isEmpty())
        return all;
    QList<OutstandingItem> matching;
    for (const OutstandingItem& item : all.value()) {
        if (item.invoiceNumber == invoiceNumber)
            matching.append(item);
    }
    return matching;
}
