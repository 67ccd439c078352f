#include "DocumentJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString money(Money amount)
{
    return amount.toDecimalString();
}

Money money(const QJsonValue& value)
{
    return Money::parse(value.toString()).value_or(Money());
}

QString rate(VatRate rate)
{
    return QString::number(rate.basisPoints());
}

VatRate rate(const QJsonValue& value)
{
    return VatRate::fromBasisPoints(value.toString().toInt());
}

QString timestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timestamp(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QJsonObject addressToJson(const Address& a)
{
    return {{"firstName", a.firstName}, {"lastName", a.lastName},       {"company", a.company},
            {"street", a.street},       {"street2", a.street2},         {"postcode", a.postcode},
            {"city", a.city},           {"countryCode", a.countryCode}, {"phone", a.phone},
            {"vatNumber", a.vatNumber}};
}

Address addressFromJson(const QJsonObject& o)
{
    Address a;
    a.firstName = o["firstName"].toString();
    a.lastName = o["lastName"].toString();
    a.company = o["company"].toString();
    a.street = o["street"].toString();
    a.street2 = o["street2"].toString();
    a.postcode = o["postcode"].toString();
    a.city = o["city"].toString();
    a.countryCode = o["countryCode"].toString();
    a.phone = o["phone"].toString();
    a.vatNumber = o["vatNumber"].toString();
    return a;
}

QJsonObject chargeToJson(const QString& description, Money excl, Money incl)
{
    return {{"description", description}, {"amountExcl", money(excl)}, {"amountIncl", money(incl)}};
}

} // namespace

QJsonObject DocumentJson::customerToJson(const Customer& c)
{
    return {{"shopId", c.shopId},
            {"website", c.website},
            {"email", c.email},
            {"firstName", c.firstName},
            {"middleName", c.middleName},
            {"lastName", c.lastName},
            {"suffix", c.suffix},
            {"company", c.company},
            {"vatNumber", c.vatNumber},
            {"customerNumber", c.customerNumber},
            {"countryCode", c.countryCode},
            {"createdAt", timestamp(c.createdAt)},
            {"updatedAt", timestamp(c.updatedAt)},
            {"debtorCode", c.debtorCode}};
}

Customer DocumentJson::customerFromJson(const QJsonObject& o)
{
    Customer c;
    c.shopId = o["shopId"].toString();
    c.website = o["website"].toString();
    c.email = o["email"].toString();
    c.firstName = o["firstName"].toString();
    c.middleName = o["middleName"].toString();
    c.lastName = o["lastName"].toString();
    c.suffix = o["suffix"].toString();
    c.company = o["company"].toString();
    c.vatNumber = o["vatNumber"].toString();
    c.customerNumber = o["customerNumber"].toString();
    c.countryCode = o["countryCode"].toString();
    c.createdAt = timestamp(o["createdAt"]);
    c.updatedAt = timestamp(o["updatedAt"]);
    c.debtorCode = o["debtorCode"].toString();
    return c;
}

QJsonObject DocumentJson::toJson(const SalesDocument& d, const QString& creditedInvoiceShopId,
                                 const QString& creditedInvoiceNumber)
{
    QJsonArray lines;
    for (const DocumentLine& line : d.lines) {
        lines.append(QJsonObject{{"productId", line.productId},
                                 {"sku", line.sku},
                                 {"description", line.description},
                                 {"quantityThousandths", QString::number(line.quantity.thousandths)},
                                 {"rowTotalExcl", money(line.rowTotalExcl)},
                                 {"rowTotalIncl", money(line.rowTotalIncl)},
                                 {"vatAmount", money(line.vatAmount)},
                                 {"vatRate", rate(line.vatRate)}});
    }
    QJsonArray surcharges;
    for (const Surcharge& s : d.surcharges)
        surcharges.append(chargeToJson(s.description, s.amountExcl, s.amountIncl));
    QJsonArray discounts;
    for (const Discount& s : d.discounts)
        discounts.append(chargeToJson(s.description, s.amountExcl, s.amountIncl));
    QJsonArray payments;
    for (const Payment& p : d.payments) {
        payments.append(QJsonObject{{"shopId", p.shopId},
                                    {"method", p.method},
                                    {"transactionId", p.transactionId},
                                    {"amount", money(p.amount)},
                                    {"paidAt", timestamp(p.paidAt)}});
    }

    QJsonObject o{{"kind", d.kind == DocumentKind::CreditMemo ? "creditmemo" : "invoice"},
                  {"platform", d.platform},
                  {"shopId", d.shopId},
                  {"number", d.number},
                  {"orderId", d.orderId},
                  {"orderNumber", d.orderNumber},
                  {"website", d.website},
                  {"status", d.status},
                  {"documentDate", d.documentDate.toString(Qt::ISODate)},
                  {"createdAt", timestamp(d.createdAt)},
                  {"updatedAt", timestamp(d.updatedAt)},
                  {"currency", d.currency},
                  {"customer", customerToJson(d.customer)},
                  {"billingAddress", addressToJson(d.billingAddress)},
                  {"shippingAddress", addressToJson(d.shippingAddress)},
                  {"paymentMethod", d.paymentMethod},
                  {"lines", lines},
                  {"surcharges", surcharges},
                  {"discounts", discounts},
                  {"totalExcl", money(d.totalExcl)},
                  {"totalIncl", money(d.totalIncl)},
                  {"totalVat", money(d.totalVat)},
                  {"payments", payments},
                  {"paid", d.paid}};
    if (!d.roundingTolerance.isZero()) // only where a shop rounds its total once: other payloads stay as they were
        o["roundingTolerance"] = money(d.roundingTolerance);
    if (d.shipping) {
        QJsonObject shipping = chargeToJson(d.shipping->description, d.shipping->amountExcl, d.shipping->amountIncl);
        shipping["vatRate"] = rate(d.shipping->vatRate);
        o["shipping"] = shipping;
    }
    if (d.kind == DocumentKind::CreditMemo) {
        o["invoiceShopId"] = creditedInvoiceShopId;
        o["invoiceNumber"] = creditedInvoiceNumber;
    }
    return o;
}

QByteArray DocumentJson::toBytes(const SalesDocument& document)
{
    return QJsonDocument(toJson(document)).toJson(QJsonDocument::Compact);
}

QByteArray DocumentJson::toBytes(const CreditMemo& memo)
{
    return QJsonDocument(toJson(memo, memo.invoiceShopId, memo.invoiceNumber)).toJson(QJsonDocument::Compact);
}

std::optional<SalesDocument> DocumentJson::fromBytes(const QByteArray& payload)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    const QJsonObject o = json.object();

    SalesDocument d;
    d.kind = o["kind"].toString() == u"creditmemo" ? DocumentKind::CreditMemo : DocumentKind::Invoice;
    d.platform = o["platform"].toString();
    d.shopId = o["shopId"].toString();
    d.number = o["number"].toString();
    d.orderId = o["orderId"].toString();
    d.orderNumber = o["orderNumber"].toString();
    d.website = o["website"].toString();
    d.status = o["status"].toString();
    d.documentDate = QDate::fromString(o["documentDate"].toString(), Qt::ISODate);
    d.createdAt = timestamp(o["createdAt"]);
    d.updatedAt = timestamp(o["updatedAt"]);
    d.currency = o["currency"].toString();
    d.customer = customerFromJson(o["customer"].toObject());
    d.billingAddress = addressFromJson(o["billingAddress"].toObject());
    d.shippingAddress = addressFromJson(o["shippingAddress"].toObject());
    d.paymentMethod = o["paymentMethod"].toString();
    for (const QJsonValue& value : o["lines"].toArray()) {
        const QJsonObject l = value.toObject();
        DocumentLine line;
        line.productId = l["productId"].toString();
        line.sku = l["sku"].toString();
        line.description = l["description"].toString();
        line.quantity.thousandths = l["quantityThousandths"].toString().toLongLong();
        line.rowTotalExcl = money(l["rowTotalExcl"]);
        line.rowTotalIncl = money(l["rowTotalIncl"]);
        line.vatAmount = money(l["vatAmount"]);
        line.vatRate = rate(l["vatRate"]);
        d.lines.append(line);
    }
    if (o.contains("shipping")) {
        const QJsonObject s = o["shipping"].toObject();
        d.shipping =
            Shipping{s["description"].toString(), money(s["amountExcl"]), money(s["amountIncl"]), rate(s["vatRate"])};
    }
    for (const QJsonValue& value : o["surcharges"].toArray()) {
        const QJsonObject s = value.toObject();
        d.surcharges.append({s["description"].toString(), money(s["amountExcl"]), money(s["amountIncl"])});
    }
    for (const QJsonValue& value : o["discounts"].toArray()) {
        const QJsonObject s = value.toObject();
        d.discounts.append({s["description"].toString(), money(s["amountExcl"]), money(s["amountIncl"])});
    }
    d.totalExcl = money(o["totalExcl"]);
    d.totalIncl = money(o["totalIncl"]);
    d.totalVat = money(o["totalVat"]);
    d.roundingTolerance = money(o["roundingTolerance"]); // absent in older payloads: 0, to the cent
    for (const QJsonValue& value : o["payments"].toArray()) {
        const QJsonObject p = value.toObject();
        d.payments.append({p["shopId"].toString(), p["method"].toString(), p["transactionId"].toString(),
                           money(p["amount"]), timestamp(p["paidAt"])});
    }
    d.paid = o["paid"].toBool();
    return d;
}

std::optional<CreditMemo> DocumentJson::fromBytesAsCreditMemo(const QByteArray& payload)
{
    const std::optional<SalesDocument> document = fromBytes(payload);
    if (!document)
        return std::nullopt;
    CreditMemo memo;
    static_cast<SalesDocument&>(memo) = *document;
    memo.kind = DocumentKind::CreditMemo;
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    memo.invoiceShopId = o["invoiceShopId"].toString();
    memo.invoiceNumber = o["invoiceNumber"].toString();
    return memo;
}
