#include "MagentoConnector.h"

#include "BearerSigner.h"
#include "IncrementalPuller.h"
#include "JsonFields.h"
#include "MagentoMapper.h"
#include "OAuth1Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

// Ids for an "in" filter, in ascending order and at most 100 a request (a URL stays short enough for any proxy).
QStringList idChunks(const QSet<qint64>& ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    constexpr int chunk = 100;
    QStringList chunks;
    for (qsizetype start = 0; start < sorted.size(); start += chunk) {
        QStringList values;
        for (qsizetype i = start; i < sorted.size() && i < start + chunk; ++i)
            values.append(QString::number(sorted[i]));
        chunks.append(values.join(u','));
    }
    return chunks;
}

std::shared_ptr<const RequestSigner> signerFor(const MagentoSettings& settings)
{
    if (settings.useBearerToken)
        return std::make_shared<BearerSigner>(settings.accessToken);
    return std::make_shared<OAuth1Signer>(settings.consumerKey, settings.consumerSecret, settings.accessToken,
                                          settings.accessTokenSecret, OAuth1Signer::Method::HmacSha256);
}

QString filterKey(int group, const char* part)
{
    return QStringLiteral("searchCriteria[filter_groups][%1][filters][0][%2]").arg(group).arg(QLatin1String(part));
}

void addFilter(QUrlQuery& query, int& group, const QString& field, const QString& value, const char* condition)
{
    query.addQueryItem(filterKey(group, "field"), field);
    query.addQueryItem(filterKey(group, "value"), value);
    query.addQueryItem(filterKey(group, "condition_type"), QLatin1String(condition));
    ++group;
}

} // namespace

// One Magento resource as a PageSource.
class MagentoConnector::Source : public PageSource
{
public:
    enum class Kind
    {
        Invoices,
        CreditMemos,
        Customers,
    };
    Source(MagentoConnector& connector, Kind kind)
        : m_connector(connector)
        , m_kind(kind)
    {}

    QString path() const
    {
        switch (m_kind) {
        case Kind::Invoices:
            return QStringLiteral("V1/invoices");
        case Kind::CreditMemos:
            return QStringLiteral("V1/creditmemos");
        case Kind::Customers:
            return QStringLiteral("V1/customers/search");
        }
        return {};
    }

    bool fetch(const KeysetQuery& query, FetchedBatch& batch, QString& error) override
    {
        const JsonReply reply = m_connector.m_client.getJson(path(), MagentoConnector::searchCriteria(query, idField()),
                                                             &MagentoConnector::isSearchResult);
        if (!reply.ok()) {
            error = reply.error;
            return false;
        }
        const QJsonObject result = reply.document->object();
        for (const QJsonValue& value : result.value(QStringLiteral("items")).toArray())
            batch.items.append(value.toObject());
        // Always the first page of a fresh query: everything matching fits when total_count <= pageSize.
        batch.lastPage = JsonFields::integer(result, QStringLiteral("total_count")).value_or(0) <= query.pageSize;
        return true;
    }

    QString idField() const { return QStringLiteral("entity_id"); }

    QString timestampOf(const QJsonObject& item, const QString& field) const override
    {
        return item.value(field).toString();
    }
    std::optional<qint64> idOf(const QJsonObject& item) const override
    {
        return JsonFields::integer(item,
                                   m_kind == Kind::Customers ? QStringLiteral("id") : QStringLiteral("entity_id"));
    }

    bool map(const QList<QJsonObject>& items, PulledPage& page, QString& error) override
    {
        const MagentoShopInfo& shop = *m_connector.m_shop;
        if (m_kind == Kind::Customers) {
            for (const QJsonObject& item : items) {
                const auto mapped = MagentoMapper::customer(item, shop);
                if (mapped.value)
                    page.customers.append(*mapped.value);
                else
                    page.unmappable.append(unmappable(ShopRecordKind::Customer, item, mapped.reason));
            }
            return true;
        }
        QSet<qint64> orderIds;
        QSet<qint64> invoiceIds;
        for (const QJsonObject& item : items) {
            if (const auto id = JsonFields::integer(item, QStringLiteral("order_id")))
                orderIds.insert(*id);
            if (const auto id = JsonFields::integer(item, QStringLiteral("invoice_id")))
                invoiceIds.insert(*id);
        }
        QHash<qint64, QJsonObject> orders;
        if (!m_connector.fetchByIds(QStringLiteral("V1/orders"), orderIds, orders, error))
            return false;
        QHash<qint64, QJsonObject> invoices;
        if (m_kind == Kind::CreditMemos &&
            !m_connector.fetchByIds(QStringLiteral("V1/invoices"), invoiceIds, invoices, error))
            return false;
        // A credit memo made from the order view names no invoice (API-shops.md S3): its order's invoices decide.
        QSet<qint64> offlineOrders;
        if (m_kind == Kind::CreditMemos)
            for (const QJsonObject& item : items)
                if (!JsonFields::integer(item, QStringLiteral("invoice_id")))
                    if (const auto id = JsonFields::integer(item, QStringLiteral("order_id")))
                        offlineOrders.insert(*id);
        QHash<qint64, QList<QJsonObject>> invoicesOfOrder;
        if (!offlineOrders.isEmpty() && !m_connector.fetchInvoicesOfOrders(offlineOrders, invoicesOfOrder, error))
            return false;

        for (const QJsonObject& item : items) {
            const auto orderId = JsonFields::integer(item, QStringLiteral("order_id"));
            const ShopRecordKind kind = m_kind == Kind::Invoices ? ShopRecordKind::Invoice : ShopRecordKind::CreditMemo;
            if (!orderId || !orders.contains(*orderId)) {
                page.unmappable.append(unmappable(kind, item,
                                                  MagentoConnector::tr("Its order %1 could not be found in the shop.")
                                                      .arg(JsonFields::text(item, QStringLiteral("order_id")))));
                continue;
            }
            if (m_kind == Kind::Invoices) {
                const auto mapped = MagentoMapper::invoice(item, orders.value(*orderId), shop);
                if (!mapped.value)
                    page.unmappable.append(unmappable(kind, item, mapped.reason));
                else if (JsonFields::integer(item, QStringLiteral("state")) == canceledState)
                    page.unmappable.append(canceled(item, *mapped.value));
                else
                    page.invoices.append(*mapped.value);
            } else {
                auto invoiceId = JsonFields::integer(item, QStringLiteral("invoice_id"));
                QString invoiceNumber =
                    invoiceId ? invoices.value(*invoiceId).value(QStringLiteral("increment_id")).toString() : QString();
                if (!invoiceId) {
                    QString why;
                    const std::optional<QJsonObject> invoice =
                        invoiceOfOfflineMemo(item, orders.value(*orderId), invoicesOfOrder.value(*orderId), why);
                    if (!invoice) {
                        page.unmappable.append(unmappable(kind, item, why));
                        continue;
                    }
                    invoiceId = JsonFields::integer(*invoice, QStringLiteral("entity_id"));
                    invoiceNumber = invoice->value(QStringLiteral("increment_id")).toString();
                }
                auto mapped = MagentoMapper::creditMemo(item, orders.value(*orderId), invoiceNumber, shop);
                if (mapped.value && JsonFields::integer(item, QStringLiteral("state")) == canceledState) {
                    page.unmappable.append(canceled(item, *mapped.value));
                } else if (mapped.value) {
                    mapped.value->invoiceShopId = QString::number(invoiceId.value_or(0));
                    page.creditMemos.append(*mapped.value);
                } else {
                    page.unmappable.append(unmappable(kind, item, mapped.reason));
                }
            }
        }
        return true;
    }

private:
    static constexpr qint64 canceledState = 3; // Magento's Invoice::STATE_CANCELED (API-shops.md S6)

    // The invoice an offline credit memo credits: its order's only invoice that is not canceled. With none or
    // several, nothing is guessed: `why` says which invoices there are and what the bookkeeper can do.
    static std::optional<QJsonObject> invoiceOfOfflineMemo(const QJsonObject& memo, const QJsonObject& order,
                                                           const QList<QJsonObject>& invoices, QString& why)
    {
        QList<QJsonObject> candidates;
        for (const QJsonObject& invoice : invoices)
            if (JsonFields::integer(invoice, QStringLiteral("state")) != canceledState)
                candidates.append(invoice);
        if (candidates.size() == 1)
            return candidates.first();
        const QString memoNumber = JsonFields::text(memo, QStringLiteral("increment_id"));
        const QString orderNumber = order.value(QStringLiteral("increment_id")).toString();
        if (candidates.isEmpty()) {
            why = MagentoConnector::tr("Credit memo %1 names no invoice, and its order %2 has no invoice in the shop "
                                       "that it could credit. Book it by hand in e-Boekhouden and mark it as "
                                       "booked by hand.")
                      .arg(memoNumber, orderNumber);
            return std::nullopt;
        }
        QStringList numbers;
        for (const QJsonObject& invoice : std::as_const(candidates))
            numbers.append(invoice.value(QStringLiteral("increment_id")).toString());
        why = MagentoConnector::tr("Credit memo %1 was made from order %2 without choosing an invoice, and that order "
                                   "has %3 invoices: %4. Boekhoudbrug does not guess which one it credits. Look up "
                                   "the refunded items in the shop, book the credit memo by hand in e-Boekhouden "
                                   "against that invoice and mark it as booked by hand.")
                  .arg(memoNumber, orderNumber)
                  .arg(candidates.size())
                  .arg(numbers.join(QStringLiteral(", ")));
        return std::nullopt;
    }

    // A canceled invoice is no sale (S6), a canceled credit memo no refund: held with the shop's status, never
    // booked. When it was booked before the shop canceled it, the store keeps the booking and shows this next to it.
    UnmappableDocument canceled(const QJsonObject& item, const SalesDocument& document) const
    {
        const bool memo = document.kind == DocumentKind::CreditMemo;
        const QString reason =
            memo ? MagentoConnector::tr("Credit memo %1 was canceled in the shop: it refunds nothing and is not "
                                        "booked. If it was booked in e-Boekhouden before it was canceled, reverse "
                                        "that booking there.")
                       .arg(document.number)
                 : MagentoConnector::tr("Invoice %1 was canceled in the shop: a canceled invoice is no sale and is "
                                        "not booked. If it was booked in e-Boekhouden before it was canceled, book a "
                                        "credit note for it there.")
                       .arg(document.number);
        UnmappableDocument held = unmappable(memo ? ShopRecordKind::CreditMemo : ShopRecordKind::Invoice, item, reason);
        held.number = document.number;
        held.status = QStringLiteral("canceled");
        return held;
    }

    UnmappableDocument unmappable(ShopRecordKind kind, const QJsonObject& item, const QString& reason) const
    {
        UnmappableDocument document;
        document.kind = kind;
        document.resource = path().section(u'/', 1, 1);
        document.shopId = QString::number(idOf(item).value_or(0));
        document.payload = QJsonDocument(item).toJson(QJsonDocument::Compact);
        document.reason = reason;
        return document;
    }

    MagentoConnector& m_connector;
    Kind m_kind;
};

MagentoConnector::MagentoConnector(MagentoSettings settings)
    : m_settings(std::move(settings))
    , m_client(m_settings.restBaseUrl, signerFor(m_settings), m_settings.retry)
{}

MagentoConnector::~MagentoConnector() = default;

QStringList MagentoConnector::resources() const
{
    return {QStringLiteral("invoices"), QStringLiteral("creditmemos"), QStringLiteral("customers")};
}

bool MagentoConnector::isSearchResult(const QJsonDocument& document)
{
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("total_count")).isDouble())
        return false;
    const QJsonValue items = object.value(QStringLiteral("items"));
    return items.isArray() || (items.isUndefined() && object.value(QStringLiteral("total_count")).toInt() == 0);
}

QUrlQuery MagentoConnector::searchCriteria(const KeysetQuery& query, const QString& idField)
{
    QUrlQuery result;
    int group = 0;
    if (!query.from.isEmpty())
        addFilter(result, group, query.field, query.from, "gteq");
    if (!query.until.isEmpty())
        addFilter(result, group, query.field, query.until, "lt");
    if (query.afterId)
        addFilter(result, group, idField, QString::number(*query.afterId), "gt");
    result.addQueryItem(QStringLiteral("searchCriteria[sortOrders][0][field]"), query.field);
    result.addQueryItem(QStringLiteral("searchCriteria[sortOrders][0][direction]"), QStringLiteral("ASC"));
    result.addQueryItem(QStringLiteral("searchCriteria[sortOrders][1][field]"), idField);
    result.addQueryItem(QStringLiteral("searchCriteria[sortOrders][1][direction]"), QStringLiteral("ASC"));
    result.addQueryItem(QStringLiteral("searchCriteria[pageSize]"), QString::number(query.pageSize));
    result.addQueryItem(QStringLiteral("searchCriteria[currentPage]"), QStringLiteral("1"));
    return result;
}

bool MagentoConnector::fetchByIds(const QString& path, const QSet<qint64>& ids, QHash<qint64, QJsonObject>& out,
                                  QString& error)
{
    for (const QString& values : idChunks(ids)) {
        QUrlQuery query;
        int group = 0;
        addFilter(query, group, QStringLiteral("entity_id"), values, "in");
        query.addQueryItem(QStringLiteral("searchCriteria[pageSize]"), QString::number(values.count(u',') + 1));
        query.addQueryItem(QStringLiteral("searchCriteria[currentPage]"), QStringLiteral("1"));
        const JsonReply reply = m_client.getJson(path, query, &MagentoConnector::isSearchResult);
        if (!reply.ok()) {
            error = reply.error;
            return false;
        }
        for (const QJsonValue& value : reply.document->object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject object = value.toObject();
            if (const auto id = JsonFields::integer(object, QStringLiteral("entity_id")); id && ids.contains(*id))
                out.insert(*id, object);
        }
    }
    return true;
}

bool MagentoConnector::fetchInvoicesOfOrders(const QSet<qint64>& orderIds, QHash<qint64, QList<QJsonObject>>& out,
                                             QString& error)
{
    for (const QString& values : idChunks(orderIds)) {
        QUrlQuery query;
        int group = 0;
        // No pageSize: Magento then returns every match (API-shops.md 1.3), however many invoices an order has.
        addFilter(query, group, QStringLiteral("order_id"), values, "in");
        const JsonReply reply =
            m_client.getJson(QStringLiteral("V1/invoices"), query, &MagentoConnector::isSearchResult);
        if (!reply.ok()) {
            error = reply.error;
            return false;
        }
        for (const QJsonValue& value : reply.document->object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject invoice = value.toObject();
            if (const auto id = JsonFields::integer(invoice, QStringLiteral("order_id")); id && orderIds.contains(*id))
                out[*id].append(invoice);
        }
    }
    return true;
}

QList<QUrl> MagentoConnector::restBaseCandidates(const QUrl& typed)
{
    QString path = typed.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QList<QUrl> result;
    const auto add = [&](const QString& candidate) {
        QUrl url = typed;
        url.setPath(candidate);
        url.setQuery(QString());
        url.setFragment(QString());
        if (!result.contains(url))
            result.append(url);
    };
    if (path.endsWith(u"/rest") || path.contains(u"/rest/")) {
        add(path);
        return result;
    }
    add(path + QStringLiteral("/rest"));
    if (!path.endsWith(u"/index.php"))
        add(path + QStringLiteral("/index.php/rest"));
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString last = slash >= 0 ? path.mid(slash + 1) : QString();
    if (!last.isEmpty() && last != u"index.php") {
        const QString parent = path.left(slash);
        add(parent + QStringLiteral("/rest/") + last);
        add(parent + QStringLiteral("/index.php/rest/") + last);
    }
    add(path);
    return result;
}

QList<QPair<QString, QString>> MagentoConnector::requiredResources()
{
    return {{QStringLiteral("Magento_Backend::store"), tr("Stores")},
            {QStringLiteral("Magento_Sales::sales"), tr("Sales")},
            {QStringLiteral("Magento_Customer::customer"), tr("Customers")}};
}

bool MagentoConnector::findRestBase(JsonReply& reply)
{
    const auto isArray = [](const QJsonDocument& document) { return document.isArray(); };
    std::optional<JsonReply> first;
    for (const QUrl& candidate : restBaseCandidates(m_settings.restBaseUrl)) {
        m_client.setBaseUrl(candidate);
        JsonReply answer = m_client.getJson(QStringLiteral("V1/store/storeConfigs"), {}, isArray);
        // Magento answered when it sent data or refused the keys; no answer at all or a plain-http refusal ends
        // the search (another path on the same host will not answer either); anything else is not the API.
        const bool magento = answer.ok() || answer.status == 401 || answer.status == 403;
        if (magento || answer.status == 0) {
            reply = answer;
            return magento;
        }
        if (!first)
            first = answer;
    }
    m_client.setBaseUrl(m_settings.restBaseUrl);
    reply = first.value_or(JsonReply{});
    return false;
}

QString MagentoConnector::explainRefusal(const JsonReply& reply) const
{
    if (m_settings.useBearerToken || !reply.shopMessage.contains(QStringLiteral("signature"), Qt::CaseInsensitive))
        return reply.error;
    return tr("The shop refused the signature made with the credentials (\"%1\"). Check the consumer secret and the "
              "access token "
              "secret. If the shop runs behind a proxy or load balancer that handles https, Magento checks every "
              "signature against an http:// address and refuses them all: then let the shop accept the access "
              "token as a Bearer token (Stores > Configuration > Services > OAuth > Consumer Settings > \"Allow "
              "OAuth Access Tokens to be used as standalone Bearer tokens\") and choose \"Send only the access "
              "token\" here.")
        .arg(reply.shopMessage);
}

bool MagentoConnector::loadShopInfo(QString& error)
{
    if (m_shop)
        return true;
    const auto isArray = [](const QJsonDocument& document) { return document.isArray(); };
    JsonReply configs;
    findRestBase(configs);
    if (!configs.ok()) {
        error = explainRefusal(configs);
        return false;
    }
    const JsonReply websites = m_client.getJson(QStringLiteral("V1/store/websites"), {}, isArray);
    if (!websites.ok()) {
        error = websites.error;
        return false;
    }
    m_shop = MagentoShopInfo::parse(configs.document->toJson(), websites.document->toJson());
    if (!m_shop) {
        error = tr("The shop's store configuration could not be read.");
        return false;
    }
    return true;
}

PullReport MagentoConnector::run(PullSink& sink, const QString& suffix, bool backfill, const QString& from,
                                 const QString& until)
{
    PullReport report;
    QString error;
    const bool haveShop = loadShopInfo(error);
    const QList<QPair<QString, Source::Kind>> kinds{{QStringLiteral("invoices"), Source::Kind::Invoices},
                                                    {QStringLiteral("creditmemos"), Source::Kind::CreditMemos},
                                                    {QStringLiteral("customers"), Source::Kind::Customers}};
    for (const auto& [resource, kind] : kinds) {
        if (!haveShop) {
            ResourcePullReport failed;
            failed.resource = resource + suffix;
            failed.ok = false;
            failed.error = error;
            report.resources.append(failed);
            continue;
        }
        Source source(*this, kind);
        const IncrementalPuller::Range range{backfill ? QStringLiteral("created_at") : QStringLiteral("updated_at"),
                                             from, until};
        report.resources.append(
            IncrementalPuller::run(source, sink, platform(), resource + suffix, range, m_settings.pageSize));
    }
    return report;
}

PullReport MagentoConnector::pull(PullSink& sink)
{
    return run(sink, {}, false, {}, {});
}

PullReport MagentoConnector::backfill(PullSink& sink, const QDate& from, const QDate& until)
{
    // The user picks dates on the store's calendar; Magento filters in UTC.
    QString error;
    const QTimeZone zone = loadShopInfo(error) ? m_shop->store(0).timeZone : QTimeZone::utc();
    const auto utc = [&](const QDate& date) {
        return QDateTime(date, QTime(0, 0), zone).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    const QString suffix =
        QStringLiteral("@backfill:%1/%2").arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate));
    return run(sink, suffix, true, utc(from), utc(until.addDays(1)));
}

ShopConnectionTest MagentoConnector::testConnection()
{
    // The store configuration first: small, behind the same OAuth check as the sales endpoints, and only Magento
    // answers it with this shape; found under the address typed or the REST paths a shop may have (item 8).
    JsonReply configs;
    const bool found = findRestBase(configs);
    const bool isStoreList =
        configs.ok() && configs.document->isArray() && !configs.document->array().isEmpty() &&
        configs.document->array().first().toObject().contains(QStringLiteral("base_currency_code"));
    const auto aclRefusal = [](const JsonReply& reply) {
        return (reply.status == 401 || reply.status == 403) &&
               reply.shopMessage.contains(QStringLiteral("isn't authorized to access"));
    };
    if (!found || (!configs.ok() && !aclRefusal(configs))) {
        ShopConnectionTest test = ShopConnectionTest::failed(configs, QStringLiteral("Magento"));
        if (configs.status == 401 || configs.status == 403) {
            test.message = explainRefusal(configs);
        } else if (test.outcome == ShopConnectionTest::Outcome::NotAShop) {
            QStringList tried;
            for (const QUrl& candidate : restBaseCandidates(m_settings.restBaseUrl))
                tried.append(candidate.toString());
            test.message += u' ' + tr("Tried: %1.").arg(tried.join(QStringLiteral(", ")));
        }
        return test;
    }
    if (configs.ok() && !isStoreList) {
        JsonReply notAShop = configs;
        notAShop.status = 200;
        return ShopConnectionTest::failed(notAShop, QStringLiteral("Magento"));
    }

    // One small read per ACL resource, so that a missing permission is named (API-shops.md S4).
    QUrlQuery one;
    one.addQueryItem(QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("1"));
    one.addQueryItem(QStringLiteral("searchCriteria[currentPage]"), QStringLiteral("1"));
    const JsonReply sales = m_client.getJson(QStringLiteral("V1/invoices"), one, &MagentoConnector::isSearchResult);
    const JsonReply customers =
        m_client.getJson(QStringLiteral("V1/customers/search"), one, &MagentoConnector::isSearchResult);
    QStringList missing;
    const QList<QPair<QString, QString>> resources = requiredResources();
    const QList<const JsonReply*> replies{&configs, &sales, &customers};
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const JsonReply& reply = *replies[i];
        if (reply.ok())
            continue;
        if (!aclRefusal(reply))
            return ShopConnectionTest::failed(reply, QStringLiteral("Magento"));
        missing.append(QStringLiteral("%1 (%2)").arg(resources[i].second, resources[i].first));
    }
    if (!missing.isEmpty()) {
        ShopConnectionTest test;
        test.outcome = ShopConnectionTest::Outcome::KeyRefused;
        test.message = tr("The shop knows the keys, but the integration may not read %1. In Magento's admin open "
                          "System > Extensions > Integrations, edit this integration, tick these resources on its "
                          "API tab, save, and activate the integration again if Magento asks.")
                           .arg(missing.join(QStringLiteral(", ")));
        if (m_settings.useBearerToken && missing.size() == replies.size())
            test.message += u' ' + tr("Refused everywhere with the access token alone: the shop may not accept it as "
                                      "a Bearer token (Stores > Configuration > Services > OAuth > Consumer Settings). "
                                      "Then enter all four keys instead.");
        return test;
    }

    const QJsonObject store = configs.document->array().first().toObject();
    ShopConnectionTest test = ShopConnectionTest::connected(
        tr("Connected to the Magento shop: %n store view(s), currency %1, time zone %2. The integration may read "
           "stores, sales and customers.",
           nullptr, int(configs.document->array().size()))
            .arg(store.value(QStringLiteral("base_currency_code")).toString(),
                 store.value(QStringLiteral("timezone")).toString()));
    if (m_client.baseUrl() != m_settings.restBaseUrl) {
        test.apiUrl = m_client.baseUrl();
        test.message += u' ' + tr("The API answered at %1; that address is saved.").arg(test.apiUrl.toString());
    }
    return test;
}
