#include "MagentoEmulator.h"

#include "JsonNumberText.h"
#include "OAuth1Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

struct Profile
{
    const char* country;
    bool business;
    int highRate; // basis points
    int lowRate;
    const char* city;
};

// NL B2C/B2B at 21/9, EU B2C at destination (OSS) rates, EU B2B (ICP) and exports at 0.
constexpr Profile profiles[] = {
    {"NL", false, 2100, 900, "Utrecht"}, {"NL", true, 2100, 900, "Zwolle"}, {"DE", false, 1900, 700, "Köln"},
    {"BE", true, 0, 0, "Gent"},          {"FR", false, 2000, 550, "Lyon"},  {"US", false, 0, 0, "Boston"},
    {"CH", true, 0, 0, "Basel"},         {"AT", false, 2000, 1000, "Graz"},
};

qint64 roundedShare(qint64 cents, qint64 numerator, qint64 denominator) // half away from zero
{
    const qint64 doubled = cents * numerator * 2 / denominator;
    return doubled >= 0 ? (doubled + 1) / 2 : (doubled - 1) / 2;
}

// Amounts as JSON numbers written from their exact decimal text (JsonNumberText).
QJsonValue amount(qint64 cents)
{
    return JsonNumberText::money(cents);
}

QJsonValue percent(int basisPoints)
{
    return JsonNumberText::number(VatRate::fromBasisPoints(basisPoints).toString());
}

QJsonObject errorBody(const QString& message)
{
    return QJsonObject{{QStringLiteral("message"), message}};
}

SandboxHttpServer::Response json(const QJsonValue& value, int status = 200)
{
    SandboxHttpServer::Response response;
    response.status = status;
    response.body =
        JsonNumberText::write(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()));
    return response;
}

// searchCriteria as Magento's collection applies it.
struct Filter
{
    QString field;
    QString value;
    QString condition = QStringLiteral("eq");
};

QString fieldText(const MagentoEmulator::Record& record, const QString& field)
{
    if (field == u"updated_at")
        return record.updatedAt;
    if (field == u"created_at")
        return record.createdAt;
    if (field == u"entity_id" || field == u"id")
        return QString::number(record.id);
    const QJsonValue value = record.object.value(field);
    return value.isDouble() ? QString::number(value.toDouble(), 'f', 4) : value.toString();
}

bool matches(const QString& actual, const Filter& filter, bool numeric)
{
    const auto compare = [&](const QString& expected) {
        if (numeric)
            return actual.toDouble() < expected.toDouble() ? -1 : actual.toDouble() > expected.toDouble() ? 1 : 0;
        return actual < expected ? -1 : actual > expected ? 1 : 0;
    };
    const QString& c = filter.condition;
    if (c == u"eq")
        return compare(filter.value) == 0;
    if (c == u"neq")
        return compare(filter.value) != 0;
    if (c == u"gt")
        return compare(filter.value) > 0;
    if (c == u"gteq" || c == u"from")
        return compare(filter.value) >= 0;
    if (c == u"lt")
        return compare(filter.value) < 0;
    if (c == u"lteq" || c == u"to")
        return compare(filter.value) <= 0;
    if (c == u"in" || c == u"nin") {
        bool found = false;
        for (const QString& part : filter.value.split(u','))
            found = found || compare(part.trimmed()) == 0;
        return c == u"in" ? found : !found;
    }
    return false;
}

SandboxHttpServer::Response search(const QList<MagentoEmulator::Record>& records, const QUrlQuery& query)
{
    static const QRegularExpression filterKey(
        QStringLiteral(R"(^searchCriteria\[filter_groups\]\[(\d+)\]\[filters\]\[(\d+)\]\[(\w+)\]$)"));
    static const QRegularExpression sortKey(QStringLiteral(R"(^searchCriteria\[sortOrders\]\[(\d+)\]\[(\w+)\]$)"));
    QMap<int, QMap<int, Filter>> groups;
    QMap<int, QPair<QString, bool>> sorts; // field, ascending
    int pageSize = 0;
    int currentPage = 1;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (const auto m = filterKey.match(name); m.hasMatch()) {
            Filter& filter = groups[m.captured(1).toInt()][m.captured(2).toInt()];
            if (m.captured(3) == u"field")
                filter.field = value;
            else if (m.captured(3) == u"value")
                filter.value = value;
            else if (m.captured(3) == u"condition_type")
                filter.condition = value;
        } else if (const auto s = sortKey.match(name); s.hasMatch()) {
            auto& sort = sorts[s.captured(1).toInt()];
            if (s.captured(2) == u"field")
                sort.first = value;
            else
                sort.second = value.compare(u"DESC", Qt::CaseInsensitive) != 0;
            if (s.captured(2) == u"field" && sort.first.isEmpty())
                sort.second = true;
        } else if (name == u"searchCriteria[pageSize]") {
            pageSize = value.toInt();
        } else if (name == u"searchCriteria[currentPage]") {
            currentPage = std::max(1, value.toInt());
        }
    }
    QList<const MagentoEmulator::Record*> hits;
    // Fast path for the connector's "entity_id in (...)" look-ups, so 100,000 documents stay quick to serve.
    if (groups.size() == 1 && groups.first().size() == 1 && groups.first().first().condition == u"in" &&
        (groups.first().first().field == u"entity_id" || groups.first().first().field == u"id")) {
        QSet<qint64> wanted;
        for (const QString& part : groups.first().first().value.split(u','))
            wanted.insert(part.trimmed().toLongLong());
        for (const auto& record : records)
            if (wanted.contains(record.id))
                hits.append(&record);
        groups.clear();
    } else
        for (const auto& record : records) {
            bool all = true;
            for (const auto& group : std::as_const(groups)) {
                bool any = false;
                for (const Filter& filter : group) {
                    const bool numeric = !filter.field.endsWith(u"_at");
                    any = any || matches(fieldText(record, filter.field), filter, numeric);
                }
                all = all && any;
                if (!all)
                    break;
            }
            if (all)
                hits.append(&record);
        }
    // Records are kept in (updated_at, id) order; sort only for another order.
    const bool naturalOrder = sorts.isEmpty() || (sorts.size() == 2 && sorts.first().first == u"updated_at" &&
                                                  sorts.first().second && sorts.last().second);
    if (!naturalOrder) {
        std::stable_sort(hits.begin(), hits.end(), [&](const auto* a, const auto* b) {
            for (const auto& [field, ascending] : std::as_const(sorts)) {
                const QString x = fieldText(*a, field);
                const QString y = fieldText(*b, field);
                const bool numeric = !field.endsWith(u"_at");
                const bool less = numeric ? x.toDouble() < y.toDouble() : x < y;
                const bool more = numeric ? x.toDouble() > y.toDouble() : x > y;
                if (less || more)
                    return ascending ? less : more;
            }
            return false;
        });
    }
    const qsizetype total = hits.size();
    qsizetype first = 0;
    qsizetype count = total;
    if (pageSize > 0) {
        // A page past the end repeats the last page (magento/magento2#3787).
        const qsizetype lastPage = std::max<qsizetype>(1, (total + pageSize - 1) / pageSize);
        first = (std::min<qsizetype>(currentPage, lastPage) - 1) * pageSize;
        count = std::min<qsizetype>(pageSize, total - first);
    }
    QJsonArray items;
    for (qsizetype i = first; i < first + count; ++i)
        items.append(hits[i]->object);
    return json(QJsonObject{{QStringLiteral("items"), items},
                            {QStringLiteral("search_criteria"), QJsonObject{}},
                            {QStringLiteral("total_count"), qint64(total)}});
}

} // namespace

MagentoEmulator::MagentoEmulator(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_random(m_options.seed * 6364136223846793005ULL + 1442695040888963407ULL)
    , m_clock(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc())
{
    m_server = std::make_unique<SandboxHttpServer>([this](const auto& request) { return handle(request); });
    addInvoices(m_options.invoices);
}

MagentoEmulator::~MagentoEmulator() = default;

bool MagentoEmulator::start()
{
    return m_server->listen();
}

QUrl MagentoEmulator::restBaseUrl() const
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/rest"));
    return url;
}

void MagentoEmulator::sortRecords(QList<Record>& records)
{
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        return a.updatedAt < b.updatedAt || (a.updatedAt == b.updatedAt && a.id < b.id);
    });
}

void MagentoEmulator::addInvoices(int count)
{
    for (int i = 0; i < count; ++i)
        generateOne();
    sortRecords(m_invoices);
    sortRecords(m_creditMemos);
    sortRecords(m_customers);
}

void MagentoEmulator::generateOne()
{
    // A 64-bit LCG with the high bits taken: the same on every platform and standard library.
    const auto next = [this](quint64 bound) {
        m_random = m_random * 6364136223846793005ULL + 1442695040888963407ULL;
        return (m_random >> 33) % bound;
    };
    const int i = ++m_generated;
    if (i % 6 != 0) // every sixth invoice shares its second with the previous one
        m_clock = m_clock.addSecs(97 * 60 + qint64(next(60)));
    const QDateTime created = m_clock;
    const QString createdAt = created.toString(timeFormat);
    const QString updatedAt = created.addSecs(60).toString(timeFormat);

    const bool guest = i % 10 == 0;
    const qint64 customerId = 1 + (i - 1) / 2;
    const Profile& profile = profiles[(guest ? i : customerId * 7) % 8];
    const bool gbp = i % 7 == 0;
    const auto orderAmount = [gbp](qint64 cents) { return gbp ? roundedShare(cents, 85, 100) : cents; };
    const qint64 orderId = 10000 + i;

    Address billing;
    billing.firstName = QStringLiteral("Klant%1").arg(guest ? 900000 + i : customerId);
    billing.lastName = QStringLiteral("Achternaam");
    billing.company = profile.business ? QStringLiteral("Bedrijf %1 BV").arg(customerId) : QString();
    billing.street = QStringLiteral("Hoofdstraat %1").arg(customerId);
    billing.postcode = QStringLiteral("%1").arg(1000 + customerId % 8999);
    billing.city = QString::fromUtf8(profile.city);
    billing.countryCode = QString::fromLatin1(profile.country);
    billing.phone = QStringLiteral("+31 30 %1").arg(customerId);
    if (profile.business && profile.country != QByteArrayView("CH"))
        billing.vatNumber = QStringLiteral("%1%2")
                                .arg(billing.countryCode == u"NL" ? QStringLiteral("NL") : billing.countryCode)
                                .arg(100000000 + customerId);
    Address shipping = billing;
    shipping.street = QStringLiteral("Magazijnweg %1").arg(i);
    const QString email =
        guest ? QStringLiteral("gast%1@example.com").arg(i) : QStringLiteral("klant%1@example.com").arg(customerId);
    const auto addressJson = [&](const Address& a, const char* type) {
        QJsonObject o{{QStringLiteral("address_type"), QLatin1String(type)},
                      {QStringLiteral("firstname"), a.firstName},
                      {QStringLiteral("lastname"), a.lastName},
                      {QStringLiteral("street"), QJsonArray{a.street}},
                      {QStringLiteral("postcode"), a.postcode},
                      {QStringLiteral("city"), a.city},
                      {QStringLiteral("country_id"), a.countryCode},
                      {QStringLiteral("telephone"), a.phone},
                      {QStringLiteral("email"), email}};
        if (!a.company.isEmpty())
            o.insert(QStringLiteral("company"), a.company);
        if (!a.vatNumber.isEmpty())
            o.insert(QStringLiteral("vat_id"), a.vatNumber);
        return o;
    };

    Invoice expected;
    expected.platform = QStringLiteral("magento");
    expected.shopId = QString::number(i);
    // Invoices, credit memos and orders each numbered from 000000001 per store (API-shops.md S2: Magento's
    // sequence_invoice_1, sequence_creditmemo_1, sequence_order_1): an invoice and a credit memo share numbers.
    expected.number = QStringLiteral("%1").arg(i, 9, 10, QLatin1Char('0'));
    expected.orderId = QString::number(orderId);
    expected.orderNumber = QStringLiteral("0%1").arg(i, 8, 10, QLatin1Char('0'));
    expected.website = QStringLiteral("Main Website");
    expected.createdAt = created;
    expected.updatedAt = created.addSecs(60);
    expected.documentDate = created.toTimeZone(QTimeZone("Europe/Amsterdam")).date();
    expected.currency = QStringLiteral("EUR");
    expected.billingAddress = billing;
    expected.shippingAddress = shipping;
    expected.paymentMethod = QStringLiteral("Bank Transfer Payment");
    expected.customer.shopId = guest ? QString() : QString::number(customerId);
    expected.customer.website = expected.website;
    expected.customer.email = email;
    expected.customer.firstName = billing.firstName;
    expected.customer.lastName = billing.lastName;
    expected.customer.company = billing.company;
    expected.customer.vatNumber = billing.vatNumber;
    expected.customer.countryCode = billing.countryCode;
    const int state = i % 9 == 0 ? 1 : 2;
    expected.status = state == 1 ? QStringLiteral("open") : QStringLiteral("paid");
    expected.paid = state == 2;

    QJsonArray invoiceItems;
    QJsonArray orderItems;
    QJsonArray appliedTaxes;
    qint64 subtotal = 0, discountTotal = 0, taxTotal = 0, netTotal = 0;
    const int lineCount = 1 + int(next(3));
    qint64 firstUnit = 0; // the credit memo below refunds one unit of the first line
    qint64 itemId = orderId * 10;
    for (int line = 0; line < lineCount; ++line) {
        const qint64 qty = 1 + qint64(next(3));
        const qint64 unit = 500 + qint64(next(9500));
        if (line == 0)
            firstUnit = unit;
        const int rate = next(2) ? profile.lowRate : profile.highRate;
        const qint64 row = unit * qty;
        const qint64 discount = i % 3 == 0 ? roundedShare(row, 10, 100) : 0;
        const qint64 tax = roundedShare(row - discount, rate, 10000);
        const bool configurable = i % 4 == 0 && line == 0;
        const qint64 parentItem = ++itemId;
        const QString sku = QStringLiteral("SKU-%1-%2").arg(i).arg(line);
        const QString name = configurable ? QStringLiteral("Trui %1").arg(sku) : QStringLiteral("Artikel %1").arg(sku);
        const auto money = [&](QJsonObject& o, const char* name, qint64 cents) {
            o.insert(QLatin1String(name), amount(orderAmount(cents)));
            o.insert(QStringLiteral("base_") + QLatin1String(name), amount(cents));
        };
        QJsonObject invoiceItem{{QStringLiteral("entity_id"), qint64(parentItem)},
                                {QStringLiteral("parent_id"), qint64(i)},
                                {QStringLiteral("order_item_id"), qint64(parentItem)},
                                {QStringLiteral("product_id"), qint64(100 + line)},
                                {QStringLiteral("sku"), sku},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("qty"), qint64(qty)}};
        money(invoiceItem, "price", unit);
        money(invoiceItem, "row_total", row);
        money(invoiceItem, "tax_amount", tax);
        money(invoiceItem, "discount_amount", discount);
        money(invoiceItem, "row_total_incl_tax", row + roundedShare(row, rate, 10000));
        invoiceItems.append(invoiceItem);
        QJsonObject orderItem{
            {QStringLiteral("item_id"), qint64(parentItem)},
            {QStringLiteral("product_type"), configurable ? QStringLiteral("configurable") : QStringLiteral("simple")},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("name"), name},
            {QStringLiteral("qty_ordered"), qint64(qty)},
            {QStringLiteral("tax_percent"), percent(rate)}};
        money(orderItem, "row_total", row);
        money(orderItem, "tax_amount", tax);
        orderItems.append(orderItem);
        if (rate > 0) {
            appliedTaxes.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("product")},
                {QStringLiteral("item_id"), qint64(parentItem)},
                {QStringLiteral("applied_taxes"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("code"), QStringLiteral("VAT %1").arg(VatRate::fromBasisPoints(rate).toString())},
                     {QStringLiteral("percent"), percent(rate)},
                     {QStringLiteral("amount"), amount(orderAmount(tax))},
                     {QStringLiteral("base_amount"), amount(tax)}}}}});
        }
        if (configurable) {
            // The simple child of a configurable product: same SKU, no value.
            const qint64 childItem = ++itemId;
            invoiceItems.append(QJsonObject{{QStringLiteral("entity_id"), qint64(childItem)},
                                            {QStringLiteral("order_item_id"), qint64(childItem)},
                                            {QStringLiteral("sku"), sku},
                                            {QStringLiteral("name"), name + QStringLiteral("-M")},
                                            {QStringLiteral("qty"), qint64(qty)},
                                            {QStringLiteral("price"), 0},
                                            {QStringLiteral("base_price"), 0},
                                            {QStringLiteral("row_total"), 0},
                                            {QStringLiteral("base_row_total"), 0}});
            orderItems.append(QJsonObject{{QStringLiteral("item_id"), qint64(childItem)},
                                          {QStringLiteral("parent_item_id"), qint64(parentItem)},
                                          {QStringLiteral("product_type"), QStringLiteral("simple")},
                                          {QStringLiteral("sku"), sku},
                                          {QStringLiteral("tax_percent"), 0},
                                          {QStringLiteral("row_total"), 0}});
        }
        DocumentLine expectedLine;
        expectedLine.productId = QString::number(100 + line);
        expectedLine.sku = sku;
        expectedLine.description = name;
        expectedLine.quantity = Quantity::whole(qty);
        expectedLine.rowTotalExcl = Money::fromCents(row - discount);
        expectedLine.vatAmount = Money::fromCents(tax);
        expectedLine.rowTotalIncl = Money::fromCents(row - discount + tax);
        expectedLine.vatRate = VatRate::fromBasisPoints(rate);
        expected.lines.append(expectedLine);
        subtotal += row;
        discountTotal += discount;
        taxTotal += tax;
        netTotal += row - discount;
    }
    const qint64 shippingAmount = i % 5 == 0 ? 0 : 495;
    // Every seventh order has a cart rule that also takes half off the shipping: Magento adds that to the
    // invoice's discount_amount without a field of its own, and charges VAT on the discounted shipping.
    const qint64 shippingDiscount = i % 7 == 3 ? roundedShare(shippingAmount, 50, 100) : 0;
    const qint64 shippingTax = roundedShare(shippingAmount - shippingDiscount, profile.highRate, 10000);
    if (shippingTax > 0)
        appliedTaxes.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("shipping")},
                        {QStringLiteral("item_id"), QJsonValue::Null},
                        {QStringLiteral("applied_taxes"),
                         QJsonArray{QJsonObject{{QStringLiteral("percent"), percent(profile.highRate)},
                                                {QStringLiteral("amount"), amount(orderAmount(shippingTax))},
                                                {QStringLiteral("base_amount"), amount(shippingTax)}}}}});
    taxTotal += shippingTax;
    const qint64 grandTotal = netTotal + shippingAmount - shippingDiscount + taxTotal;
    expected.shipping =
        Shipping{QStringLiteral("Flat Rate - Fixed"), Money::fromCents(shippingAmount - shippingDiscount),
                 Money::fromCents(shippingAmount - shippingDiscount + shippingTax),
                 VatRate::fromBasisPoints(shippingTax > 0 ? profile.highRate : 0)};
    expected.totalIncl = Money::fromCents(grandTotal);
    expected.totalVat = Money::fromCents(taxTotal);
    expected.totalExcl = Money::fromCents(grandTotal - taxTotal);

    QJsonObject invoice{{QStringLiteral("entity_id"), qint64(i)},
                        {QStringLiteral("increment_id"), expected.number},
                        {QStringLiteral("order_id"), qint64(orderId)},
                        {QStringLiteral("store_id"), 1},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("created_at"), createdAt},
                        {QStringLiteral("updated_at"), updatedAt},
                        {QStringLiteral("base_currency_code"), QStringLiteral("EUR")},
                        {QStringLiteral("order_currency_code"), gbp ? QStringLiteral("GBP") : QStringLiteral("EUR")},
                        {QStringLiteral("items"), invoiceItems}};
    const auto headerMoney = [&](QJsonObject& o, const char* name, qint64 cents) {
        o.insert(QLatin1String(name), amount(orderAmount(cents)));
        o.insert(QStringLiteral("base_") + QLatin1String(name), amount(cents));
    };
    headerMoney(invoice, "subtotal", subtotal);
    headerMoney(invoice, "discount_amount", -(discountTotal + shippingDiscount));
    headerMoney(invoice, "shipping_amount", shippingAmount);
    headerMoney(invoice, "shipping_tax_amount", shippingTax);
    headerMoney(invoice, "shipping_incl_tax", shippingAmount + shippingTax);
    headerMoney(invoice, "tax_amount", taxTotal);
    headerMoney(invoice, "grand_total", grandTotal);

    QJsonObject order{
        {QStringLiteral("entity_id"), qint64(orderId)},
        {QStringLiteral("increment_id"), expected.orderNumber},
        {QStringLiteral("store_id"), 1},
        {QStringLiteral("customer_is_guest"), guest ? 1 : 0},
        {QStringLiteral("customer_email"), email},
        {QStringLiteral("customer_firstname"), billing.firstName},
        {QStringLiteral("customer_lastname"), billing.lastName},
        {QStringLiteral("shipping_description"), QStringLiteral("Flat Rate - Fixed")},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("items"), orderItems},
        {QStringLiteral("billing_address"), addressJson(billing, "billing")},
        {QStringLiteral("payment"), QJsonObject{{QStringLiteral("method"), QStringLiteral("banktransfer")}}}};
    if (!guest)
        order.insert(QStringLiteral("customer_id"), qint64(customerId));
    order.insert(QStringLiteral("extension_attributes"),
                 QJsonObject{{QStringLiteral("shipping_assignments"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("shipping"),
                                   QJsonObject{{QStringLiteral("address"), addressJson(shipping, "shipping")},
                                               {QStringLiteral("method"), QStringLiteral("flatrate_flatrate")}}}}}},
                             {QStringLiteral("payment_additional_info"),
                              QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("method_title")},
                                                     {QStringLiteral("value"), expected.paymentMethod}}}},
                             {QStringLiteral("item_applied_taxes"), appliedTaxes}});
    m_orders.insert(orderId, order);
    m_orderRecords.append({updatedAt, createdAt, orderId, order});
    m_invoices.append({updatedAt, createdAt, i, invoice});

    if (!guest && (i - 1) % 2 == 0) { // the customer's first invoice creates the account
        Customer customer = expected.customer;
        customer.createdAt = created;
        customer.updatedAt = created.addSecs(60);
        const qint64 addressId = customerId * 10;
        QJsonObject address{{QStringLiteral("id"), qint64(addressId)},
                            {QStringLiteral("customer_id"), qint64(customerId)},
                            {QStringLiteral("firstname"), billing.firstName},
                            {QStringLiteral("lastname"), billing.lastName},
                            {QStringLiteral("street"), QJsonArray{billing.street}},
                            {QStringLiteral("postcode"), billing.postcode},
                            {QStringLiteral("city"), billing.city},
                            {QStringLiteral("country_id"), billing.countryCode},
                            {QStringLiteral("telephone"), billing.phone},
                            {QStringLiteral("default_billing"), true}};
        if (!billing.company.isEmpty())
            address.insert(QStringLiteral("company"), billing.company);
        if (!billing.vatNumber.isEmpty())
            address.insert(QStringLiteral("vat_id"), billing.vatNumber);
        m_customers.append({updatedAt, createdAt, customerId,
                            QJsonObject{{QStringLiteral("id"), qint64(customerId)},
                                        {QStringLiteral("email"), email},
                                        {QStringLiteral("firstname"), billing.firstName},
                                        {QStringLiteral("lastname"), billing.lastName},
                                        {QStringLiteral("website_id"), 1},
                                        {QStringLiteral("store_id"), 1},
                                        {QStringLiteral("created_at"), createdAt},
                                        {QStringLiteral("updated_at"), updatedAt},
                                        {QStringLiteral("default_billing"), QString::number(addressId)},
                                        {QStringLiteral("addresses"), QJsonArray{address}}}});
        if (m_options.keepExpected)
            m_expectedCustomers.append(customer);
    }

    if (i % 5 == 0 && i % 3 != 0) {
        // A credit memo refunding one unit of the first line, sometimes with an extra "Adjustment Refund".
        const QJsonObject firstItem = invoiceItems.at(0).toObject();
        const DocumentLine& refunded = expected.lines.first();
        const qint64 unit = firstUnit;
        const qint64 tax = roundedShare(unit, refunded.vatRate.basisPoints(), 10000);
        const qint64 adjustment = i % 10 == 0 ? 100 : 0;
        const QDateTime memoCreated = created.addSecs(30 * 60);
        QJsonObject item = firstItem;
        item.insert(QStringLiteral("qty"), 1);
        for (const char* name : {"row_total", "tax_amount", "discount_amount", "row_total_incl_tax"})
            item.remove(QLatin1String(name)), item.remove(QStringLiteral("base_") + QLatin1String(name));
        QJsonObject memo{{QStringLiteral("entity_id"), qint64(i)},
                         {QStringLiteral("increment_id"),
                          QStringLiteral("%1").arg(m_creditMemos.size() + 1, 9, 10, QLatin1Char('0'))}, // S2
                         {QStringLiteral("order_id"), qint64(orderId)},
                         {QStringLiteral("invoice_id"), qint64(i)},
                         {QStringLiteral("store_id"), 1},
                         {QStringLiteral("state"), 2},
                         {QStringLiteral("created_at"), memoCreated.toString(timeFormat)},
                         {QStringLiteral("updated_at"), memoCreated.addSecs(60).toString(timeFormat)},
                         {QStringLiteral("base_currency_code"), QStringLiteral("EUR")},
                         {QStringLiteral("order_currency_code"), gbp ? QStringLiteral("GBP") : QStringLiteral("EUR")}};
        headerMoney(item, "row_total", unit);
        headerMoney(item, "tax_amount", tax);
        memo.insert(QStringLiteral("items"), QJsonArray{item});
        headerMoney(memo, "subtotal", unit);
        headerMoney(memo, "shipping_amount", 0);
        headerMoney(memo, "shipping_tax_amount", 0);
        headerMoney(memo, "tax_amount", tax);
        headerMoney(memo, "adjustment_positive", adjustment);
        headerMoney(memo, "grand_total", unit + tax + adjustment);
        m_creditMemos.append({memoCreated.addSecs(60).toString(timeFormat), memoCreated.toString(timeFormat), i, memo});

        if (m_options.keepExpected) {
            CreditMemo memoExpected;
            static_cast<SalesDocument&>(memoExpected) = expected;
            memoExpected.kind = DocumentKind::CreditMemo;
            memoExpected.number = memo.value(QStringLiteral("increment_id")).toString();
            memoExpected.createdAt = memoCreated;
            memoExpected.updatedAt = memoCreated.addSecs(60);
            memoExpected.documentDate = memoCreated.toTimeZone(QTimeZone("Europe/Amsterdam")).date();
            memoExpected.status = QStringLiteral("refunded");
            memoExpected.paid = true;
            DocumentLine line = refunded;
            line.quantity = Quantity::whole(1);
            line.rowTotalExcl = Money::fromCents(unit);
            line.vatAmount = Money::fromCents(tax);
            line.rowTotalIncl = Money::fromCents(unit + tax);
            memoExpected.lines = {line};
            memoExpected.shipping = Shipping{QStringLiteral("Flat Rate - Fixed"), {}, {}, {}};
            if (adjustment)
                memoExpected.surcharges = {Surcharge{QStringLiteral("Adjustment refund"), Money::fromCents(adjustment),
                                                     Money::fromCents(adjustment)}};
            memoExpected.totalIncl = Money::fromCents(unit + tax + adjustment);
            memoExpected.totalVat = Money::fromCents(tax);
            memoExpected.totalExcl = Money::fromCents(unit + adjustment);
            memoExpected.invoiceShopId = QString::number(i);
            memoExpected.invoiceNumber = expected.number;
            m_expectedCreditMemos.append(memoExpected);
        }
    }
    if (m_options.keepExpected)
        m_expectedInvoices.append(expected);
}

void MagentoEmulator::touchInvoice(int index, const QString& newDescription)
{
    const qint64 id = index + 1;
    m_clock = m_clock.addSecs(3600);
    const QString now = m_clock.toString(timeFormat);
    for (Record& record : m_invoices) {
        if (record.id != id)
            continue;
        record.updatedAt = now;
        record.object.insert(QStringLiteral("updated_at"), now);
        QJsonArray items = record.object.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("name"), newDescription);
        items.replace(0, first);
        record.object.insert(QStringLiteral("items"), items);
    }
    if (index < m_expectedInvoices.size()) {
        m_expectedInvoices[index].lines.first().description = newDescription;
        m_expectedInvoices[index].updatedAt = QDateTime::fromString(now, timeFormat);
        m_expectedInvoices[index].updatedAt.setTimeZone(QTimeZone::utc());
    }
    sortRecords(m_invoices);
}

void MagentoEmulator::addBrokenInvoice()
{
    m_clock = m_clock.addSecs(3600);
    const QString now = m_clock.toString(timeFormat);
    const qint64 id = 900000 + m_generated;
    m_invoices.append({now, now, id,
                       QJsonObject{{QStringLiteral("entity_id"), qint64(id)},
                                   {QStringLiteral("increment_id"), QStringLiteral("BROKEN")},
                                   {QStringLiteral("order_id"), qint64(id)},
                                   {QStringLiteral("created_at"), now},
                                   {QStringLiteral("updated_at"), now}}});
    sortRecords(m_invoices);
}

bool MagentoEmulator::authorised(const SandboxHttpServer::Request& request, QByteArray& why)
{
    const QByteArray header = request.headers.value("authorization");
    if (header.startsWith("Bearer ")) {
        if (m_options.bearerAllowed && header.mid(7) == m_options.accessToken.toUtf8())
            return true;
        why = "The consumer isn't authorized to access %resources.";
        return false;
    }
    if (!header.startsWith("OAuth ")) {
        why = "The consumer isn't authorized to access %resources.";
        return false;
    }
    OAuth1Signer::Parameters parameters;
    QByteArray signature;
    QHash<QByteArray, QString> values;
    static const QRegularExpression pair(QStringLiteral(R"re((\w+)="([^"]*)")re"));
    auto it = pair.globalMatch(QString::fromLatin1(header.mid(6)));
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = QUrl::fromPercentEncoding(m.captured(2).toLatin1());
        if (m.captured(1) == u"oauth_signature")
            signature = value.toLatin1();
        else
            parameters.append({m.captured(1), value});
        values.insert(m.captured(1).toLatin1(), value);
    }
    if (values.value("oauth_consumer_key") != m_options.consumerKey ||
        values.value("oauth_token") != m_options.accessToken) {
        why = "Consumer key or token is not valid";
        return false;
    }
    const QString method = values.value("oauth_signature_method");
    if (method != u"HMAC-SHA256" && method != u"HMAC-SHA1") {
        why = "Signature method is not supported";
        return false;
    }
    const QByteArray nonce = values.value("oauth_nonce").toUtf8();
    if (nonce.isEmpty() || m_nonces.contains(nonce)) {
        why = "The nonce is already being used by the consumer";
        return false;
    }
    QUrl url = request.url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->port());
    const QByteArray base = OAuth1Signer::signatureBaseString(request.method, url, parameters);
    const auto algorithm = method == u"HMAC-SHA1" ? OAuth1Signer::Method::HmacSha1 : OAuth1Signer::Method::HmacSha256;
    if (OAuth1Signer::signature(base, m_options.consumerSecret, m_options.accessTokenSecret, algorithm) != signature) {
        why = "Invalid signature";
        return false;
    }
    m_nonces.insert(nonce);
    return true;
}

SandboxHttpServer::Response MagentoEmulator::handle(const SandboxHttpServer::Request& request)
{
    QByteArray why;
    if (!authorised(request, why))
        return json(errorBody(QString::fromUtf8(why)), 401);
    const QString path = request.url.path();
    const QUrlQuery query(request.url);
    static const QRegularExpression single(
        QStringLiteral(R"(^/rest/V1/(invoices|creditmemo|orders|customers)/(\d+)$)"));
    if (path == u"/rest/V1/invoices")
        return search(m_invoices, query);
    if (path == u"/rest/V1/creditmemos")
        return search(m_creditMemos, query);
    if (path == u"/rest/V1/customers/search")
        return search(m_customers, query);
    if (path == u"/rest/V1/orders")
        return search(m_orderRecords, query);
    if (path == u"/rest/V1/store/storeConfigs")
        return json(QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                           {QStringLiteral("code"), QStringLiteral("default")},
                                           {QStringLiteral("website_id"), 1},
                                           {QStringLiteral("base_currency_code"), QStringLiteral("EUR")},
                                           {QStringLiteral("timezone"), QStringLiteral("Europe/Amsterdam")}}});
    if (path == u"/rest/V1/store/websites")
        return json(
            QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Main Website")}},
                       QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("name"), QStringLiteral("Admin")}}});
    if (const auto m = single.match(path); m.hasMatch()) {
        const qint64 id = m.captured(2).toLongLong();
        if (m.captured(1) == u"orders" && m_orders.contains(id))
            return json(m_orders.value(id));
        const QList<Record>& records = m.captured(1) == u"invoices"     ? m_invoices
                                       : m.captured(1) == u"creditmemo" ? m_creditMemos
                                                                        : m_customers;
        for (const Record& record : records)
            if (record.id == id && m.captured(1) != u"orders")
                return json(record.object);
    }
    return json(errorBody(QStringLiteral("Request does not match any route.")), 404);
}
