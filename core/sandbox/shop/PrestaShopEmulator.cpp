#include "PrestaShopEmulator.h"

#include "SandboxVatNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString unsetDate = QStringLiteral("0000-00-00 00:00:00");

struct Profile
{
    const char* country;
    qint64 countryId; // PrestaShop's demo ids: they differ per install, which is why the connector looks them up
    bool business;
    int highRate; // basis points
    int lowRate;
    qint64 highTax; // ids in /api/taxes; 0: no tax
    qint64 lowTax;
    const char* city;
};

// NL B2C/B2B at 21/9, EU B2C at destination (OSS) rates, EU B2B (ICP) and exports at 0.
constexpr Profile profiles[] = {
    {"NL", 13, false, 2100, 900, 1, 2, "Utrecht"}, {"NL", 13, true, 2100, 900, 1, 2, "Zwolle"},
    {"DE", 1, false, 1900, 700, 3, 4, "Köln"},     {"BE", 3, true, 0, 0, 0, 0, "Gent"},
    {"FR", 8, false, 2000, 550, 5, 6, "Lyon"},     {"US", 21, false, 0, 0, 0, 0, "Boston"},
    {"CH", 19, true, 0, 0, 0, 0, "Basel"},         {"AT", 2, false, 2000, 1000, 5, 7, "Graz"},
};

struct StateInfo
{
    qint64 id;
    const char* name;
    bool paid;
};
constexpr StateInfo states[] = {
    {1, "Awaiting check payment", false},
    {2, "Payment accepted", true},
    {3, "Processing in progress", true},
    {4, "Shipped", true},
    {5, "Delivered", true},
    {6, "Canceled", false},
    {10, "Awaiting bank wire payment", false},
    {14, "Shipped on account", false},
};

QString stateName(qint64 id)
{
    for (const StateInfo& state : states)
        if (state.id == id)
            return QString::fromLatin1(state.name);
    return {};
}

bool statePaid(qint64 id)
{
    for (const StateInfo& state : states)
        if (state.id == id)
            return state.paid;
    return false;
}

qint64 roundedShare(qint64 cents, qint64 numerator, qint64 denominator) // half away from zero
{
    const qint64 doubled = cents * numerator * 2 / denominator;
    return doubled >= 0 ? (doubled + 1) / 2 : (doubled - 1) / 2;
}

// PrestaShop writes amounts as strings with six decimals: "20.230000".
QString amount(qint64 cents)
{
    return Money::fromCents(cents).toDecimalString() + QStringLiteral("0000");
}

// A unit price PrestaShop keeps unrounded (order_detail.unit_price_tax_incl), in millionths: "9.994600".
QString exactAmount(qint64 millionths)
{
    return QStringLiteral("%1.%2").arg(millionths / 1000000).arg(millionths % 1000000, 6, 10, QLatin1Char('0'));
}

QString rateText(int basisPoints) // "21.000"
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg((basisPoints % 100) * 10, 3, 10, QLatin1Char('0'));
}

QJsonArray language(const QString& text)
{
    return QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("value"), text}}};
}

SandboxHttpServer::Response json(const QJsonDocument& document, int status = 200)
{
    SandboxHttpServer::Response response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.headers.append(qMakePair(QByteArray("PSWS-Version"), QByteArray("8.1.0")));
    response.headers.append(qMakePair(QByteArray("X-Powered-By"), QByteArray("PrestaShop Webservice")));
    return response;
}

SandboxHttpServer::Response error(int status, int code, const QString& message)
{
    return json(QJsonDocument(QJsonObject{
                    {QStringLiteral("errors"),
                     QJsonArray{QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}}),
                status);
}

// The wrapper names of a list and of one record.
QString listName(const QString& resource)
{
    return resource == u"order_slip" ? QStringLiteral("order_slips") : resource;
}

QString recordName(const QString& resource)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("orders"), QStringLiteral("order")},
        {QStringLiteral("order_details"), QStringLiteral("order_detail")},
        {QStringLiteral("order_slip"), QStringLiteral("order_slip")},
        {QStringLiteral("customers"), QStringLiteral("customer")},
        {QStringLiteral("addresses"), QStringLiteral("address")},
        {QStringLiteral("countries"), QStringLiteral("country")},
        {QStringLiteral("taxes"), QStringLiteral("tax")},
        {QStringLiteral("order_states"), QStringLiteral("order_state")},
        {QStringLiteral("order_payments"), QStringLiteral("order_payment")},
        {QStringLiteral("currencies"), QStringLiteral("currency")},
    };
    return names.value(resource);
}

QString fieldText(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// Compares as numbers when both sides are integers, else as text (dates compare as text).
int compare(const QString& a, const QString& b)
{
    bool aNumber = false, bNumber = false;
    const qint64 x = a.toLongLong(&aNumber);
    const qint64 y = b.toLongLong(&bNumber);
    if (aNumber && bNumber)
        return x < y ? -1 : x > y ? 1 : 0;
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// One filter[field]=... as PrestaShop reads it.
bool matches(const QString& actual, const QString& filter)
{
    static const QRegularExpression shape(QStringLiteral(R"(^([<>!]?)\[(.*)\]$)"));
    const auto m = shape.match(filter);
    if (!m.hasMatch())
        return compare(actual, filter) == 0;
    const QString op = m.captured(1);
    const QString inner = m.captured(2);
    if (op == u">")
        return compare(actual, inner) > 0;
    if (op == u"<")
        return compare(actual, inner) < 0;
    if (op == u"!")
        return compare(actual, inner) != 0;
    if (inner.contains(u',')) {
        // An interval is SQL BETWEEN: both ends inclusive, for dates too (API-shops.md S1,
        // SQLUtils::getSQLRetrieveFilter). A date-only bound only looks exclusive because it means midnight.
        const QString from = inner.section(u',', 0, 0);
        const QString until = inner.section(u',', 1);
        return compare(actual, from) >= 0 && compare(actual, until) <= 0;
    }
    for (const QString& option : inner.split(u'|'))
        if (compare(actual, option) == 0)
            return true;
    return false;
}

} // namespace

PrestaShopEmulator::PrestaShopEmulator(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_random(m_options.seed * 6364136223846793005ULL + 1442695040888963407ULL)
    , m_clock(QDate(2024, 1, 1), QTime(8, 0))
    , m_zone(timeZone())
{
    m_server = std::make_unique<SandboxHttpServer>([this](const auto& request) { return handle(request); });
    // Every resource exists, also while it is still empty.
    for (const char* resource : {"orders", "order_details", "order_slip", "customers", "addresses", "countries",
                                 "taxes", "order_states", "order_payments", "currencies"})
        m_records.insert(QString::fromLatin1(resource), {});
    // The shop's default currency (rate 1) and one other; the orders are in euros.
    m_records[QStringLiteral("currencies")] = {
        {1, QJsonObject{{QStringLiteral("id"), 1},
                        {QStringLiteral("iso_code"), QStringLiteral("EUR")},
                        {QStringLiteral("conversion_rate"), QStringLiteral("1.000000")},
                        {QStringLiteral("deleted"), QStringLiteral("0")}}},
        {2, QJsonObject{{QStringLiteral("id"), 2},
                        {QStringLiteral("iso_code"), QStringLiteral("USD")},
                        {QStringLiteral("conversion_rate"), QStringLiteral("1.084500")},
                        {QStringLiteral("deleted"), QStringLiteral("0")}}}};

    for (const Profile& profile : profiles) {
        if (find(QStringLiteral("countries"), profile.countryId))
            continue;
        m_records[QStringLiteral("countries")].append(
            {profile.countryId, QJsonObject{{QStringLiteral("id"), profile.countryId},
                                            {QStringLiteral("id_zone"), QStringLiteral("1")},
                                            {QStringLiteral("iso_code"), QString::fromLatin1(profile.country)},
                                            {QStringLiteral("active"), QStringLiteral("1")},
                                            // one language only: a plain string, not a list (API-shops 2.2)
                                            {QStringLiteral("name"), QString::fromLatin1(profile.country)}}});
    }
    std::sort(m_records[QStringLiteral("countries")].begin(), m_records[QStringLiteral("countries")].end(),
              [](const Record& a, const Record& b) { return a.id < b.id; });
    // Tax 7 (Austria's 10 %) is written as a fraction, as some shops do: 0.1 means 10 %.
    const QList<QPair<qint64, QString>> taxes{{1, QStringLiteral("21.000")}, {2, QStringLiteral("9.000")},
                                              {3, QStringLiteral("19.000")}, {4, QStringLiteral("7.000")},
                                              {5, QStringLiteral("20.000")}, {6, QStringLiteral("5.500")},
                                              {7, QStringLiteral("0.100")}};
    for (const auto& [id, rate] : taxes)
        m_records[QStringLiteral("taxes")].append(
            {id, QJsonObject{{QStringLiteral("id"), id},
                             {QStringLiteral("rate"), rate},
                             {QStringLiteral("active"), QStringLiteral("1")},
                             {QStringLiteral("deleted"), QStringLiteral("0")},
                             {QStringLiteral("name"), language(QStringLiteral("BTW %1%").arg(rate))}}});
    for (const StateInfo& state : states)
        m_records[QStringLiteral("order_states")].append(
            {state.id, QJsonObject{{QStringLiteral("id"), state.id},
                                   {QStringLiteral("paid"), state.paid ? QStringLiteral("1") : QStringLiteral("0")},
                                   {QStringLiteral("invoice"), state.paid ? QStringLiteral("1") : QStringLiteral("0")},
                                   {QStringLiteral("logable"), state.paid ? QStringLiteral("1") : QStringLiteral("0")},
                                   {QStringLiteral("deleted"), QStringLiteral("0")},
                                   {QStringLiteral("name"), language(QString::fromLatin1(state.name))}}});
    addOrders(m_options.orders);
}

PrestaShopEmulator::~PrestaShopEmulator() = default;

QStringList PrestaShopEmulator::seedManualPermissions()
{
    return {QStringLiteral("addresses"),    QStringLiteral("categories"),    QStringLiteral("countries"),
            QStringLiteral("customers"),    QStringLiteral("order_details"), QStringLiteral("orders"),
            QStringLiteral("order_states"), QStringLiteral("products"),      QStringLiteral("taxes")};
}

bool PrestaShopEmulator::start()
{
    return m_server->listen();
}

QUrl PrestaShopEmulator::apiBaseUrl() const
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/api"));
    return url;
}

quint64 PrestaShopEmulator::next(quint64 bound)
{
    // A 64-bit LCG with the high bits taken: the same on every platform and standard library.
    m_random = m_random * 6364136223846793005ULL + 1442695040888963407ULL;
    return (m_random >> 33) % bound;
}

QString PrestaShopEmulator::tick(int seconds)
{
    m_clock = m_clock.addSecs(seconds);
    return m_clock.toString(timeFormat);
}

PrestaShopEmulator::Record* PrestaShopEmulator::find(const QString& resource, qint64 id)
{
    for (Record& record : m_records[resource])
        if (record.id == id)
            return &record;
    return nullptr;
}

void PrestaShopEmulator::addOrders(int count)
{
    for (int i = 0; i < count; ++i)
        generateOne();
}

QList<Invoice> PrestaShopEmulator::expectedInvoices() const
{
    QList<Invoice> result;
    for (const Record& record : m_records.value(QStringLiteral("orders"))) {
        const qint64 state = fieldText(record.object, QStringLiteral("current_state")).toLongLong();
        if (bookableStates().contains(state) && m_expectedOrders.contains(record.id))
            result.append(m_expectedOrders.value(record.id));
    }
    return result;
}

QStringList PrestaShopEmulator::expectedOpenOrders() const
{
    QStringList result;
    for (const Record& record : m_records.value(QStringLiteral("orders")))
        if (!bookableStates().contains(fieldText(record.object, QStringLiteral("current_state")).toLongLong()))
            result.append(QString::number(record.id));
    return result;
}

void PrestaShopEmulator::generateOne()
{
    const int i = ++m_generated;
    const QString dateAdd = i % 6 == 0 ? m_clock.toString(timeFormat) // shares its second with the previous order
                                       : tick(97 * 60 + int(next(60)));
    const QDateTime local = QDateTime::fromString(dateAdd, timeFormat);
    const QString dateUpd = local.addSecs(60).toString(timeFormat);
    const auto utc = [this](const QString& text) {
        const QDateTime plain = QDateTime::fromString(text, timeFormat);
        return QDateTime(plain.date(), plain.time(), m_zone).toUTC();
    };

    const bool guest = i % 10 == 0;
    // Every 25th order (from the 12th) whose previous order is paid is the second half of one cart that
    // PrestaShop split over two orders (two carriers): same customer, reference, state and payment method, and
    // one order_payment for the whole cart, per reference (API-shops.md S9).
    const Record* previous = i % 25 == 12 ? find(QStringLiteral("orders"), i - 1) : nullptr;
    const bool splitCart =
        previous && statePaid(fieldText(previous->object, QStringLiteral("current_state")).toLongLong());
    const qint64 customerId = splitCart ? fieldText(previous->object, QStringLiteral("id_customer")).toLongLong()
                              : guest   ? 5000 + i
                                        : 1 + (i - 1) / 2;
    const Profile& profile = profiles[(guest ? i : customerId * 7) % 8];
    const bool namesDiffer = !guest && customerId % 6 == 0; // no address carries the customer's own name
    const bool workAddress = !guest && customerId % 3 == 0;
    const qint64 orderId = i;
    qint64 state = QList<qint64>{2, 3, 4, 5}.at(i % 4);
    if (i % 11 == 0)
        state = 14;
    if (i % 7 == 0)
        state = 10;
    if (i % 17 == 0)
        state = 6;
    if (splitCart)
        state = fieldText(previous->object, QStringLiteral("current_state")).toLongLong();
    const bool bookable = bookableStates().contains(state);
    QString reference;
    for (int c = 0; c < 9; ++c)
        reference += QChar(u'A' + int(next(26)));
    if (splitCart) {
        reference = fieldText(previous->object, QStringLiteral("reference"));
        ++m_splitCarts;
    }

    // The customer and their addresses, created with the customer's first order.
    const QString firstName = QStringLiteral("Klant%1").arg(customerId);
    const QString lastName = QStringLiteral("Achternaam");
    const QString email =
        guest ? QStringLiteral("gast%1@example.com").arg(i) : QStringLiteral("klant%1@example.com").arg(customerId);
    const QString company = profile.business ? QStringLiteral("Bedrijf %1 BV").arg(customerId) : QString();
    // A Belgian customer's number as Belgium issues them (an ICP sale is booked only with a valid one).
    const QString vatNumber = !profile.business || QByteArrayView(profile.country) == "CH"
                                  ? QString()
                                  : SandboxVatNumber::of(QString::fromLatin1(profile.country), customerId);
    const auto makeAddress = [&](qint64 id, const QString& first, const QString& last, const QString& street,
                                 bool withCompany) {
        Address a;
        a.firstName = first;
        a.lastName = last;
        a.company = withCompany ? company : QString();
        a.street = street;
        a.street2 = id % 2 ? QStringLiteral("2e verdieping") : QString();
        a.postcode = QStringLiteral("%1").arg(1000 + customerId % 8999);
        a.city = QString::fromUtf8(profile.city);
        a.countryCode = QString::fromLatin1(profile.country);
        a.phone = QStringLiteral("+31 30 %1").arg(id);
        a.vatNumber = withCompany ? vatNumber : QString();
        return a;
    };
    const qint64 giftId = customerId * 10 + 1, mainId = customerId * 10 + 2, workId = customerId * 10 + 3;
    const QString mainLast = namesDiffer ? QStringLiteral("Contactpersoon") : lastName;
    const Address gift = makeAddress(giftId, QStringLiteral("Ontvanger"), QStringLiteral("Cadeau"),
                                     QStringLiteral("Cadeaulaan 1"), false);
    const Address main =
        makeAddress(mainId, firstName, mainLast, QStringLiteral("Hoofdstraat %1").arg(customerId), true);
    const Address work =
        makeAddress(workId, firstName, mainLast, QStringLiteral("Werkplaats %1").arg(customerId), false);
    if (!find(QStringLiteral("customers"), customerId)) {
        QJsonObject customer{
            {QStringLiteral("id"), customerId},
            {QStringLiteral("id_default_group"), QStringLiteral("3")},
            {QStringLiteral("email"), email},
            {QStringLiteral("firstname"), firstName},
            {QStringLiteral("lastname"), lastName},
            {QStringLiteral("company"), company},
            {QStringLiteral("siret"), QString()},
            {QStringLiteral("passwd"), QStringLiteral("$2y$10$sandboxsandboxsandboxsandboxsandboxsandbox")},
            {QStringLiteral("secure_key"), QStringLiteral("b44a6d9efd7a0076a0fbce6b15eaf3b1")},
            {QStringLiteral("birthday"), QStringLiteral("0000-00-00")},
            {QStringLiteral("is_guest"), guest ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("active"), QStringLiteral("1")},
            {QStringLiteral("deleted"), QStringLiteral("0")},
            {QStringLiteral("date_add"), dateAdd},
            {QStringLiteral("date_upd"), dateUpd}};
        m_records[QStringLiteral("customers")].append({customerId, customer});
        QList<QPair<qint64, Address>> addresses{{giftId, gift}, {mainId, main}};
        if (workAddress)
            addresses.append({workId, work});
        for (const auto& [id, a] : addresses)
            m_records[QStringLiteral("addresses")].append(
                {id, QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("id_customer"), QString::number(customerId)},
                                 {QStringLiteral("id_country"), QString::number(profile.countryId)},
                                 {QStringLiteral("id_state"), QStringLiteral("0")},
                                 {QStringLiteral("alias"), QStringLiteral("Adres %1").arg(id)},
                                 {QStringLiteral("company"), a.company},
                                 {QStringLiteral("vat_number"), a.vatNumber},
                                 {QStringLiteral("firstname"), a.firstName},
                                 {QStringLiteral("lastname"), a.lastName},
                                 {QStringLiteral("address1"), a.street},
                                 {QStringLiteral("address2"), a.street2},
                                 {QStringLiteral("postcode"), a.postcode},
                                 {QStringLiteral("city"), a.city},
                                 {QStringLiteral("phone"), a.phone},
                                 {QStringLiteral("deleted"), QStringLiteral("0")},
                                 {QStringLiteral("date_add"), dateAdd},
                                 {QStringLiteral("date_upd"), dateAdd}}});
        if (m_options.keepExpected) {
            Customer expected;
            expected.shopId = QString::number(customerId);
            expected.website = website();
            expected.email = email;
            expected.firstName = firstName;
            expected.lastName = lastName;
            expected.company = company;
            const Address& own = namesDiffer ? gift : main; // the seed's fallback without an order: name, first
            expected.vatNumber = own.vatNumber;
            expected.countryCode = own.countryCode;
            expected.createdAt = utc(dateAdd);
            expected.updatedAt = utc(dateUpd);
            m_expectedCustomers.append(expected);
        }
    }
    // Every fourth order points at an invoice address that was edited (copied) since: the fallback applies.
    const bool invoiceAddressGone = i % 4 == 3;
    const qint64 invoiceAddressId = invoiceAddressGone ? 990000 + i : mainId;
    const qint64 deliveryAddressId = workAddress ? workId : mainId;
    const Address billing = invoiceAddressGone && namesDiffer ? gift : main;
    const Address shipping = workAddress ? work : main;

    Invoice expected;
    expected.platform = QStringLiteral("prestashop");
    expected.shopId = QString::number(orderId);
    expected.orderId = expected.shopId;
    expected.orderNumber = reference;
    expected.website = website();
    expected.createdAt = utc(dateAdd);
    expected.updatedAt = utc(dateUpd);
    expected.documentDate = local.date();
    expected.currency = QStringLiteral("EUR");
    expected.billingAddress = billing;
    expected.shippingAddress = shipping;
    expected.paymentMethod = splitCart ? fieldText(previous->object, QStringLiteral("payment"))
                             : i % 2   ? QStringLiteral("iDEAL")
                                       : QStringLiteral("Bankoverschrijving");
    expected.customer.shopId = QString::number(customerId);
    expected.customer.website = website();
    expected.customer.email = email;
    expected.customer.firstName = firstName;
    expected.customer.lastName = lastName;
    expected.customer.company = billing.company.isEmpty() ? company : billing.company;
    expected.customer.vatNumber = billing.vatNumber;
    expected.customer.countryCode = billing.countryCode;
    expected.status = stateName(state);

    QJsonArray rows;
    qint64 productsExcl = 0, productsIncl = 0;
    const int lineCount = 1 + int(next(3));
    // Every 13th Dutch order has lines without a taxes association: the rate is derived from the amounts.
    const bool taxesMissing = i % 13 == 0 && QByteArrayView(profile.country) == "NL";
    // One unit of each of the first two lines is what a slip refunds: unit excl., unit incl. unrounded (in
    // millionths of a cent's hundredth, as unit × (10000 + rate)), unit incl. rounded, and the booked line.
    struct Refundable
    {
        qint64 detailId;
        qint64 unitExcl;
        qint64 unitInclExact; // unit × (10000 + rate): cents × 10000
        qint64 unitIncl;
        DocumentLine line;
    };
    QList<Refundable> refundable;
    for (int line = 0; line <= lineCount; ++line) {
        const bool emptyLine = line == lineCount; // a removed product: quantity 0, skipped when booking
        if (emptyLine && i % 9 != 4)
            break;
        const qint64 detailId = orderId * 10 + line;
        const qint64 qty = emptyLine ? 0 : 1 + qint64(next(3));
        const qint64 unit = 500 + qint64(next(9500));
        const bool low = next(2) == 1;
        const int rate = low ? profile.lowRate : profile.highRate;
        const qint64 taxId = low ? profile.lowTax : profile.highTax;
        const qint64 unitIncl = unit + roundedShare(unit, rate, 10000);
        const qint64 rowExcl = unit * qty;
        const qint64 rowIncl = rowExcl + roundedShare(rowExcl, rate, 10000);
        const QString sku = QStringLiteral("SKU-%1-%2").arg(i).arg(line);
        const QString name = QStringLiteral("Artikel %1").arg(sku);
        QJsonArray taxes;
        if (taxId && !taxesMissing)
            taxes.append(QJsonObject{{QStringLiteral("id"), QString::number(taxId)}});
        m_records[QStringLiteral("order_details")].append(
            {detailId, QJsonObject{{QStringLiteral("id"), detailId},
                                   {QStringLiteral("id_order"), QString::number(orderId)},
                                   {QStringLiteral("product_id"), QString::number(100 + line)},
                                   {QStringLiteral("product_name"), name},
                                   {QStringLiteral("product_reference"), sku},
                                   {QStringLiteral("product_quantity"), QString::number(qty)},
                                   {QStringLiteral("product_price"), amount(unit)},
                                   {QStringLiteral("unit_price_tax_excl"), amount(unit)},
                                   {QStringLiteral("unit_price_tax_incl"), exactAmount(unit * (10000 + rate))},
                                   {QStringLiteral("total_price_tax_excl"), amount(rowExcl)},
                                   {QStringLiteral("total_price_tax_incl"), amount(rowIncl)},
                                   {QStringLiteral("download_deadline"), unsetDate},
                                   {QStringLiteral("associations"), QJsonObject{{QStringLiteral("taxes"), taxes}}}}});
        rows.append(QJsonObject{{QStringLiteral("id"), QString::number(detailId)},
                                {QStringLiteral("product_id"), QString::number(100 + line)},
                                {QStringLiteral("product_quantity"), QString::number(qty)},
                                {QStringLiteral("product_name"), name},
                                {QStringLiteral("product_reference"), sku},
                                {QStringLiteral("product_price"), amount(unit)},
                                {QStringLiteral("unit_price_tax_incl"), exactAmount(unit * (10000 + rate))},
                                {QStringLiteral("unit_price_tax_excl"), amount(unit)}});
        if (emptyLine)
            continue;
        DocumentLine expectedLine;
        expectedLine.productId = QString::number(100 + line);
        expectedLine.sku = sku;
        expectedLine.description = name;
        expectedLine.quantity = Quantity::whole(qty);
        expectedLine.rowTotalExcl = Money::fromCents(rowExcl);
        expectedLine.rowTotalIncl = Money::fromCents(rowIncl);
        expectedLine.vatAmount = Money::fromCents(rowIncl - rowExcl);
        expectedLine.vatRate = VatRate::fromBasisPoints(rate);
        expected.lines.append(expectedLine);
        if (line < 2)
            refundable.append({detailId, unit, unit * (10000 + rate), unitIncl, expectedLine});
        productsExcl += rowExcl;
        productsIncl += rowIncl;
    }
    const qint64 shippingExcl = i % 8 == 2 ? 0 : 495;
    const qint64 shippingIncl = shippingExcl + roundedShare(shippingExcl, profile.highRate, 10000);
    const qint64 wrappingExcl = i % 6 == 1 ? 200 : 0;
    const qint64 wrappingIncl = wrappingExcl + roundedShare(wrappingExcl, profile.highRate, 10000);
    // Every third order has two cart rules of 5 % each. PrestaShop keeps each rule's value rounded
    // (order_cart_rules, summed into total_discounts) but Cart::getOrderTotal subtracts the unrounded amounts
    // (CartRuleCalculator) and rounds the total once, at the end: the stated total can be a cent off the rounded
    // parts (issue 13 item 12).
    const bool discounted = i % 3 == 0;
    const qint64 discountExcl = discounted ? 2 * roundedShare(productsExcl, 5, 100) : 0;
    const qint64 discountIncl = discounted ? 2 * roundedShare(productsIncl, 5, 100) : 0;
    const auto statedTotal = [&](qint64 goods, qint64 others) { // goods − 10 % unrounded + others, rounded once
        return discounted ? others + roundedShare(goods, 90, 100) : others + goods;
    };
    const qint64 totalExcl = statedTotal(productsExcl, shippingExcl + wrappingExcl);
    const qint64 totalIncl = statedTotal(productsIncl, shippingIncl + wrappingIncl);
    expected.shipping = Shipping{QStringLiteral("Shipping"), Money::fromCents(shippingExcl),
                                 Money::fromCents(shippingIncl), VatRate::fromBasisPoints(profile.highRate)};
    if (wrappingExcl)
        expected.surcharges = {
            Surcharge{QStringLiteral("Gift wrapping"), Money::fromCents(wrappingExcl), Money::fromCents(wrappingIncl)}};
    if (discountExcl)
        expected.discounts = {
            Discount{QStringLiteral("Discount"), Money::fromCents(discountExcl), Money::fromCents(discountIncl)}};
    expected.totalExcl = Money::fromCents(totalExcl);
    expected.totalIncl = Money::fromCents(totalIncl);
    expected.totalVat = Money::fromCents(totalIncl - totalExcl);
    // Half a cent per rounded part: lines, shipping, wrapping, the two cart rules, the total itself.
    if (discounted && totalIncl != productsIncl + shippingIncl + wrappingIncl - discountIncl)
        ++m_ordersWithRoundedTotal;
    expected.roundingTolerance = Money::fromCents(
        std::max<qint64>(1, (expected.lines.size() + 1 + (wrappingExcl ? 1 : 0) + (discounted ? 2 : 0) + 1) / 2));

    QJsonObject order{{QStringLiteral("id"), orderId},
                      {QStringLiteral("id_address_delivery"), QString::number(deliveryAddressId)},
                      {QStringLiteral("id_address_invoice"), QString::number(invoiceAddressId)},
                      {QStringLiteral("id_cart"), QString::number(orderId)},
                      {QStringLiteral("id_currency"), QStringLiteral("1")},
                      {QStringLiteral("id_lang"), QStringLiteral("1")},
                      {QStringLiteral("id_customer"), QString::number(customerId)},
                      {QStringLiteral("id_carrier"), QStringLiteral("2")},
                      {QStringLiteral("current_state"), QString::number(state)},
                      {QStringLiteral("module"), expected.paymentMethod == u"iDEAL" ? QStringLiteral("mollie")
                                                                                    : QStringLiteral("ps_wirepayment")},
                      {QStringLiteral("invoice_number"), QStringLiteral("0")},
                      {QStringLiteral("invoice_date"), unsetDate},
                      {QStringLiteral("delivery_number"), QStringLiteral("0")},
                      {QStringLiteral("delivery_date"), unsetDate},
                      {QStringLiteral("valid"), bookable ? QStringLiteral("1") : QStringLiteral("0")},
                      {QStringLiteral("date_add"), dateAdd},
                      {QStringLiteral("date_upd"), dateUpd},
                      {QStringLiteral("id_shop"), QStringLiteral("1")},
                      {QStringLiteral("secure_key"), QStringLiteral("b44a6d9efd7a0076a0fbce6b15eaf3b1")},
                      {QStringLiteral("payment"), expected.paymentMethod},
                      {QStringLiteral("reference"), reference},
                      {QStringLiteral("round_mode"), 2},
                      {QStringLiteral("conversion_rate"), QStringLiteral("1.000000")},
                      {QStringLiteral("total_discounts"), amount(discountIncl)},
                      {QStringLiteral("total_discounts_tax_incl"), amount(discountIncl)},
                      {QStringLiteral("total_discounts_tax_excl"), amount(discountExcl)},
                      {QStringLiteral("total_paid"), amount(totalIncl)},
                      {QStringLiteral("total_paid_tax_incl"), amount(totalIncl)},
                      {QStringLiteral("total_paid_tax_excl"), amount(totalExcl)},
                      // money actually received; PrestaShop doubles it in some flows, so it is never booked
                      {QStringLiteral("total_paid_real"), amount(bookable ? 2 * totalIncl : 0)},
                      {QStringLiteral("total_products"), amount(productsExcl)},
                      {QStringLiteral("total_products_wt"), amount(productsIncl)},
                      {QStringLiteral("total_shipping"), amount(shippingIncl)},
                      {QStringLiteral("total_shipping_tax_incl"), amount(shippingIncl)},
                      {QStringLiteral("total_shipping_tax_excl"), amount(shippingExcl)},
                      {QStringLiteral("carrier_tax_rate"), rateText(profile.highRate)},
                      {QStringLiteral("total_wrapping"), amount(wrappingIncl)},
                      {QStringLiteral("total_wrapping_tax_incl"), amount(wrappingIncl)},
                      {QStringLiteral("total_wrapping_tax_excl"), amount(wrappingExcl)},
                      {QStringLiteral("associations"), QJsonObject{{QStringLiteral("order_rows"), rows}}}};
    m_records[QStringLiteral("orders")].append({orderId, order});
    expected.number = reference;
    expected.paid = false;
    if (m_options.keepExpected)
        m_expectedOrders.insert(orderId, expected);
    // An order created in a bookable state is invoiced (and, when the state says paid, paid) at once.
    if (bookable) {
        // Keep the order's date_upd: the order is created in this state.
        setOrderState(orderId, state, false);
        Record* record = find(QStringLiteral("orders"), orderId);
        record->object.insert(QStringLiteral("date_upd"), dateUpd);
        if (m_options.keepExpected)
            m_expectedOrders[orderId].updatedAt = utc(dateUpd);
    }

    if (bookable && i % 5 == 0) {
        // An order slip refunding one unit of each of the first two lines, with the shipping when i % 10 == 0.
        // OrderRefundCalculator sums the unrounded unit prices incl. VAT into the header and rounds once, while
        // OrderSlipCreator rounds each detail line: header and lines can differ by a cent (issue 13 item 12).
        // Half of the shipping refunds are partial refunds that carry the shipping only in shipping_cost_amount,
        // with shipping_cost 0 and no shipping totals (API-shops.md S9, OrderSlip::createPartialOrderSlip).
        const qint64 slipId = m_nextSlipId++;
        const bool refundShipping = i % 10 == 0;
        const bool shippingOnlyAsAmount = refundShipping && i % 20 == 0;
        const QString slipAdd = local.addSecs(30 * 60).toString(timeFormat);
        const QString slipUpd = local.addSecs(31 * 60).toString(timeFormat);
        const qint64 slipShippingExcl = refundShipping ? shippingExcl : 0;
        const qint64 slipShippingIncl = refundShipping ? shippingIncl : 0;
        qint64 headerExcl = 0, headerInclExact = 0, linesIncl = 0;
        QJsonArray slipDetails;
        for (const Refundable& line : std::as_const(refundable)) {
            headerExcl += line.unitExcl;
            headerInclExact += line.unitInclExact;
            linesIncl += line.unitIncl;
            slipDetails.append(QJsonObject{{QStringLiteral("id"), QString::number(slipId * 10 + slipDetails.size())},
                                           {QStringLiteral("id_order_detail"), QString::number(line.detailId)},
                                           {QStringLiteral("product_quantity"), QStringLiteral("1")},
                                           {QStringLiteral("amount_tax_excl"), amount(line.unitExcl)},
                                           {QStringLiteral("amount_tax_incl"), amount(line.unitIncl)}});
        }
        const qint64 headerIncl = roundedShare(headerInclExact, 1, 10000);
        QJsonObject slip{
            {QStringLiteral("id"), slipId},
            {QStringLiteral("id_customer"), QString::number(customerId)},
            {QStringLiteral("id_order"), QString::number(orderId)},
            {QStringLiteral("conversion_rate"), QStringLiteral("1.000000")},
            {QStringLiteral("total_products_tax_excl"), amount(headerExcl)},
            {QStringLiteral("total_products_tax_incl"), amount(headerIncl)},
            {QStringLiteral("total_shipping_tax_excl"), amount(shippingOnlyAsAmount ? 0 : slipShippingExcl)},
            {QStringLiteral("total_shipping_tax_incl"), amount(shippingOnlyAsAmount ? 0 : slipShippingIncl)},
            {QStringLiteral("amount"), amount(headerIncl + slipShippingIncl)},
            {QStringLiteral("shipping_cost"),
             refundShipping && !shippingOnlyAsAmount ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("shipping_cost_amount"), amount(slipShippingIncl)},
            {QStringLiteral("partial"), QStringLiteral("1")},
            {QStringLiteral("order_slip_type"), QStringLiteral("0")},
            {QStringLiteral("date_add"), slipAdd},
            {QStringLiteral("date_upd"), slipUpd},
            {QStringLiteral("associations"), QJsonObject{{QStringLiteral("order_slip_details"), slipDetails}}}};
        m_records[QStringLiteral("order_slip")].append({slipId, slip});
        if (m_options.keepExpected) {
            const Invoice& invoice = m_expectedOrders[orderId];
            CreditMemo memo;
            static_cast<SalesDocument&>(memo) = invoice;
            memo.kind = DocumentKind::CreditMemo;
            memo.shopId = QString::number(slipId);
            memo.number = memo.shopId;
            memo.status.clear();
            memo.createdAt = utc(slipAdd);
            memo.updatedAt = utc(slipUpd);
            memo.documentDate = QDateTime::fromString(slipAdd, timeFormat).date();
            memo.lines.clear();
            for (const Refundable& refunded : std::as_const(refundable)) {
                DocumentLine line = refunded.line;
                line.quantity = Quantity::whole(1);
                line.rowTotalExcl = Money::fromCents(refunded.unitExcl);
                line.rowTotalIncl = Money::fromCents(refunded.unitIncl);
                line.vatAmount = Money::fromCents(refunded.unitIncl - refunded.unitExcl);
                memo.lines.append(line);
            }
            memo.shipping.reset();
            if (refundShipping && !(shippingOnlyAsAmount && shippingIncl == 0))
                memo.shipping = Shipping{QStringLiteral("Shipping"), Money::fromCents(shippingExcl),
                                         Money::fromCents(shippingIncl), VatRate::fromBasisPoints(profile.highRate)};
            memo.surcharges.clear();
            memo.discounts.clear();
            memo.payments.clear();
            memo.paid = false;
            memo.totalExcl = Money::fromCents(headerExcl + slipShippingExcl);
            memo.totalIncl = Money::fromCents(headerIncl + slipShippingIncl);
            memo.totalVat = memo.totalIncl - memo.totalExcl;
            memo.roundingTolerance = Money::fromCents(std::max<qint64>(1, (memo.lines.size() + 1) / 2));
            memo.invoiceShopId = invoice.shopId;
            memo.invoiceNumber = invoice.number;
            m_expectedCreditMemos.append(memo);
        }
        if (headerIncl != linesIncl)
            ++m_slipsWithRoundedHeader;
        if (shippingOnlyAsAmount && slipShippingIncl != 0)
            ++m_slipsWithShippingOnlyAsAmount;
    }
}

void PrestaShopEmulator::setOrderState(qint64 orderId, qint64 state, bool touchDateUpd)
{
    Record* record = find(QStringLiteral("orders"), orderId);
    if (!record)
        return;
    QJsonObject& order = record->object;
    order.insert(QStringLiteral("current_state"), QString::number(state));
    const bool bookable = bookableStates().contains(state);
    order.insert(QStringLiteral("valid"), bookable ? QStringLiteral("1") : QStringLiteral("0"));
    const QString now = touchDateUpd ? tick(3600) : m_clock.toString(timeFormat);
    if (touchDateUpd)
        order.insert(QStringLiteral("date_upd"), now);
    Invoice* expected = m_expectedOrders.contains(orderId) ? &m_expectedOrders[orderId] : nullptr;
    if (expected) {
        expected->status = stateName(state);
        if (touchDateUpd) {
            const QDateTime plain = QDateTime::fromString(now, timeFormat);
            expected->updatedAt = QDateTime(plain.date(), plain.time(), m_zone).toUTC();
        }
    }
    if (bookable && fieldText(order, QStringLiteral("invoice_number")) == u"0") {
        const qint64 number = m_nextInvoiceNumber++;
        order.insert(QStringLiteral("invoice_number"), QString::number(number));
        order.insert(QStringLiteral("invoice_date"), now);
        if (expected)
            expected->number = QString::number(number);
    }
    if (statePaid(state) && expected && expected->payments.isEmpty()) {
        const QString reference = fieldText(order, QStringLiteral("reference"));
        const QString total = fieldText(order, QStringLiteral("total_paid_tax_incl"));
        const QString method = fieldText(order, QStringLiteral("payment"));
        // order_payments are per reference: the other order of a split cart adds to the cart's one payment
        // (API-shops.md S9).
        Record* cartPayment = nullptr;
        for (Record& candidate : m_records[QStringLiteral("order_payments")])
            if (fieldText(candidate.object, QStringLiteral("order_reference")) == reference)
                cartPayment = &candidate;
        if (cartPayment) {
            const Money sum =
                *Money::parse(fieldText(cartPayment->object, QStringLiteral("amount"))) + *Money::parse(total);
            cartPayment->object.insert(QStringLiteral("amount"), amount(sum.cents()));
        } else {
            const qint64 paymentId = m_nextPaymentId++;
            cartPayment = &m_records[QStringLiteral("order_payments")].emplaceBack(
                Record{paymentId, QJsonObject{{QStringLiteral("id"), paymentId},
                                              {QStringLiteral("order_reference"), reference},
                                              {QStringLiteral("id_currency"), QStringLiteral("1")},
                                              {QStringLiteral("amount"), total},
                                              {QStringLiteral("payment_method"), method},
                                              {QStringLiteral("conversion_rate"), QStringLiteral("1.000000")},
                                              {QStringLiteral("transaction_id"), QStringLiteral("tr_%1").arg(orderId)},
                                              {QStringLiteral("date_add"), now}}});
        }
        // The order's share of the cart's payment is its own total.
        Payment payment;
        payment.shopId = QString::number(cartPayment->id);
        payment.method = method;
        payment.transactionId = fieldText(cartPayment->object, QStringLiteral("transaction_id"));
        payment.amount = expected->totalIncl;
        expected->payments = {payment};
    }
    if (expected)
        expected->paid = !expected->payments.isEmpty() || statePaid(state);
}

void PrestaShopEmulator::touchOrder(qint64 orderId, const QString& newName)
{
    const QString now = tick(3600);
    if (Record* record = find(QStringLiteral("orders"), orderId))
        record->object.insert(QStringLiteral("date_upd"), now);
    if (Record* detail = find(QStringLiteral("order_details"), orderId * 10))
        detail->object.insert(QStringLiteral("product_name"), newName);
    if (m_expectedOrders.contains(orderId)) {
        Invoice& expected = m_expectedOrders[orderId];
        expected.lines.first().description = newName;
        const QDateTime plain = QDateTime::fromString(now, timeFormat);
        expected.updatedAt = QDateTime(plain.date(), plain.time(), m_zone).toUTC();
    }
}

void PrestaShopEmulator::touchOrdersAtOnce(const QList<qint64>& orderIds, int secondsLater)
{
    const QString now = tick(secondsLater);
    const QDateTime plain = QDateTime::fromString(now, timeFormat);
    for (const qint64 orderId : orderIds) {
        if (Record* record = find(QStringLiteral("orders"), orderId))
            record->object.insert(QStringLiteral("date_upd"), now);
        if (m_expectedOrders.contains(orderId))
            m_expectedOrders[orderId].updatedAt = QDateTime(plain.date(), plain.time(), m_zone).toUTC();
    }
}

void PrestaShopEmulator::setStatedTotalOff(qint64 orderId, qint64 centsOff)
{
    Record* record = find(QStringLiteral("orders"), orderId);
    if (!record)
        return;
    const Money stated =
        *Money::parse(fieldText(record->object, QStringLiteral("total_paid_tax_incl"))) + Money::fromCents(centsOff);
    for (const char* field : {"total_paid", "total_paid_tax_incl"})
        record->object.insert(QString::fromLatin1(field), amount(stated.cents()));
    if (m_expectedOrders.contains(orderId)) {
        Invoice& expected = m_expectedOrders[orderId];
        expected.totalIncl = stated;
        expected.totalVat = expected.totalIncl - expected.totalExcl;
    }
}

void PrestaShopEmulator::deleteOrder(qint64 orderId)
{
    QList<Record>& orders = m_records[QStringLiteral("orders")];
    orders.erase(std::remove_if(orders.begin(), orders.end(), [&](const Record& r) { return r.id == orderId; }),
                 orders.end());
    m_expectedOrders.remove(orderId);
}

qint64 PrestaShopEmulator::addBrokenOrder()
{
    const bool keep = m_options.keepExpected;
    m_options.keepExpected = false;
    int id = 0;
    do { // a bookable order, so that it is mapped
        generateOne();
        id = m_generated;
    } while (!bookableStates().contains(
        fieldText(find(QStringLiteral("orders"), id)->object, QStringLiteral("current_state")).toLongLong()));
    m_options.keepExpected = keep;
    Record* detail = find(QStringLiteral("order_details"), qint64(id) * 10);
    QJsonObject associations = detail->object.value(QStringLiteral("associations")).toObject();
    associations.insert(QStringLiteral("taxes"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("99")}}});
    detail->object.insert(QStringLiteral("associations"), associations);
    return id;
}

SandboxHttpServer::Response PrestaShopEmulator::handle(const SandboxHttpServer::Request& request)
{
    // Outside /api is the shop's front office: its own "page not found" page in HTML, no webservice and no key
    // asked (issue 13 item 8: an address typed as the home page; the front office's exact answer is unverified).
    const QString path = request.url.path();
    if (path != u"/api" && !path.startsWith(QStringLiteral("/api/"))) {
        SandboxHttpServer::Response page;
        page.status = 404;
        page.contentType = "text/html; charset=utf-8";
        page.body = "<!doctype html><html><head><title>Page not found</title></head><body><h1>Page not found"
                    "</h1></body></html>";
        return page;
    }
    // The key as the basic-auth user, empty password; ?ws_key= is accepted as PrestaShop does.
    QByteArray user;
    // In CGI mode the web server drops the header before PHP sees it (API-shops.md S9).
    const QByteArray header = m_options.cgiMode ? QByteArray() : request.headers.value("authorization");
    if (header.startsWith("Basic "))
        user = QByteArray::fromBase64(header.mid(6)).split(':').value(0);
    else
        user = QUrlQuery(request.url).queryItemValue(QStringLiteral("ws_key")).toUtf8();
    if (user.isEmpty() || user != m_options.webserviceKey.toUtf8()) {
        SandboxHttpServer::Response response = error(401, user.isEmpty() ? 17 : 18,
                                                     user.isEmpty() ? QStringLiteral("Authentication key is empty")
                                                                    : QStringLiteral("Invalid authentication key"));
        response.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                          QByteArray("Basic realm=\"Welcome to PrestaShop Webservice, please enter "
                                                     "the authentication key as the login. No password required.\"")));
        return response;
    }
    static const QRegularExpression route(QStringLiteral(R"(^/api/(\w+)(?:/(\d+))?/?$)"));
    const auto m = route.match(request.url.path());
    if (!m.hasMatch() || !m_records.contains(m.captured(1)))
        return error(400, 22, QStringLiteral("Method or resource not found"));
    const QString resource = m.captured(1);
    // A valid key without the permission for this resource: 401 with error 26, the resource named (issue 13
    // item 13; PrestaShop WebserviceRequest::checkResource; the text is from its source, unverified on a live
    // shop).
    if (!m_options.permittedResources.isEmpty() && !m_options.permittedResources.contains(resource))
        return error(
            401, 26,
            QStringLiteral("Resource of type \"%1\" is not allowed with this authentication key").arg(resource));
    if (m.captured(2).isEmpty())
        return list(resource, request);
    const Record* record = find(resource, m.captured(2).toLongLong());
    if (!record)
        return error(404, 87, QStringLiteral("Id not found"));
    return json(QJsonDocument(QJsonObject{{recordName(resource), record->object}}));
}

SandboxHttpServer::Response PrestaShopEmulator::list(const QString& resource, const SandboxHttpServer::Request& request)
{
    const QUrlQuery query(request.url);
    const auto value = [&](const QString& name) { return query.queryItemValue(name, QUrl::FullyDecoded); };
    const QString format = value(QStringLiteral("output_format")).isEmpty() ? value(QStringLiteral("io_format"))
                                                                            : value(QStringLiteral("output_format"));
    if (format.compare(u"JSON", Qt::CaseInsensitive) != 0 &&
        request.headers.value("output-format").compare("JSON", Qt::CaseInsensitive) != 0) {
        SandboxHttpServer::Response response;
        response.contentType = "text/xml;charset=utf-8";
        response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop><" + listName(resource).toUtf8() +
                        "/></prestashop>";
        return response;
    }
    const bool dates = value(QStringLiteral("date")) == u"1";
    static const QRegularExpression filterKey(QStringLiteral(R"(^filter\[(\w+)\]$)"));
    QList<QPair<QString, QString>> filters;
    for (const auto& [name, text] : query.queryItems(QUrl::FullyDecoded)) {
        const auto f = filterKey.match(name);
        if (!f.hasMatch())
            continue;
        if (f.captured(1).startsWith(u"date_") && !dates)
            return error(400, 33, QStringLiteral("The 'date' parameter must be 1 to filter on a date field"));
        filters.append({f.captured(1), text});
    }
    QList<const QJsonObject*> hits;
    const auto found = m_records.constFind(resource); // by reference: hits point into it
    for (const Record& record : *found) {
        bool all = true;
        for (const auto& [field, filter] : std::as_const(filters))
            all = all && matches(fieldText(record.object, field), filter);
        if (all)
            hits.append(&record.object);
    }
    static const QRegularExpression sortShape(QStringLiteral(R"(^\[(.*)\]$)"));
    const auto sortMatch = sortShape.match(value(QStringLiteral("sort")));
    if (sortMatch.hasMatch()) {
        QList<QPair<QString, bool>> sorts;
        for (const QString& part : sortMatch.captured(1).split(u',')) {
            const bool descending = part.endsWith(QStringLiteral("_DESC"));
            sorts.append({part.section(u'_', 0, -2), !descending});
            if (part.startsWith(u"date_") && !dates)
                return error(400, 33, QStringLiteral("The 'date' parameter must be 1 to sort on a date field"));
        }
        std::stable_sort(hits.begin(), hits.end(), [&](const QJsonObject* a, const QJsonObject* b) {
            for (const auto& [field, ascending] : std::as_const(sorts)) {
                const int c = compare(fieldText(*a, field), fieldText(*b, field));
                if (c != 0)
                    return ascending ? c < 0 : c > 0;
            }
            return false;
        });
    }
    const QString limit = value(QStringLiteral("limit"));
    qsizetype offset = 0;
    qsizetype count = hits.size();
    if (!limit.isEmpty()) {
        if (limit.contains(u',')) {
            offset = limit.section(u',', 0, 0).toLongLong();
            count = limit.section(u',', 1).toLongLong();
        } else {
            count = limit.toLongLong();
        }
    }
    QJsonArray items;
    const bool full = value(QStringLiteral("display")) == u"full";
    for (qsizetype i = offset; i < hits.size() && i < offset + count; ++i)
        items.append(full ? *hits[i] : QJsonObject{{QStringLiteral("id"), hits[i]->value(QStringLiteral("id"))}});
    if (items.isEmpty())
        return json(QJsonDocument(QJsonArray{})); // PrestaShop's quirk: an empty list is a bare []
    return json(QJsonDocument(QJsonObject{{listName(resource), items}}));
}
