#include "MagentoEmulator.h"

#include "JsonNumberText.h"
#include "SandboxVatNumber.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <cctype>

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
    url.setPath(m_options.restPrefix);
    return url;
}

QUrl MagentoEmulator::homePageUrl() const
{
    return m_server->baseUrl();
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
        // A real shop's business customers give numbers of their state's format: SandboxVatNumber's (a Belgian
        // one with its check digits, as PrestaShop's emulator gives). The Dutch ones stay <country><10^8 + id>:
        // domestic sales never send them to VIES.
        billing.vatNumber = SandboxVatNumber::of(billing.countryCode, customerId);
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
    // A cart rule of 100 % on everything, shipping included (API-shops.md S8): the rows already show 0 and state
    // no discount of their own, the whole discount is the document's discount_amount, the grand total is 0.
    const bool free = i % 50 == 23;
    // Magento's default tax algorithm rounds each row's VAT with the remainder of the rows before it at the same
    // rate carried over (S7, TotalBaseCalculator::deltaRound), in ten-thousandths of a cent.
    QHash<int, qint64> roundingDelta;
    for (int line = 0; line < lineCount; ++line) {
        const qint64 qty = 1 + qint64(next(3));
        const qint64 unit = 500 + qint64(next(9500));
        if (line == 0)
            firstUnit = unit;
        const int rate = next(2) ? profile.lowRate : profile.highRate;
        const qint64 row = free ? 0 : unit * qty;
        const qint64 discount = i % 3 == 0 ? roundedShare(row, 10, 100) : 0;
        const qint64 exactTax = (row - discount) * rate + roundingDelta.value(rate);
        const qint64 tax = exactTax >= 0 ? (exactTax * 2 + 10000) / 20000 : -((-exactTax * 2 + 10000) / 20000);
        roundingDelta.insert(rate, exactTax - tax * 10000);
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
        subtotal += free ? unit * qty : row;
        discountTotal += free ? unit * qty : discount;
        taxTotal += tax;
        netTotal += row - discount;
    }
    const qint64 shippingAmount = i % 5 == 0 ? 0 : 495;
    // Every seventh order has a cart rule that also takes half off the shipping: Magento adds that to the
    // invoice's discount_amount without a field of its own, and charges VAT on the discounted shipping.
    const qint64 shippingDiscount = free ? shippingAmount : i % 7 == 3 ? roundedShare(shippingAmount, 50, 100) : 0;
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
    // Older and imported orders carry no item_applied_taxes at all (S7): the rates are then the order items'
    // tax_percent, and shipping's only its amounts.
    const bool withoutAppliedTaxes = i % 8 == 6;
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
    if (withoutAppliedTaxes) {
        QJsonObject extension = order.value(QStringLiteral("extension_attributes")).toObject();
        extension.remove(QStringLiteral("item_applied_taxes"));
        order.insert(QStringLiteral("extension_attributes"), extension);
    }
    if (free) {
        // Orders (not invoices) state the shipping's part of the discount (S8).
        order.insert(QStringLiteral("shipping_discount_amount"), amount(orderAmount(shippingDiscount)));
        order.insert(QStringLiteral("base_shipping_discount_amount"), amount(shippingDiscount));
    }
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
        // Every other one is made offline from the order view ("Credit Memo" on the order): no invoice_id,
        // null fields being left out (API-shops.md S3); the order has one invoice, so it is that one's.
        if (i % 20 == 0)
            memo.remove(QStringLiteral("invoice_id"));
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

bool MagentoEmulator::cancelInvoice(int index)
{
    const qint64 id = index + 1;
    for (Record& record : m_invoices) {
        if (record.id != id)
            continue;
        if (record.object.value(QStringLiteral("state")).toInt() != 1)
            return false; // Invoice::canCancel: only an open invoice
        m_clock = m_clock.addSecs(3600);
        const QString now = m_clock.toString(timeFormat);
        record.updatedAt = now;
        record.object.insert(QStringLiteral("updated_at"), now);
        record.object.insert(QStringLiteral("state"), 3); // API-shops.md S6: 3 is canceled
        sortRecords(m_invoices);
        m_expectedInvoices.removeIf([&](const Invoice& invoice) { return invoice.shopId == QString::number(id); });
        return true;
    }
    return false;
}

qint64 MagentoEmulator::addOfflineCreditMemoOnTwiceInvoicedOrder(int index)
{
    const qint64 firstId = index + 1;
    const auto original = std::find_if(m_invoices.cbegin(), m_invoices.cend(),
                                       [&](const Record& record) { return record.id == firstId; });
    if (original == m_invoices.cend())
        return 0;
    m_clock = m_clock.addSecs(3600);
    const QString now = m_clock.toString(timeFormat);
    // The second (partial) invoice of the same order: entity and number of its own.
    const qint64 secondId = 700000 + m_generated + m_invoices.size();
    QJsonObject second = original->object;
    second.insert(QStringLiteral("entity_id"), secondId);
    second.insert(QStringLiteral("increment_id"), QStringLiteral("7%1").arg(secondId, 8, 10, QLatin1Char('0')));
    second.insert(QStringLiteral("created_at"), now);
    second.insert(QStringLiteral("updated_at"), now);
    m_invoices.append({now, now, secondId, second});
    if (m_options.keepExpected) {
        for (const Invoice& expected : std::as_const(m_expectedInvoices)) {
            if (expected.shopId != QString::number(firstId))
                continue;
            Invoice copy = expected;
            copy.shopId = QString::number(secondId);
            copy.number = second.value(QStringLiteral("increment_id")).toString();
            copy.createdAt = QDateTime::fromString(now, timeFormat);
            copy.createdAt.setTimeZone(QTimeZone::utc());
            copy.updatedAt = copy.createdAt;
            copy.documentDate = copy.createdAt.toTimeZone(QTimeZone("Europe/Amsterdam")).date();
            m_expectedInvoices.append(copy);
            break;
        }
    }
    // The credit memo made from the order view: no invoice_id (API-shops.md S3).
    const qint64 memoId = 700000 + m_generated + m_invoices.size();
    QJsonObject memo = second;
    memo.remove(QStringLiteral("state"));
    memo.insert(QStringLiteral("entity_id"), memoId);
    memo.insert(QStringLiteral("increment_id"), QStringLiteral("8%1").arg(memoId, 8, 10, QLatin1Char('0')));
    memo.insert(QStringLiteral("state"), 2);
    m_creditMemos.append({now, now, memoId, memo});
    sortRecords(m_invoices);
    sortRecords(m_creditMemos);
    return memoId;
}

bool MagentoEmulator::authorised(const SandboxHttpServer::Request& request, QByteArray& why)
{
    const QByteArray header = request.headers.value("authorization");
    if (header.startsWith("Bearer ")) {
        if (m_options.bearerAllowed && header.mid(7) == m_options.accessToken.toUtf8())
            return true;
        // Without "Allow OAuth Access Tokens to be used as standalone Bearer tokens" the token is no user: the
        // ACL check of the route refuses it (API-shops.md 1.1).
        why = "acl";
        return false;
    }
    if (!header.startsWith("OAuth ")) {
        why = "acl";
        return false;
    }
    QHash<QByteArray, QString> values;
    static const QRegularExpression pair(QStringLiteral(R"re((\w+)="([^"]*)")re"));
    auto it = pair.globalMatch(QString::fromLatin1(header.mid(6)));
    while (it.hasNext()) {
        const auto m = it.next();
        values.insert(m.captured(1).toLatin1(), QUrl::fromPercentEncoding(m.captured(2).toLatin1()));
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
    if (!signatureValid(request, values, method)) {
        // Magento\Framework\Oauth\Oauth::_validateSignature (the wording unverified against a live shop).
        why = "The signature is invalid. Verify and try again.";
        return false;
    }
    m_nonces.insert(nonce);
    return true;
}

namespace {

// PHP's strnatcmp (ext/standard/strnatcmp.c), which Laminas' uksort($params, 'strnatcmp') uses
// (API-shops.md S5): runs of digits compare as numbers ("[10]" after "[2]"), a run starting with 0 compares
// digit by digit, leading zeros at the very start and white space are skipped.
int phpStrnatcmp(const QByteArray& a, const QByteArray& b)
{
    const auto digit = [](const QByteArray& s, qsizetype i) { return i < s.size() && std::isdigit(uchar(s[i])); };
    if (a.isEmpty() || b.isEmpty())
        return a.size() == b.size() ? 0 : (a.size() > b.size() ? 1 : -1);
    qsizetype ai = 0;
    qsizetype bi = 0;
    bool leading = true;
    while (true) {
        while (leading && ai + 1 < a.size() && a[ai] == '0' && digit(a, ai + 1))
            ++ai;
        while (leading && bi + 1 < b.size() && b[bi] == '0' && digit(b, bi + 1))
            ++bi;
        leading = false;
        while (ai < a.size() && std::isspace(uchar(a[ai])))
            ++ai;
        while (bi < b.size() && std::isspace(uchar(b[bi])))
            ++bi;
        if (digit(a, ai) && digit(b, bi)) {
            int result = 0;
            if (a[ai] == '0' || b[bi] == '0') { // compare_left: the first different digit wins
                for (;; ++ai, ++bi) {
                    const bool ad = digit(a, ai), bd = digit(b, bi);
                    if (!ad && !bd)
                        break;
                    if (!ad || !bd) {
                        result = ad ? 1 : -1;
                        break;
                    }
                    if (a[ai] != b[bi]) {
                        result = a[ai] < b[bi] ? -1 : 1;
                        break;
                    }
                }
            } else { // compare_right: the longer run wins, else the first difference
                int bias = 0;
                for (;; ++ai, ++bi) {
                    const bool ad = digit(a, ai), bd = digit(b, bi);
                    if (!ad && !bd) {
                        result = bias;
                        break;
                    }
                    if (!ad || !bd) {
                        result = ad ? 1 : -1;
                        break;
                    }
                    if (!bias && a[ai] != b[bi])
                        bias = a[ai] < b[bi] ? -1 : 1;
                }
            }
            if (result != 0)
                return result;
            if (ai >= a.size() && bi >= b.size())
                return 0;
            if (ai >= a.size())
                return -1;
            if (bi >= b.size())
                return 1;
        }
        const uchar ca = ai < a.size() ? uchar(a[ai]) : 0;
        const uchar cb = bi < b.size() ? uchar(b[bi]) : 0;
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++ai;
        ++bi;
        if (ai >= a.size() && bi >= b.size())
            return 0;
        if (ai >= a.size())
            return -1;
        if (bi >= b.size())
            return 1;
    }
}

// PHP's urldecode: '+' is a space, %XX a byte.
QByteArray phpUrldecode(QByteArray text)
{
    return QByteArray::fromPercentEncoding(text.replace('+', ' '));
}

// PHP's rawurlencode as Laminas HTTPUtility::urlEncode uses it: RFC 3986, '~' kept.
QByteArray phpRawurlencode(const QByteArray& text)
{
    return text.toPercentEncoding();
}

} // namespace

// Magento's own check, written from its source and not with our signer (API-shops.md S5): the parameters are the
// Authorization header's oauth_* values plus the query string's others, split on '&' and '=' and urldecode'd, a
// later name replacing an earlier one as in a PHP array (Magento\Framework\Oauth\Helper\Request::_processRequest,
// _extractQueryStringParams). Laminas AbstractSignature::_getBaseSignatureString rawurlencodes names and values,
// drops oauth_signature, orders them with uksort(strnatcmp) (_toByteValueOrderedQueryString) and signs
// METHOD&urlencode(scheme://host[:port]/path)&urlencode(name=value&...) with HMAC(secret&token secret).
bool MagentoEmulator::signatureValid(const SandboxHttpServer::Request& request,
                                     const QHash<QByteArray, QString>& protocol, const QString& method) const
{
    QList<QPair<QByteArray, QByteArray>> parameters; // in PHP array order: a repeated name keeps its first place
    const auto set = [&](const QByteArray& name, const QByteArray& value) {
        for (auto& [existing, old] : parameters)
            if (existing == name) {
                old = value;
                return;
            }
        parameters.append({name, value});
    };
    for (auto it = protocol.cbegin(); it != protocol.cend(); ++it)
        if (it.key() != "realm")
            set(it.key(), it.value().toUtf8());
    const QByteArray query = request.url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray& part : query.split('&')) {
        const QList<QByteArray> nameValue = part.split('=');
        const QByteArray name = phpUrldecode(nameValue.value(0));
        static const QRegularExpression protocolParameter(QStringLiteral("oauth_[a-z_-]+"));
        if (name.isEmpty() || protocolParameter.match(QString::fromUtf8(name)).hasMatch())
            continue;
        set(name, phpUrldecode(nameValue.value(1)));
    }
    QList<QPair<QByteArray, QByteArray>> encoded;
    QByteArray signature;
    for (const auto& [name, value] : parameters) {
        if (name == "oauth_signature")
            signature = value;
        else
            encoded.append({phpRawurlencode(name), phpRawurlencode(value)});
    }
    std::stable_sort(encoded.begin(), encoded.end(),
                     [](const auto& x, const auto& y) { return phpStrnatcmp(x.first, y.first) < 0; });
    QByteArray normalised;
    for (const auto& [name, value] : encoded)
        normalised += (normalised.isEmpty() ? "" : "&") + name + '=' + value;

    // The URL as the shop sees it: behind a TLS-terminating proxy the scheme is not the client's.
    const QString clientScheme = QStringLiteral("http");
    const QString scheme = m_options.behindTlsProxy ? QStringLiteral("https") : clientScheme;
    // getScheme() . '://' . getHttpHost(false): the Host header, port kept; Laminas then lower-cases the host
    // and drops a default port (normaliseBaseSignatureUrl).
    QByteArray host = request.headers.value("host").toLower();
    if (host.isEmpty())
        host = "127.0.0.1:" + QByteArray::number(m_server->port());
    if ((scheme == u"http" && host.endsWith(":80")) || (scheme == u"https" && host.endsWith(":443")))
        host.truncate(host.lastIndexOf(':'));
    const QByteArray url = scheme.toLatin1() + "://" + host + request.url.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray base = request.method.toUpper() + '&' + phpRawurlencode(url) + '&' + phpRawurlencode(normalised);
    const QByteArray key = phpRawurlencode(m_options.consumerSecret.toUtf8()) + '&' +
                           phpRawurlencode(m_options.accessTokenSecret.toUtf8());
    const auto algorithm = method == u"HMAC-SHA1" ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return QMessageAuthenticationCode::hash(base, key, algorithm).toBase64() == signature;
}

SandboxHttpServer::Response MagentoEmulator::handle(const SandboxHttpServer::Request& request)
{
    // Only the REST prefix reaches Magento's web API (API-shops.md 1.2: /rest/<store_code>/V1/..., the OCA
    // recordings' /index.php/rest/V1/...); anything else is the storefront, whose "page not found" is HTML with
    // 404 (the page's text unverified: themes differ).
    QString path = request.url.path();
    if (!path.startsWith(m_options.restPrefix + u'/')) {
        SandboxHttpServer::Response page;
        page.status = 404;
        page.contentType = "text/html; charset=UTF-8";
        page.body =
            "<!doctype html><html><head><title>404 Not Found</title></head><body>Whoops, our bad...</body></html>";
        return page;
    }
    path = QStringLiteral("/rest") + path.mid(m_options.restPrefix.size());

    // The ACL resource of each route (API-shops.md S4: Store, Sales and Customer etc/webapi.xml).
    QString resource;
    if (path.startsWith(u"/rest/V1/store/"))
        resource = QStringLiteral("Magento_Backend::store");
    else if (path.startsWith(u"/rest/V1/customers"))
        resource = QStringLiteral("Magento_Customer::customer");
    else if (path.startsWith(u"/rest/V1/"))
        resource = QStringLiteral("Magento_Sales::sales");
    const auto refusedAccess = [&] {
        // Magento's web API error: the phrase with its placeholder, the value in "parameters".
        return json(QJsonObject{{QStringLiteral("message"), QStringLiteral("The consumer isn't authorized to access "
                                                                           "%resources.")},
                                {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("resources"), resource}}}},
                    401);
    };

    QByteArray why;
    if (!authorised(request, why))
        return why == "acl" ? refusedAccess() : json(errorBody(QString::fromUtf8(why)), 401);
    if (!resource.isEmpty() && !m_options.grantedResources.contains(resource))
        return refusedAccess();

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
