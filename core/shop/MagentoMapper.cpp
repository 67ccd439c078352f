#include "MagentoMapper.h"

#include "JsonFields.h"
#include "rules/VatRateNormaliser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace JsonFields;

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

Address address(const QJsonObject& object)
{
    Address result;
    result.firstName = object.value(key("firstname")).toString();
    result.lastName = object.value(key("lastname")).toString();
    result.company = object.value(key("company")).toString();
    const QJsonArray street = object.value(key("street")).toArray();
    if (!street.isEmpty())
        result.street = street.at(0).toString();
    QStringList rest;
    for (qsizetype i = 1; i < street.size(); ++i)
        rest.append(street.at(i).toString());
    result.street2 = rest.join(u' ');
    result.postcode = object.value(key("postcode")).toString();
    result.city = object.value(key("city")).toString();
    result.countryCode = object.value(key("country_id")).toString().toUpper();
    result.phone = object.value(key("telephone")).toString();
    result.vatNumber = object.value(key("vat_id")).toString();
    return result;
}

// Sum of the percentages of a list of applied taxes (compound rates add up on one line).
std::optional<VatRate> appliedRate(const QJsonArray& appliedTaxes)
{
    if (appliedTaxes.isEmpty())
        return std::nullopt;
    int basisPoints = 0;
    for (const QJsonValue& value : appliedTaxes) {
        const auto rate = vatRate(value.toObject(), key("percent"));
        if (!rate)
            return std::nullopt;
        basisPoints += rate->basisPoints();
    }
    return VatRate::fromBasisPoints(basisPoints);
}

// tax / amount as a percentage, half away from zero to 0.01 %; integer arithmetic only.
VatRate derivedRate(Money tax, Money amount)
{
    if (amount.isZero())
        return VatRate{};
    const qint64 numerator = tax.cents() * 10000 * 2;
    qint64 quotient = numerator / amount.cents();
    quotient = quotient >= 0 ? (quotient + 1) / 2 : (quotient - 1) / 2;
    return VatRate::fromBasisPoints(int(quotient));
}

// A rate derived from amounts is the legal rate of the document's countries that they fit (API-shops.md S7: 0.87
// on 4.13 is 21 %, not 21.07 %); when none does (a Dutch shop charging its own VAT to a customer abroad), the raw
// rate, which the booking rules snap with the shop's country or refuse.
VatRate legalRateOf(Money tax, Money amount, const QStringList& countries)
{
    if (const std::optional<VatRate> legal = VatRateNormaliser::deriveFromAmounts(amount, amount + tax, countries))
        return *legal;
    return derivedRate(tax, amount);
}

} // namespace

QString MagentoMapper::mapDocument(const QJsonObject& document, const QJsonObject& order, const MagentoShopInfo& shop,
                                   SalesDocument& out)
{
    out.platform = QStringLiteral("magento");
    out.shopId = text(document, key("entity_id"));
    if (out.shopId.isEmpty())
        return tr("The document has no entity_id.");
    out.number = text(document, key("increment_id"));
    out.orderId = text(document, key("order_id"));
    out.orderNumber = order.value(key("increment_id")).toString();

    const MagentoStoreView store = shop.store(int(integer(document, key("store_id")).value_or(0)));
    out.website = store.websiteName;
    const QTimeZone utc = QTimeZone::utc();
    const auto created = timestamp(text(document, key("created_at")), utc);
    if (!created)
        return tr("The document has no valid created_at date.");
    out.createdAt = *created;
    out.updatedAt = timestamp(text(document, key("updated_at")), utc).value_or(*created);
    out.documentDate = created->toTimeZone(store.timeZone).date();

    const QString baseCurrency = document.value(key("base_currency_code")).toString(store.baseCurrency);
    const QString orderCurrency = document.value(key("order_currency_code")).toString(baseCurrency);
    const bool useBase = baseCurrency == u"EUR" || orderCurrency != u"EUR";
    out.currency = useBase ? baseCurrency : orderCurrency;
    const QString prefix = useBase ? key("base_") : QString();
    auto amount = [&](const QJsonObject& object, const char* name) { return money(object, prefix + key(name)); };

    // The order: customer, addresses, payment method, VAT rates per item.
    const QJsonObject billing = order.value(key("billing_address")).toObject();
    out.billingAddress = address(billing);
    const QJsonObject extension = order.value(key("extension_attributes")).toObject();
    const QJsonArray assignments = extension.value(key("shipping_assignments")).toArray();
    const QJsonObject shippingAddress =
        assignments.isEmpty()
            ? QJsonObject()
            : assignments.at(0).toObject().value(key("shipping")).toObject().value(key("address")).toObject();
    out.shippingAddress = shippingAddress.isEmpty() ? out.billingAddress : address(shippingAddress);
    QStringList countries;
    for (const QString& country : {out.shippingAddress.countryCode, out.billingAddress.countryCode})
        if (!country.isEmpty() && !countries.contains(country))
            countries.append(country);

    Customer& customer = out.customer;
    customer.shopId = flag(order, key("customer_is_guest")) ? QString() : text(order, key("customer_id"));
    customer.website = out.website;
    customer.email = order.value(key("customer_email")).toString(billing.value(key("email")).toString());
    customer.firstName = order.value(key("customer_firstname")).toString(out.billingAddress.firstName);
    customer.middleName = order.value(key("customer_middlename")).toString();
    customer.lastName = order.value(key("customer_lastname")).toString(out.billingAddress.lastName);
    customer.company = out.billingAddress.company;
    customer.vatNumber = out.billingAddress.vatNumber.isEmpty() ? order.value(key("customer_taxvat")).toString()
                                                                : out.billingAddress.vatNumber;
    customer.countryCode = out.billingAddress.countryCode;

    QString methodTitle;
    for (const QJsonValue& value : extension.value(key("payment_additional_info")).toArray())
        if (value.toObject().value(key("key")).toString() == u"method_title")
            methodTitle = value.toObject().value(key("value")).toString();
    out.paymentMethod =
        methodTitle.isEmpty() ? order.value(key("payment")).toObject().value(key("method")).toString() : methodTitle;

    QHash<qint64, QJsonObject> orderItems;
    QSet<qint64> parents;
    for (const QJsonValue& value : order.value(key("items")).toArray()) {
        const QJsonObject item = value.toObject();
        orderItems.insert(integer(item, key("item_id")).value_or(-1), item);
        if (const auto parent = integer(item, key("parent_item_id")))
            parents.insert(*parent);
    }
    QHash<qint64, VatRate> itemRates;
    std::optional<VatRate> shippingRate;
    for (const QJsonValue& value : extension.value(key("item_applied_taxes")).toArray()) {
        const QJsonObject applied = value.toObject();
        const auto rate = appliedRate(applied.value(key("applied_taxes")).toArray());
        if (!rate)
            continue;
        if (applied.value(key("type")).toString() == u"shipping")
            shippingRate = rate;
        else if (const auto id = integer(applied, key("item_id")))
            itemRates.insert(*id, *rate);
    }

    // Lines, first as the shop states them, then reconciled against the subtotal.
    struct Row
    {
        DocumentLine line;
        Money rowTotal;
        Money discount;
    };
    QList<Row> rows;
    Money rowSum;
    Money itemDiscounts; // as Magento states them, VAT compensation included
    for (const QJsonValue& value : document.value(key("items")).toArray()) {
        const QJsonObject item = value.toObject();
        const auto orderItemId = integer(item, key("order_item_id"));
        const QJsonObject orderItem = orderItems.value(orderItemId.value_or(-1));
        const auto rowTotal = amount(item, "row_total");
        const Money tax = amount(item, "tax_amount").value_or(Money{});
        const bool valueless = (!rowTotal || rowTotal->isZero()) && tax.isZero();
        const bool inPair = orderItem.contains(key("parent_item_id")) || parents.contains(orderItemId.value_or(-1)) ||
                            !item.contains(prefix + key("row_total"));
        if (valueless && inPair)
            continue; // the other half of a configurable/bundle pair carries the value
        const auto quantity = JsonFields::quantity(item, key("qty"));
        if (!quantity)
            return tr("Item %1 has no readable quantity.").arg(text(item, key("sku")));
        if (quantity->isZero())
            continue;
        if (!rowTotal)
            return tr("Item %1 has no readable row total.").arg(text(item, key("sku")));

        Row row;
        row.rowTotal = *rowTotal;
        const Money itemDiscount = amount(item, "discount_amount").value_or(Money{}).abs();
        itemDiscounts += itemDiscount;
        row.discount = itemDiscount - amount(item, "discount_tax_compensation_amount").value_or(Money{});
        row.line.productId = text(item, key("product_id"));
        row.line.sku = item.value(key("sku")).toString();
        row.line.description = item.value(key("name")).toString();
        row.line.quantity = *quantity;
        row.line.vatAmount = tax;
        if (itemRates.contains(orderItemId.value_or(-1)))
            row.line.vatRate = itemRates.value(*orderItemId);
        else if (const auto percent = vatRate(orderItem, key("tax_percent")); percent && !orderItem.isEmpty())
            row.line.vatRate = *percent;
        else if (orderItem.isEmpty() && !order.isEmpty())
            return tr("Item %1 is not on its order %2.").arg(row.line.sku, out.orderNumber);
        else
            row.line.vatRate = legalRateOf(tax, *rowTotal - row.discount, countries);
        rowSum += *rowTotal;
        rows.append(row);
    }
    const auto subtotal = amount(document, "subtotal");
    const bool rowsBeforeDiscount = subtotal && *subtotal == rowSum;
    for (Row& row : rows) {
        row.line.rowTotalExcl = rowsBeforeDiscount ? row.rowTotal - row.discount : row.rowTotal;
        row.line.rowTotalIncl = row.line.rowTotalExcl + row.line.vatAmount;
        out.lines.append(row.line);
    }

    const auto shippingAmount = amount(document, "shipping_amount");
    if (shippingAmount) {
        Shipping shipping;
        shipping.description = order.value(key("shipping_description")).toString();
        const Money shippingTax = amount(document, "shipping_tax_amount").value_or(Money{});
        // A cart rule that also discounts shipping adds that discount to the document's discount_amount, with no
        // field of its own on invoices and credit memos (orders have shipping_discount_amount): it is what the
        // document's discount has beyond its items'. Magento charges VAT on the discounted shipping, so
        // shipping_tax_amount already fits; with prices incl. VAT part of the discount is VAT compensation.
        // The items' part of it is what they state, or, when their rows come after discount, what the rows lack
        // of the subtotal: a fully discounted order has rows of 0 that state no discount (API-shops.md S8).
        const Money documentDiscount = amount(document, "discount_amount").value_or(Money{}).abs();
        Money itemPart = itemDiscounts;
        if (!rowsBeforeDiscount && subtotal && *subtotal - rowSum > itemPart)
            itemPart = *subtotal - rowSum;
        const Money shippingDiscount = document.contains(prefix + key("shipping_discount_amount"))
                                           ? amount(document, "shipping_discount_amount").value_or(Money{}).abs()
                                           : std::max(documentDiscount - itemPart, Money{});
        const Money shippingDiscountExcl =
            shippingDiscount.isZero()
                ? Money{}
                : shippingDiscount - amount(document, "shipping_discount_tax_compensation_amount").value_or(Money{});
        // Never more off the shipping than the shipping itself (S8): a discount that does not fit the parts is
        // left for the totals check to report, not booked as a negative shipping line.
        shipping.amountExcl =
            *shippingAmount - std::clamp(shippingDiscountExcl, Money{}, std::max(*shippingAmount, Money{}));
        shipping.amountIncl = shipping.amountExcl + shippingTax;
        shipping.vatRate = shippingRate.value_or(legalRateOf(shippingTax, shipping.amountExcl, countries));
        out.shipping = shipping;
    }

    const auto grandTotal = amount(document, "grand_total");
    if (!grandTotal)
        return tr("The document has no readable grand total.");
    out.totalIncl = *grandTotal;
    out.totalVat = amount(document, "tax_amount").value_or(Money{});
    out.totalExcl = out.totalIncl - out.totalVat;
    return {};
}

Mapped<Invoice> MagentoMapper::invoice(const QJsonObject& invoice, const QJsonObject& order,
                                       const MagentoShopInfo& shop)
{
    Invoice result;
    if (const QString reason = mapDocument(invoice, order, shop, result); !reason.isEmpty())
        return Mapped<Invoice>::failed(reason);
    const int state = int(integer(invoice, key("state")).value_or(0));
    result.status = state == 1   ? QStringLiteral("open")
                    : state == 2 ? QStringLiteral("paid")
                    : state == 3 ? QStringLiteral("canceled")
                                 : QString::number(state);
    result.paid = state == 2;
    return {result, {}};
}

Mapped<CreditMemo> MagentoMapper::creditMemo(const QJsonObject& creditMemo, const QJsonObject& order,
                                             const QString& invoiceNumber, const MagentoShopInfo& shop)
{
    CreditMemo result;
    if (const QString reason = mapDocument(creditMemo, order, shop, result); !reason.isEmpty())
        return Mapped<CreditMemo>::failed(reason);
    result.invoiceShopId = text(creditMemo, key("invoice_id"));
    result.invoiceNumber = invoiceNumber;
    const int state = int(integer(creditMemo, key("state")).value_or(0));
    result.status = state == 1   ? QStringLiteral("open")
                    : state == 2 ? QStringLiteral("refunded")
                    : state == 3 ? QStringLiteral("canceled")
                                 : QString::number(state);
    result.paid = state == 2;
    // Adjustments are untaxed in Magento: an extra refund raises the credit, a kept fee lowers it.
    const QString prefix = result.currency == text(creditMemo, key("base_currency_code")) ? key("base_") : QString();
    const Money positive = money(creditMemo, prefix + key("adjustment_positive")).value_or(Money{});
    const Money negative = money(creditMemo, prefix + key("adjustment_negative")).value_or(Money{});
    if (!positive.isZero())
        result.surcharges.append({tr("Adjustment refund"), positive, positive});
    if (!negative.isZero())
        result.discounts.append({tr("Adjustment fee"), negative, negative});
    return {result, {}};
}

Mapped<Customer> MagentoMapper::customer(const QJsonObject& customer, const MagentoShopInfo& shop)
{
    Customer result;
    result.shopId = text(customer, key("id"));
    if (result.shopId.isEmpty())
        return Mapped<Customer>::failed(tr("The customer has no id."));
    result.email = customer.value(key("email")).toString();
    result.firstName = customer.value(key("firstname")).toString();
    result.middleName = customer.value(key("middlename")).toString();
    result.lastName = customer.value(key("lastname")).toString();
    result.suffix = customer.value(key("suffix")).toString();
    result.website = shop.websiteName(int(integer(customer, key("website_id")).value_or(0)));
    const QTimeZone utc = QTimeZone::utc();
    result.createdAt = timestamp(text(customer, key("created_at")), utc).value_or(QDateTime{});
    result.updatedAt = timestamp(text(customer, key("updated_at")), utc).value_or(result.createdAt);

    // The default billing address holds the B2B data: company and the address-level VAT id.
    const QString defaultBilling = text(customer, key("default_billing"));
    QJsonObject billing;
    for (const QJsonValue& value : customer.value(key("addresses")).toArray()) {
        const QJsonObject candidate = value.toObject();
        if (text(candidate, key("id")) == defaultBilling || flag(candidate, key("default_billing")))
            billing = candidate;
    }
    const Address billingAddress = address(billing);
    result.company = billingAddress.company;
    result.vatNumber =
        billingAddress.vatNumber.isEmpty() ? customer.value(key("taxvat")).toString() : billingAddress.vatNumber;
    result.countryCode = billingAddress.countryCode;
    return {result, {}};
}

Mapped<Invoice> MagentoMapper::invoice(const QByteArray& invoiceJson, const QByteArray& orderJson,
                                       const MagentoShopInfo& shop)
{
    const QJsonDocument invoiceDocument = QJsonDocument::fromJson(invoiceJson);
    const QJsonDocument orderDocument = QJsonDocument::fromJson(orderJson);
    if (!invoiceDocument.isObject() || !orderDocument.isObject())
        return Mapped<Invoice>::failed(tr("The invoice or its order is not a JSON object."));
    return invoice(invoiceDocument.object(), orderDocument.object(), shop);
}

Mapped<Customer> MagentoMapper::customer(const QByteArray& customerJson, const MagentoShopInfo& shop)
{
    const QJsonDocument document = QJsonDocument::fromJson(customerJson);
    if (!document.isObject())
        return Mapped<Customer>::failed(tr("The customer is not a JSON object."));
    return customer(document.object(), shop);
}
