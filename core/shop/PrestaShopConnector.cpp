#include "PrestaShopConnector.h"

#include "IncrementalPuller.h"
#include "JsonFields.h"
#include "logging/Log.h"
#include "logging/Redactor.h"
#include "PrestaShopKeySigner.h"
#include "PrestaShopMapper.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString platformName = QStringLiteral("prestashop");
const QString ordersResource = QStringLiteral("orders");
// Open bounds of a date interval filter: PrestaShop has no ">=" on dates, only [from,until] intervals.
const QString earliest = QStringLiteral("1970-01-01 00:00:00");
const QString latest = QStringLiteral("9999-12-31 23:59:59");
constexpr int idsPerRequest = 50; // keeps the URL of a filter[id]=[a|b|...] short

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

QUrlQuery baseQuery()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("output_format"), QStringLiteral("JSON"));
    query.addQueryItem(QStringLiteral("display"), QStringLiteral("full"));
    return query;
}

} // namespace

// One PrestaShop resource as a PageSource.
class PrestaShopConnector::Source : public PageSource
{
public:
    enum class Kind
    {
        Orders,
        OrderSlips,
        Customers,
    };
    Source(PrestaShopConnector& connector, Kind kind, PullSink* openSink)
        : m_connector(connector)
        , m_kind(kind)
        , m_openSink(openSink)
    {}

    QString resource() const
    {
        switch (m_kind) {
        case Kind::Orders:
            return ordersResource;
        case Kind::OrderSlips:
            return QStringLiteral("order_slip");
        case Kind::Customers:
            return QStringLiteral("customers");
        }
        return {};
    }

    bool fetch(const KeysetQuery& query, FetchedBatch& batch, QString& error) override
    {
        const JsonReply reply = m_connector.get(resource(), listQuery(query));
        if (!reply.ok()) {
            error = reply.error;
            return false;
        }
        batch.items = PrestaShopMapper::records(*reply.document);
        // There is no total count: a page shorter than asked for is the last one.
        batch.lastPage = batch.items.size() < query.pageSize;
        return true;
    }

    QString timestampOf(const QJsonObject& item, const QString& field) const override
    {
        const QString time = JsonFields::text(item, field);
        return time.startsWith(QStringLiteral("0000-00-00")) ? QString() : time;
    }
    std::optional<qint64> idOf(const QJsonObject& item) const override { return JsonFields::integer(item, key("id")); }

    bool map(const QList<QJsonObject>& items, PulledPage& page, QString& error) override
    {
        const PrestaShopLookups& lookups = *m_connector.m_lookups;
        switch (m_kind) {
        case Kind::Customers: {
            QStringList ids;
            for (const QJsonObject& item : items)
                ids.append(JsonFields::text(item, key("id")));
            QList<QJsonObject> addresses;
            if (!m_connector.fetchWhere(QStringLiteral("addresses"), key("id_customer"), ids, addresses, error))
                return false;
            QHash<QString, QList<QJsonObject>> byCustomer;
            for (const QJsonObject& address : std::as_const(addresses))
                byCustomer[JsonFields::text(address, key("id_customer"))].append(address);
            for (const QJsonObject& item : items) {
                const auto mapped =
                    PrestaShopMapper::customer(item, byCustomer.value(JsonFields::text(item, key("id"))), lookups);
                if (mapped.value)
                    page.customers.append(*mapped.value);
                else
                    page.unmappable.append(unmappable(ShopRecordKind::Customer, item, mapped.reason));
            }
            return true;
        }
        case Kind::Orders:
            return mapOrders(items, page, error);
        case Kind::OrderSlips: {
            QStringList orderIds;
            for (const QJsonObject& item : items)
                orderIds.append(JsonFields::text(item, key("id_order")));
            QList<QJsonObject> orders;
            if (!m_connector.fetchWhere(ordersResource, key("id"), orderIds, orders, error))
                return false;
            QHash<QString, PrestaShopOrderData> data;
            if (!m_connector.collectOrderData(orders, false, data, error))
                return false;
            for (const QJsonObject& item : items) {
                const QString orderId = JsonFields::text(item, key("id_order"));
                if (!data.contains(orderId)) {
                    page.unmappable.append(unmappable(
                        ShopRecordKind::CreditMemo, item,
                        PrestaShopConnector::tr("Its order %1 could not be found in the shop.").arg(orderId)));
                    continue;
                }
                const auto mapped = PrestaShopMapper::creditMemo(item, data.value(orderId), lookups);
                if (mapped.value)
                    page.creditMemos.append(*mapped.value);
                else
                    page.unmappable.append(unmappable(ShopRecordKind::CreditMemo, item, mapped.reason));
            }
            return true;
        }
        }
        return false;
    }

    // Orders in a bookable state become invoices and stop being open; the others are remembered as open. In a
    // backfill the open/closed bookkeeping goes to the "orders" resource first, in a page of its own, so the
    // regular pull re-checks them (remembering an order as open twice is harmless).
    bool mapOrders(const QList<QJsonObject>& items, PulledPage& page, QString& error)
    {
        const PrestaShopLookups& lookups = *m_connector.m_lookups;
        QList<QJsonObject> bookable;
        PulledPage openPage;
        openPage.platform = platformName;
        openPage.resource = ordersResource;
        for (const QJsonObject& item : items) {
            const QString id = JsonFields::text(item, key("id"));
            if (m_connector.isBookable(item)) {
                bookable.append(item);
                openPage.closed.append(id);
            } else {
                openPage.open.append({ordersResource, id,
                                      PrestaShopMapper::stateName(
                                          JsonFields::integer(item, key("current_state")).value_or(0), lookups)});
            }
        }
        QHash<QString, PrestaShopOrderData> data;
        if (!m_connector.collectOrderData(bookable, true, data, error))
            return false;
        for (const QJsonObject& item : std::as_const(bookable)) {
            const auto mapped = PrestaShopMapper::invoice(data.value(JsonFields::text(item, key("id"))), lookups);
            if (mapped.value)
                page.invoices.append(*mapped.value);
            else
                page.unmappable.append(unmappable(ShopRecordKind::Invoice, item, mapped.reason));
        }
        if (m_openSink && page.resource != ordersResource) {
            if (!openPage.isEmpty() && !m_openSink->storePage(openPage)) {
                error = PrestaShopConnector::tr("The local store refused the open orders of a page.");
                return false;
            }
        } else {
            page.open += openPage.open;
            page.closed += openPage.closed;
        }
        return true;
    }

    UnmappableDocument unmappable(ShopRecordKind kind, const QJsonObject& item, const QString& reason) const
    {
        UnmappableDocument document;
        document.kind = kind;
        document.resource = resource();
        document.shopId = JsonFields::text(item, key("id"));
        document.payload = PrestaShopMapper::payloadWithoutSecrets(item);
        document.reason = reason;
        return document;
    }

private:
    PrestaShopConnector& m_connector;
    Kind m_kind;
    PullSink* m_openSink;
};

PrestaShopConnector::PrestaShopConnector(PrestaShopSettings settings)
    : m_settings(std::move(settings))
    , m_signer(std::make_shared<PrestaShopKeySigner>(m_settings.webserviceKey, m_settings.keyInAddress))
    , m_apiUrl(m_settings.apiBaseUrl)
    , m_client(std::make_unique<ShopHttpClient>(m_apiUrl, m_signer, m_settings.retry))
{
    Redactor::remember(m_settings.webserviceKey); // in the address it would otherwise reach the logs
}

PrestaShopConnector::~PrestaShopConnector() = default;

QStringList PrestaShopConnector::resources() const
{
    return {ordersResource, QStringLiteral("order_slip"), QStringLiteral("customers")};
}

QUrlQuery PrestaShopConnector::listQuery(const KeysetQuery& query)
{
    QUrlQuery result = baseQuery();
    result.addQueryItem(QStringLiteral("date"), QStringLiteral("1")); // date filters and sorting need it
    // PrestaShop's interval is SQL BETWEEN, inclusive at both ends (API-shops.md S1), while the keyset's upper
    // bound is exclusive: its last included second is one before it (the dates are second-granular). Sending the
    // bound itself would let a same-second page reach into the next second and move the watermark past that
    // second's documents with lower ids.
    const QString until = query.until.isEmpty() ? latest : IncrementalPuller::addSeconds(query.until, -1);
    result.addQueryItem(QStringLiteral("filter[%1]").arg(query.field),
                        QStringLiteral("[%1,%2]").arg(query.from.isEmpty() ? earliest : query.from, until));
    if (query.afterId)
        result.addQueryItem(QStringLiteral("filter[id]"), QStringLiteral(">[%1]").arg(*query.afterId));
    result.addQueryItem(QStringLiteral("sort"), QStringLiteral("[%1_ASC,id_ASC]").arg(query.field));
    result.addQueryItem(QStringLiteral("limit"), QStringLiteral("0,%1").arg(query.pageSize));
    return result;
}

QStringList PrestaShopConnector::requiredResources()
{
    return {ordersResource,
            QStringLiteral("order_details"),
            QStringLiteral("order_slip"),
            QStringLiteral("order_payments"),
            QStringLiteral("order_states"),
            QStringLiteral("customers"),
            QStringLiteral("addresses"),
            QStringLiteral("countries"),
            QStringLiteral("taxes"),
            QStringLiteral("currencies")};
}

QString PrestaShopConnector::refusalMessage(const QString& resource, int status) const
{
    return tr("PrestaShop refused the webservice key for %1 (HTTP %2): the key is wrong, or it may not read %1. In "
              "the shop's back office, under Advanced Parameters > Webservice, check the key and give it the View "
              "(GET) permission on: %3.")
        .arg(resource)
        .arg(status)
        .arg(requiredResources().join(QStringLiteral(", ")));
}

JsonReply PrestaShopConnector::get(const QString& resource, const QUrlQuery& query)
{
    JsonReply reply = m_client->getJson(resource, query, &PrestaShopMapper::isListResponse);
    if (!m_keyAccepted && !reply.ok() && reply.status != 0 && reply.status != 401 && reply.status != 403 &&
        reply.status < 500) {
        if (std::optional<JsonReply> below = tryApiBelow(resource, query))
            reply = *below;
    }
    // The first answer a 401: maybe the host dropped the Authorization header (PHP as CGI/FastCGI, API-shops.md
    // S9). PrestaShop then takes the key as ?ws_key=; asked once that way, over https (or to this machine) only.
    if (reply.status == 401 && !m_keyAccepted && !m_signer->keyInAddress() &&
        PrestaShopKeySigner::mayCarryKey(m_apiUrl)) {
        m_signer->setKeyInAddress(true);
        JsonReply again = m_client->getJson(resource, query, &PrestaShopMapper::isListResponse);
        if (again.status == 401 || again.status == 403) {
            m_signer->setKeyInAddress(false); // refused either way: the key itself, or its permissions
        } else {
            m_switchedToAddress = true;
            Log::info(QStringLiteral("PrestaShop: the host drops the Authorization header; the webservice key is "
                                     "sent as ws_key in the address"));
            reply = again;
        }
    }
    m_keyAccepted = m_keyAccepted || reply.ok();
    if (!m_settings.webserviceKey.isEmpty())
        reply.error.replace(m_settings.webserviceKey, Redactor::mask()); // an address in an error names the key
    if (reply.status == 401 || reply.status == 403) {
        // PrestaShop answers 401 both for a wrong key and for a resource the key may not read (error 26).
        m_keyRefused = true;
        reply.error = refusalMessage(resource, reply.status);
    }
    return reply;
}

std::optional<JsonReply> PrestaShopConnector::tryApiBelow(const QString& resource, const QUrlQuery& query)
{
    QUrl below = m_apiUrl;
    QString path = below.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QStringLiteral("/api")))
        return std::nullopt; // it is the webservice's address already: what answered is not PrestaShop
    below.setPath(path + QStringLiteral("/api"));
    const QUrl typed = m_apiUrl;
    useApiUrl(below);
    const JsonReply reply = m_client->getJson(resource, query, &PrestaShopMapper::isListResponse);
    if (reply.ok() || reply.status == 401 || reply.status == 403) {
        Log::info(QStringLiteral("PrestaShop: the webservice answered at %1").arg(below.toString()));
        return reply;
    }
    useApiUrl(typed);
    return std::nullopt;
}

void PrestaShopConnector::useApiUrl(const QUrl& url)
{
    m_requestsBefore += m_client->requestsSent();
    m_apiUrl = url;
    m_client = std::make_unique<ShopHttpClient>(m_apiUrl, m_signer, m_settings.retry);
}

bool PrestaShopConnector::fetchWhere(const QString& resource, const QString& field, const QStringList& values,
                                     QList<QJsonObject>& out, QString& error)
{
    QStringList wanted;
    for (const QString& value : values)
        if (!value.isEmpty() && !wanted.contains(value))
            wanted.append(value);
    for (qsizetype start = 0; start < wanted.size(); start += idsPerRequest) {
        QUrlQuery query = baseQuery();
        query.addQueryItem(QStringLiteral("filter[%1]").arg(field),
                           u'[' + wanted.mid(start, idsPerRequest).join(u'|') + u']');
        const JsonReply reply = get(resource, query);
        if (!reply.ok()) {
            error = reply.error;
            return false;
        }
        out += PrestaShopMapper::records(*reply.document);
    }
    return true;
}

bool PrestaShopConnector::fetchAll(const QString& resource, QList<QJsonObject>& out, QString& error)
{
    const JsonReply reply = get(resource, baseQuery());
    if (!reply.ok()) {
        error = reply.error;
        return false;
    }
    out = PrestaShopMapper::records(*reply.document);
    return true;
}

bool PrestaShopConnector::loadLookups(QString& error)
{
    if (m_lookups)
        return true;
    PrestaShopLookups lookups;
    lookups.timeZone = QTimeZone(m_settings.timeZone);
    if (!lookups.timeZone.isValid()) {
        error = tr("The shop's time zone %1 is unknown.").arg(QString::fromLatin1(m_settings.timeZone));
        return false;
    }
    lookups.website = m_settings.website;
    lookups.currency = m_settings.currency;
    QList<QJsonObject> records;
    if (!fetchAll(QStringLiteral("countries"), records, error))
        return false;
    for (const QJsonObject& country : std::as_const(records))
        lookups.countryIso.insert(JsonFields::integer(country, key("id")).value_or(0),
                                  country.value(key("iso_code")).toString());
    if (!fetchAll(QStringLiteral("taxes"), records, error))
        return false;
    for (const QJsonObject& tax : std::as_const(records))
        lookups.taxes.insert(JsonFields::integer(tax, key("id")).value_or(0), tax);
    if (!fetchAll(QStringLiteral("order_states"), records, error))
        return false;
    for (const QJsonObject& state : std::as_const(records))
        lookups.orderStates.insert(JsonFields::integer(state, key("id")).value_or(0), state);
    // The currencies say which is the shop's default and check an order's conversion_rate against its currency.
    // A key without them (the seed manual does not name them) is refused loudly rather than booking in a
    // currency guessed from the settings (issue 13 item 13).
    if (!fetchAll(QStringLiteral("currencies"), records, error))
        return false;
    for (const QJsonObject& currency : std::as_const(records))
        lookups.currencyIso.insert(JsonFields::integer(currency, key("id")).value_or(0),
                                   currency.value(key("iso_code")).toString().toUpper());
    // The shop's own default beats the one set up here: a shop that sells in pounds is not booked as euros.
    if (const QString shopDefault = PrestaShopMapper::defaultCurrency(records); !shopDefault.isEmpty())
        lookups.currency = shopDefault;
    m_lookups = lookups;
    return true;
}

bool PrestaShopConnector::isBookable(const QJsonObject& order) const
{
    const auto state = JsonFields::integer(order, key("current_state"));
    return state && m_settings.bookableStates.contains(*state);
}

bool PrestaShopConnector::collectOrderData(const QList<QJsonObject>& orders, bool withPayments,
                                           QHash<QString, PrestaShopOrderData>& out, QString& error)
{
    if (orders.isEmpty())
        return true;
    QStringList orderIds, customerIds, references;
    for (const QJsonObject& order : orders) {
        orderIds.append(JsonFields::text(order, key("id")));
        customerIds.append(JsonFields::text(order, key("id_customer")));
        references.append(order.value(key("reference")).toString());
    }
    QList<QJsonObject> details, customers, addresses, payments;
    if (!fetchWhere(QStringLiteral("order_details"), key("id_order"), orderIds, details, error) ||
        !fetchWhere(QStringLiteral("customers"), key("id"), customerIds, customers, error) ||
        !fetchWhere(QStringLiteral("addresses"), key("id_customer"), customerIds, addresses, error))
        return false;
    if (withPayments &&
        !fetchWhere(QStringLiteral("order_payments"), key("order_reference"), references, payments, error))
        return false;

    // API-shops.md S9: orders PrestaShop split (several carriers) share one reference and its payments. Where a
    // reference's payments exceed one order's total, its cart's other orders are read to share them out.
    QHash<QString, QList<QJsonObject>> cartOrders;
    if (withPayments) {
        QHash<QString, Money> paidPerReference;
        for (const QJsonObject& payment : std::as_const(payments))
            paidPerReference[payment.value(key("order_reference")).toString()] +=
                JsonFields::money(payment, key("amount")).value_or(Money{});
        QStringList shared;
        for (const QJsonObject& order : orders) {
            const QString reference = order.value(key("reference")).toString();
            if (paidPerReference.value(reference) >
                JsonFields::money(order, key("total_paid_tax_incl")).value_or(Money{}))
                shared.append(reference);
        }
        QList<QJsonObject> siblings;
        if (!shared.isEmpty() && !fetchWhere(ordersResource, key("reference"), shared, siblings, error))
            return false;
        for (const QJsonObject& sibling : std::as_const(siblings))
            cartOrders[sibling.value(key("reference")).toString()].append(sibling);
    }

    QHash<QString, QJsonObject> customerById;
    for (const QJsonObject& customer : std::as_const(customers))
        customerById.insert(JsonFields::text(customer, key("id")), customer);
    QHash<QString, QList<QJsonObject>> addressesByCustomer, detailsByOrder, paymentsByReference;
    for (const QJsonObject& address : std::as_const(addresses))
        addressesByCustomer[JsonFields::text(address, key("id_customer"))].append(address);
    for (const QJsonObject& detail : std::as_const(details))
        detailsByOrder[JsonFields::text(detail, key("id_order"))].append(detail);
    for (const QJsonObject& payment : std::as_const(payments))
        paymentsByReference[payment.value(key("order_reference")).toString()].append(payment);
    for (const QJsonObject& order : orders) {
        PrestaShopOrderData data;
        data.order = order;
        const QString id = JsonFields::text(order, key("id"));
        const QString customerId = JsonFields::text(order, key("id_customer"));
        data.details = detailsByOrder.value(id);
        data.customer = customerById.value(customerId);
        data.addresses = addressesByCustomer.value(customerId);
        const QString reference = order.value(key("reference")).toString();
        data.payments = paymentsByReference.value(reference);
        if (cartOrders.value(reference).size() > 1) {
            const auto share = PrestaShopMapper::cartShare(order, cartOrders.value(reference), data.payments);
            data.payments = share.value_or(QList<QJsonObject>{});
            data.cartPaymentUnmatched = !share;
            if (!share)
                Log::warning(QStringLiteral("PrestaShop: the payments of cart %1 (%2 orders) do not add up to its "
                                            "orders' totals; no payment is booked for order %3. Book it by hand in "
                                            "e-Boekhouden.")
                                 .arg(reference)
                                 .arg(cartOrders.value(reference).size())
                                 .arg(id));
        }
        out.insert(id, data);
    }
    return true;
}

ResourcePullReport PrestaShopConnector::recheckOpenOrders(PullSink& sink)
{
    ResourcePullReport report;
    report.resource = ordersResource + QStringLiteral("@open");
    QStringList open = sink.openDocuments(platformName, ordersResource);
    std::sort(open.begin(), open.end());
    Source source(*this, Source::Kind::Orders, nullptr);
    for (qsizetype start = 0; start < open.size(); start += idsPerRequest) {
        const QStringList chunk = open.mid(start, idsPerRequest);
        QList<QJsonObject> orders;
        QString error;
        if (!fetchWhere(ordersResource, key("id"), chunk, orders, error)) {
            report.ok = false;
            report.error = error;
            return report;
        }
        report.fetched += orders.size();
        PulledPage page;
        page.platform = platformName;
        page.resource = ordersResource; // no watermark: a re-check does not move the incremental pull
        if (!source.map(orders, page, error)) {
            report.ok = false;
            report.error = error;
            return report;
        }
        QSet<QString> seen;
        for (const QJsonObject& order : std::as_const(orders))
            seen.insert(JsonFields::text(order, key("id")));
        for (const QString& id : chunk)
            if (!seen.contains(id))
                page.closed.append(id); // gone from the shop: nothing left to book
        if (!sink.storePage(page)) {
            report.ok = false;
            report.error = tr("The local store refused the re-checked open orders; the next pull checks them again.");
            return report;
        }
        ++report.pages;
        report.invoices += page.invoices.size();
        report.unmappable += page.unmappable.size();
        report.open += page.open.size();
    }
    return report;
}

PullReport PrestaShopConnector::run(PullSink& sink, const QString& suffix, bool backfill, const QString& from,
                                    const QString& until)
{
    PullReport report;
    QString error;
    const bool haveLookups = loadLookups(error);
    const QList<QPair<QString, Source::Kind>> kinds{{ordersResource, Source::Kind::Orders},
                                                    {QStringLiteral("order_slip"), Source::Kind::OrderSlips},
                                                    {QStringLiteral("customers"), Source::Kind::Customers}};
    const bool lookupsRefused = m_keyRefused;
    for (const auto& [resource, kind] : kinds) {
        if (!haveLookups) {
            ResourcePullReport failed;
            failed.resource = resource + suffix;
            failed.ok = false;
            failed.error = error;
            failed.keyRefused = lookupsRefused;
            report.resources.append(failed);
            continue;
        }
        m_keyRefused = false;
        Source source(*this, kind, &sink);
        const IncrementalPuller::Range range{backfill ? key("date_add") : key("date_upd"), from, until};
        report.resources.append(
            IncrementalPuller::run(source, sink, platform(), resource + suffix, range, m_settings.pageSize));
        report.resources.last().keyRefused = !report.resources.last().ok && m_keyRefused;
    }
    if (haveLookups && !backfill) {
        m_keyRefused = false;
        report.resources.append(recheckOpenOrders(sink));
        report.resources.last().keyRefused = !report.resources.last().ok && m_keyRefused;
    }
    m_keyRefused = false;
    return report;
}

PullReport PrestaShopConnector::pull(PullSink& sink)
{
    return run(sink, {}, false, {}, {});
}

PullReport PrestaShopConnector::backfill(PullSink& sink, const QDate& from, const QDate& until)
{
    // PrestaShop's dates are the shop's local time already, like the dates the bookkeeper picks.
    const auto midnight = [](const QDate& date) { return date.toString(Qt::ISODate) + QStringLiteral(" 00:00:00"); };
    const QString suffix =
        QStringLiteral("@backfill:%1/%2").arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate));
    return run(sink, suffix, true, midnight(from), midnight(until.addDays(1)));
}

ShopConnectionTest PrestaShopConnector::testConnection()
{
    // The order states first: the list the bookable states are chosen from, and a small proof of the key.
    const JsonReply reply = get(QStringLiteral("order_states"), baseQuery());
    if (!reply.ok()) {
        ShopConnectionTest test = ShopConnectionTest::failed(reply, QStringLiteral("PrestaShop"));
        if (test.outcome == ShopConnectionTest::Outcome::KeyRefused)
            test.message += u' ' + tr("In the shop's back office, under Advanced Parameters > Webservice, the key "
                                      "needs the View (GET) permission on: %1.")
                                       .arg(requiredResources().join(QStringLiteral(", ")));
        return test;
    }
    const QList<QJsonObject> records = PrestaShopMapper::records(*reply.document);
    ShopConnectionTest test = ShopConnectionTest::connected(
        tr("Connected to the PrestaShop webservice: %n order state(s).", nullptr, int(records.size())));
    for (const QJsonObject& record : records) {
        const std::optional<qint64> id = JsonFields::integer(record, key("id"));
        if (!id || JsonFields::flag(record, key("deleted")))
            continue; // a deleted state is no choice
        test.orderStates.append({*id, PrestaShopMapper::stateName(*id, record),
                                 JsonFields::flag(record, key("invoice")), JsonFields::flag(record, key("logable"))});
    }
    return checkPermissions(test);
}

ShopConnectionTest PrestaShopConnector::checkPermissions(ShopConnectionTest test)
{
    // Every other resource a pull reads, one id each: a key missing one of them would import nothing later
    // (issue 13 item 13), so the test names them now.
    QStringList refused;
    for (const QString& resource : requiredResources()) {
        if (resource == u"order_states")
            continue;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("output_format"), QStringLiteral("JSON"));
        query.addQueryItem(QStringLiteral("display"), QStringLiteral("[id]"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        const JsonReply reply = get(resource, query);
        if (reply.status == 401 || reply.status == 403) {
            refused.append(resource);
            continue;
        }
        if (!reply.ok()) {
            ShopConnectionTest failed = ShopConnectionTest::failed(reply, QStringLiteral("PrestaShop"));
            failed.orderStates = test.orderStates;
            return failed;
        }
    }
    m_keyRefused = false;
    if (refused.isEmpty()) {
        test.message += u' ' + tr("The key may read everything Boekhoudbrug needs: %1.")
                                   .arg(requiredResources().join(QStringLiteral(", ")));
    } else {
        test.outcome = ShopConnectionTest::Outcome::KeyRefused;
        test.message = tr("The key works, but PrestaShop does not let it read %1. In the shop's back office, under "
                          "Advanced Parameters > Webservice, edit the key and tick View (GET) for %1. Boekhoudbrug "
                          "needs View on: %2.")
                           .arg(refused.join(QStringLiteral(", ")), requiredResources().join(QStringLiteral(", ")));
    }
    // What the test found out by itself, to keep.
    if (m_apiUrl != m_settings.apiBaseUrl) {
        test.apiUrl = m_apiUrl; // the setup wizard saves it instead of the address typed
        test.message += u' ' + tr("The webservice answered at %1; that address is saved.").arg(m_apiUrl.toString());
    }
    test.keyInAddress = m_signer->keyInAddress(); // saved with the shop, so later runs send it so at once
    if (m_switchedToAddress) {
        test.message += u' ' + tr("This host does not pass the Authorization header on to PrestaShop (PHP as CGI or "
                                  "FastCGI), so Boekhoudbrug sends the key as ws_key in the address instead, over "
                                  "https only.");
    }
    return test;
}
