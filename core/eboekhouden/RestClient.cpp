#include "RestClient.h"

#include "eboekhouden/RestReplyParser.h"
#include "eboekhouden/RestRequestWriter.h"
#include "logging/Redactor.h"

#include <QEventLoop>
#include <QHash>
#include <QRegularExpression>
#include <QTimer>

namespace {

void waitOnEventLoop(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

RestClient::RestClient(QString accessToken, Settings settings)
    : m_accessToken(std::move(accessToken))
    , m_settings(std::move(settings))
    , m_transport(m_settings.timeoutMs)
{
    m_settings.source = normalizedSource(m_settings.source);
    m_settings.pageSize = qBound(1, m_settings.pageSize, 2000);
    Redactor::remember(m_accessToken);
}

RestClient::~RestClient() = default;

QString RestClient::normalizedSource(const QString& source)
{
    QString cleaned = source;
    cleaned.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_ ]")));
    cleaned = cleaned.left(10);
    return cleaned.isEmpty() ? QStringLiteral("Boekhbrug") : cleaned;
}

QDateTime RestClient::now() const
{
    return m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
}

ApiError RestClient::transportError(const HttpReply& reply) const
{
    ApiError error = ApiError::make(ApiError::Kind::Network, {}, reply.networkError);
    return error;
}

Result<Done> RestClient::openSession()
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_settings.baseUrl.resolved(QUrl(QStringLiteral("/v1/session")));
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.body = RestRequestWriter::session(m_accessToken, m_settings.source);
    const HttpReply reply = m_transport.send(request);
    if (reply.status == 0)
        return transportError(reply);
    if (reply.status < 200 || reply.status >= 300) {
        ApiError error =
            RestReplyParser::error(reply.status, reply.body, HttpTransport::retryAfterSeconds(reply, now()));
        // 401/403 on the session call can only mean the token itself.
        if (reply.status == 401 || reply.status == 403)
            error.kind = ApiError::Kind::AuthFailed;
        return error;
    }
    const Result<RestSession> session = RestReplyParser::session(reply.body);
    if (!session.ok())
        return session.error();
    m_sessionToken = session.value().token;
    Redactor::remember(m_sessionToken);
    const int lifetime =
        session.value().expiresInSeconds >= 0 ? session.value().expiresInSeconds : m_settings.assumedSessionSeconds;
    m_sessionExpires = now().addSecs(lifetime);
    return Done{};
}

void RestClient::closeSession()
{
    if (m_sessionToken.isEmpty())
        return;
    HttpRequest request;
    request.method = "DELETE";
    request.url = m_settings.baseUrl.resolved(QUrl(QStringLiteral("/v1/session")));
    const QByteArray token = m_sessionToken.toUtf8();
    request.headers = {
        {"Authorization", m_settings.authorization == Authorization::BearerToken ? "Bearer " + token : token}};
    m_transport.send(request); // best effort: the session expires on its own anyway
    m_sessionToken.clear();
}

Result<QByteArray> RestClient::call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                                    const QByteArray& body)
{
    bool renewedAfter401 = false;
    int rateLimitRetries = 0;
    for (;;) {
        if (m_sessionToken.isEmpty() || now().secsTo(m_sessionExpires) <= m_settings.renewMarginSeconds) {
            const Result<Done> opened = openSession();
            if (!opened.ok())
                return opened.error();
        }
        HttpRequest request;
        request.method = method;
        QUrl url = m_settings.baseUrl.resolved(QUrl(path));
        url.setQuery(query);
        request.url = url;
        const QByteArray token = m_sessionToken.toUtf8();
        request.headers = {
            {"Authorization", m_settings.authorization == Authorization::BearerToken ? "Bearer " + token : token},
            {"Accept", "application/json"}};
        if (!body.isEmpty())
            request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.body = body;

        const HttpReply reply = m_transport.send(request);
        if (reply.status == 0)
            return transportError(reply);
        if (reply.status == 401 && !renewedAfter401) {
            // The session ended early (revoked, server restart): start a new one and try once more.
            renewedAfter401 = true;
            m_sessionToken.clear();
            continue;
        }
        if (reply.status == 429) {
            const int wait = HttpTransport::retryAfterSeconds(reply, now());
            if (wait >= 0 && wait <= m_settings.maxRateLimitWaitSeconds &&
                rateLimitRetries < m_settings.maxRateLimitRetries) {
                ++rateLimitRetries;
                Log::info(QStringLiteral("e-Boekhouden asked to slow down; waiting %1 s before retrying").arg(wait));
                if (m_settings.wait)
                    m_settings.wait(wait);
                else
                    waitOnEventLoop(wait);
                continue;
            }
            return RestReplyParser::error(reply.status, reply.body, wait);
        }
        if (reply.status < 200 || reply.status >= 300) {
            ApiError error =
                RestReplyParser::error(reply.status, reply.body, HttpTransport::retryAfterSeconds(reply, now()));
            error.duringRead = method == "GET";
            return error;
        }
        return reply.body;
    }
}

template <typename T>
Result<QList<T>> RestClient::getAll(const QString& path, QUrlQuery query,
                                    const std::function<Result<QList<T>>(const QByteArray&)>& parse)
{
    QList<T> all;
    for (int offset = 0;; offset += m_settings.pageSize) {
        QUrlQuery page = query;
        page.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pageSize));
        page.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        const Result<QByteArray> body = call("GET", path, page);
        if (!body.ok())
            return body.error();
        const Result<QList<T>> items = parse(body.value());
        if (!items.ok())
            return items.error();
        all += items.value();
        if (items.value().size() < m_settings.pageSize)
            return all;
    }
}

Result<ConnectionInfo> RestClient::testConnection()
{
    const Result<Done> opened = openSession();
    if (!opened.ok())
        return opened.error();
    // The proof is a read every token may make (API-eboekhouden.md C1): the ledger accounts, in one page of
    // the largest size the API allows (§1.2), so that the same answer also says how many there are.
    constexpr int largestPage = 2000;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(largestPage));
    query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    const Result<QByteArray> body = call("GET", QStringLiteral("/v1/ledger"), query);
    if (!body.ok())
        return body.error();
    const Result<QList<Ledger>> ledgers = RestReplyParser::ledgerList(body.value());
    if (!ledgers.ok())
        return ledgers.error();
    ConnectionInfo info;
    info.api = apiName();
    info.ledgerCount = int(ledgers.value().size());
    info.ledgerCountIsMinimum = info.ledgerCount >= largestPage;

    // Only an accountant's token may list administrations; a regular token is refused with 403 EP_001 (C1),
    // which here only means "no name to show", not a failed test.
    const Result<QByteArray> administrations = call("GET", QStringLiteral("/v1/administration"));
    if (!administrations.ok()) {
        if (administrations.error().code == QLatin1String("EP_001") || administrations.error().httpStatus == 403)
            return info;
        return administrations.error();
    }
    const Result<QStringList> names = RestReplyParser::administrations(administrations.value());
    if (!names.ok())
        return names.error();
    info.administrations = names.value();
    info.administrationName = info.administrations.value(0);
    return info;
}

Result<Relation> RestClient::relation(qint64 id)
{
    if (id <= 0)
        return ApiError::make(ApiError::Kind::NotFound, QStringLiteral("REL_054"),
                              QStringLiteral("relation id missing"), QStringLiteral("id"));
    const Result<QByteArray> body = call("GET", QStringLiteral("/v1/relation/%1").arg(id));
    if (!body.ok())
        return body.error();
    return RestReplyParser::relation(body.value());
}

Result<QList<Relation>> RestClient::relationDetails(const Result<QList<Relation>>& thin)
{
    if (!thin.ok())
        return thin.error();
    // The list only has id, type and code; the details come one relation at a time.
    QList<Relation> relations;
    for (const Relation& r : thin.value()) {
        const Result<Relation> detail = relation(r.id);
        if (!detail.ok())
            return detail.error();
        relations.append(detail.value());
    }
    return relations;
}

Result<QList<Relation>> RestClient::findRelationsByCode(const QString& code)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    return relationDetails(getAll<Relation>(QStringLiteral("/v1/relation"), query, RestReplyParser::relationList));
}

Result<QList<Relation>> RestClient::findRelationsByEmail(const QString& email)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    return relationDetails(getAll<Relation>(QStringLiteral("/v1/relation"), query, RestReplyParser::relationList));
}

Result<QList<Relation>> RestClient::relationCodes()
{
    // The largest page the API allows (§1.6: limit up to 2000), whatever the page size set for other lists:
    // an administration of 5,000 relations costs three calls.
    constexpr int largestPage = 2000;
    QList<Relation> all;
    for (int offset = 0;; offset += largestPage) {
        QUrlQuery page;
        page.addQueryItem(QStringLiteral("limit"), QString::number(largestPage));
        page.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        const Result<QByteArray> body = call("GET", QStringLiteral("/v1/relation"), page);
        if (!body.ok())
            return body.error();
        const Result<QList<Relation>> items = RestReplyParser::relationList(body.value());
        if (!items.ok())
            return items.error();
        all += items.value();
        if (items.value().size() < largestPage)
            return all;
    }
}

Result<Relation> RestClient::createRelation(const Relation& relation)
{
    const Result<QByteArray> body =
        call("POST", QStringLiteral("/v1/relation"), {}, RestRequestWriter::relation(relation));
    if (!body.ok())
        return body.error();
    const Result<Relation> created = RestReplyParser::createdRelation(body.value());
    if (!created.ok())
        return created.error();
    Relation result = relation;
    result.id = created.value().id;
    if (!created.value().code.isEmpty())
        result.code = created.value().code;
    return result;
}

Result<Done> RestClient::updateRelation(const Relation& relation)
{
    if (relation.id <= 0)
        return ApiError::make(ApiError::Kind::NotFound, QStringLiteral("REL_054"),
                              QStringLiteral("relation id missing"), QStringLiteral("id"));
    const Result<QByteArray> body =
        call("PATCH", QStringLiteral("/v1/relation/%1").arg(relation.id), {}, RestRequestWriter::relation(relation));
    if (!body.ok())
        return body.error();
    return Done{};
}

Result<QList<Ledger>> RestClient::ledgers(const QString& code)
{
    QUrlQuery query;
    if (!code.isEmpty())
        query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    return getAll<Ledger>(QStringLiteral("/v1/ledger"), query, RestReplyParser::ledgerList);
}

Result<QList<InvoiceTemplate>> RestClient::invoiceTemplates()
{
    return getAll<InvoiceTemplate>(QStringLiteral("/v1/invoicetemplate"), {}, RestReplyParser::invoiceTemplateList);
}

Result<QList<CostCenter>> RestClient::costCenters()
{
    return getAll<CostCenter>(QStringLiteral("/v1/costcenter"), {}, RestReplyParser::costCenterList);
}

Result<QList<Product>> RestClient::findProductsByCode(const QString& code)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    const Result<QList<Product>> found =
        getAll<Product>(QStringLiteral("/v1/product"), query, RestReplyParser::productList);
    if (!found.ok())
        return found;
    QList<Product> exact; // "code" is an equality filter (§1.2); keep it so whatever the service does
    for (const Product& p : found.value()) {
        if (p.code == code)
            exact.append(p);
    }
    return exact;
}

Result<qint64> RestClient::createProduct(const Product& product)
{
    const Result<QByteArray> body =
        call("POST", QStringLiteral("/v1/product"), {}, RestRequestWriter::product(product));
    if (!body.ok())
        return body.error();
    return RestReplyParser::createdId(body.value());
}

Result<CreatedInvoice> RestClient::createInvoice(const InvoiceRequest& invoice)
{
    const Result<QByteArray> body =
        call("POST", QStringLiteral("/v1/invoice"), {}, RestRequestWriter::invoice(invoice));
    if (!body.ok())
        return body.error();
    return RestReplyParser::createdInvoice(body.value());
}

Result<qint64> RestClient::createMutation(const MutationRequest& mutation)
{
    const Result<QByteArray> body =
        call("POST", QStringLiteral("/v1/mutation"), {}, RestRequestWriter::mutation(mutation));
    if (!body.ok())
        return body.error();
    return RestReplyParser::createdId(body.value());
}

Result<QList<MutationSummary>> RestClient::findMutationsByInvoiceNumber(const QString& invoiceNumber)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("invoiceNumber"), QString::fromLatin1(QUrl::toPercentEncoding(invoiceNumber)));
    return getAll<MutationSummary>(QStringLiteral("/v1/mutation"), query, RestReplyParser::mutationList);
}

Result<QList<MutationSummary>> RestClient::salesMutations(const QDate& from, const QDate& until)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("2"));
    // The date operators of §1.2: inclusive on both ends.
    query.addQueryItem(QStringLiteral("date[range]"), from.toString(Qt::ISODate) + u',' + until.toString(Qt::ISODate));
    return getAll<MutationSummary>(QStringLiteral("/v1/mutation"), query, RestReplyParser::mutationList);
}

Result<MutationSummary> RestClient::mutation(qint64 id)
{
    const Result<QByteArray> body = call("GET", QStringLiteral("/v1/mutation/%1").arg(id));
    if (!body.ok())
        return body.error();
    return RestReplyParser::mutationDetail(body.value());
}

Result<QList<InvoiceSummary>> RestClient::findInvoicesByInvoiceNumber(const QString& invoiceNumber)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("invoiceNumber"), QString::fromLatin1(QUrl::toPercentEncoding(invoiceNumber)));
    return getAll<InvoiceSummary>(QStringLiteral("/v1/invoice"), query, RestReplyParser::invoiceList);
}

Result<QList<OutstandingItem>> RestClient::outstandingItems(OutstandingItem::Side side, const QString& invoiceNumber)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("credDeb"),
                       side == OutstandingItem::Side::Debtors ? QStringLiteral("D") : QStringLiteral("C"));
    if (!invoiceNumber.isEmpty())
        query.addQueryItem(QStringLiteral("invoiceNumber"),
                           QString::fromLatin1(QUrl::toPercentEncoding(invoiceNumber)));
    Result<QList<OutstandingItem>> items = getAll<OutstandingItem>(QStringLiteral("/v1/mutation/invoice/outstanding"),
                                                                   query, RestReplyParser::outstandingList);
    // The items' invoiceNumber and relationCode are deprecated and may be absent (API-eboekhouden.md C2). The
    // filter is not: every item answered to it carries the number asked for. Such a look-up is about one
    // invoice, so its relation's code is read by relationId (C2: "comes from GET /v1/relation/{id}").
    if (items.ok() && !invoiceNumber.isEmpty()) {
        QHash<qint64, QString> codes;
        for (OutstandingItem& item : items.value()) {
            if (item.invoiceNumber.isEmpty())
                item.invoiceNumber = invoiceNumber;
            if (!item.relationCode.isEmpty() || item.relationId <= 0)
                continue;
            if (!codes.contains(item.relationId)) {
                const Result<Relation> owner = relation(item.relationId);
                // A relation that is gone leaves the code unknown (the id still names it); anything else is a
                // failed look-up to try again.
                if (!owner.ok() && owner.error().kind != ApiError::Kind::NotFound)
                    return owner.error();
                codes.insert(item.relationId, owner.ok() ? owner.value().code : QString());
            }
            item.relationCode = codes.value(item.relationId);
        }
    }
    return items;
}
