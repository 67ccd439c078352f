#include "PrestaShopMapper.h"

#include "JsonFields.h"
#include "money/VatArithmetic.h"
#include "rules/CurrencyConversion.h"
#include "rules/VatRateNormaliser.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace JsonFields;

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

QJsonArray association(const QJsonObject& object, const char* name)
{
    return object.value(key("associations")).toObject().value(key(name)).toArray();
}

QString rateText(const QJsonObject& object, const char* name)
{
    return decimalText(object.value(key(name)));
}

// Half a cent for each rounded amount a total is made of, in whole cents, and at least one.
Money roundingTolerance(int roundedParts)
{
    return Money::fromCents(std::max(1, roundedParts / 2));
}

// amount × quantity (thousandths), half away from zero to cents.
Money times(Money unit, Quantity quantity)
{
    const qint64 doubled = unit.cents() * quantity.thousandths * 2 / 1000;
    return Money::fromCents(doubled >= 0 ? (doubled + 1) / 2 : (doubled - 1) / 2);
}

} // namespace

QList<QJsonObject> PrestaShopMapper::records(const QJsonDocument& document)
{
    QList<QJsonObject> result;
    if (document.isArray()) {
        for (const QJsonValue& value : document.array())
            result.append(value.toObject());
        return result;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            for (const QJsonValue& value : it.value().toArray())
                result.append(value.toObject());
            return result;
        }
        if (it.value().isObject() && object.size() == 1) {
            result.append(it.value().toObject());
            return result;
        }
    }
    return result;
}

bool PrestaShopMapper::isListResponse(const QJsonDocument& document)
{
    if (document.isArray())
        return document.array().isEmpty(); // PrestaShop sends a bare [] only for an empty list
    if (!document.isObject() || document.object().size() != 1)
        return false;
    const QJsonValue only = *document.object().begin();
    return only.isArray() || only.isObject();
}

QByteArray PrestaShopMapper::payloadWithoutSecrets(const QJsonObject& object)
{
    QJsonObject copy = object;
    copy.remove(key("passwd"));
    copy.remove(key("secure_key"));
    copy.remove(key("reset_password_token"));
    return QJsonDocument(copy).toJson(QJsonDocument::Compact);
}

QString PrestaShopMapper::invoiceNumber(const QJsonObject& order)
{
    const qint64 number = integer(order, key("invoice_number")).value_or(0);
    return number > 0 ? QString::number(number) : order.value(key("reference")).toString();
}

QString PrestaShopMapper::defaultCurrency(const QList<QJsonObject>& currencies)
{
    QStringList atOne;
    for (const QJsonObject& currency : currencies) {
        const auto rate = ExchangeRate::parse(rateText(currency, "conversion_rate"));
        if (rate && rate->isOne() && !flag(currency, key("deleted")))
            atOne.append(currency.value(key("iso_code")).toString().toUpper());
    }
    return atOne.size() == 1 ? atOne.first() : QString();
}

QString PrestaShopMapper::stateName(qint64 stateId, const PrestaShopLookups& lookups)
{
    return stateName(stateId, lookups.orderStates.value(stateId));
}

QString PrestaShopMapper::stateName(qint64 stateId, const QJsonObject& state)
{
    const QString name = firstLanguage(state.value(key("name")));
    return name.isEmpty() ? QString::number(stateId) : name;
}

QJsonObject PrestaShopMapper::pickAddress(const QList<QJsonObject>& addresses, const QString& wantedId,
                                          const QString& firstName, const QString& lastName)
{
    if (!wantedId.isEmpty())
        for (const QJsonObject& candidate : addresses)
            if (text(candidate, key("id")) == wantedId)
                return candidate;
    for (const QJsonObject& candidate : addresses)
        if (candidate.value(key("firstname")).toString().trimmed().compare(firstName.trimmed(), Qt::CaseInsensitive) ==
                0 &&
            candidate.value(key("lastname")).toString().trimmed().compare(lastName.trimmed(), Qt::CaseInsensitive) == 0)
            return candidate;
    return addresses.isEmpty() ? QJsonObject() : addresses.first();
}

Mapped<Address> PrestaShopMapper::address(const QJsonObject& object, const PrestaShopLookups& lookups)
{
    Address result;
    result.firstName = object.value(key("firstname")).toString();
    result.lastName = object.value(key("lastname")).toString();
    result.company = object.value(key("company")).toString();
    result.street = object.value(key("address1")).toString();
    result.street2 = object.value(key("address2")).toString();
    result.postcode = object.value(key("postcode")).toString();
    result.city = object.value(key("city")).toString();
    result.phone = object.value(key("phone")).toString();
    if (result.phone.isEmpty())
        result.phone = object.value(key("phone_mobile")).toString();
    result.vatNumber = object.value(key("vat_number")).toString().trimmed();
    const qint64 countryId = integer(object, key("id_country")).value_or(0);
    if (!lookups.countryIso.contains(countryId))
        return Mapped<Address>::failed(tr("Address %1 refers to country %2, which the shop does not list.")
                                           .arg(text(object, key("id")))
                                           .arg(countryId));
    result.countryCode = lookups.countryIso.value(countryId).toUpper();
    return {result, {}};
}

std::optional<QList<QJsonObject>> PrestaShopMapper::cartShare(const QJsonObject& order,
                                                              const QList<QJsonObject>& cartOrders,
                                                              const QList<QJsonObject>& payments)
{
    const auto byId = [](const QJsonObject& a, const QJsonObject& b) {
        return integer(a, key("id")).value_or(0) < integer(b, key("id")).value_or(0);
    };
    QList<QJsonObject> orders = cartOrders;
    QList<QJsonObject> paid = payments;
    std::sort(orders.begin(), orders.end(), byId);
    std::sort(paid.begin(), paid.end(), byId);
    Money cartTotal;
    for (const QJsonObject& cartOrder : std::as_const(orders)) {
        const auto total = money(cartOrder, key("total_paid_tax_incl"));
        if (!total)
            return std::nullopt;
        cartTotal += *total;
    }
    Money paidTotal;
    for (const QJsonObject& payment : std::as_const(paid))
        paidTotal += money(payment, key("amount")).value_or(Money{});
    if (paidTotal != cartTotal)
        return std::nullopt;

    const QString wanted = text(order, key("id"));
    qsizetype next = 0;
    Money left = paid.isEmpty() ? Money{} : money(paid.first(), key("amount")).value_or(Money{});
    for (const QJsonObject& cartOrder : std::as_const(orders)) {
        Money due = *money(cartOrder, key("total_paid_tax_incl"));
        QList<QJsonObject> shares;
        while (!due.isZero() && next < paid.size()) {
            const Money taken = left < due ? left : due;
            if (!taken.isZero()) {
                QJsonObject share = paid.at(next);
                share.insert(key("amount"), taken.toDecimalString());
                shares.append(share);
            }
            due -= taken;
            left -= taken;
            if (left.isZero() && ++next < paid.size())
                left = money(paid.at(next), key("amount")).value_or(Money{});
        }
        if (text(cartOrder, key("id")) == wanted)
            return shares;
    }
    return std::nullopt;
}

Payment PrestaShopMapper::payment(const QJsonObject& object, const QTimeZone& zone)
{
    Payment result;
    result.shopId = text(object, key("id"));
    result.method = object.value(key("payment_method")).toString();
    result.transactionId = object.value(key("transaction_id")).toString();
    result.amount = money(object, key("amount")).value_or(Money{});
    result.paidAt = timestamp(text(object, key("date_add")), zone).value_or(QDateTime{});
    return result;
}

std::optional<VatRate> PrestaShopMapper::statedRate(const QJsonObject& detail, const PrestaShopLookups& lookups,
                                                    QString& reason)
{
    const QJsonArray taxes = association(detail, "taxes");
    if (taxes.isEmpty())
        return std::nullopt;
    int basisPoints = 0;
    for (const QJsonValue& value : taxes) {
        const qint64 taxId = integer(value.toObject(), key("id")).value_or(0);
        if (!lookups.taxes.contains(taxId)) {
            reason = tr("Line %1 refers to tax %2, which the shop does not list.")
                         .arg(text(detail, key("product_reference")))
                         .arg(taxId);
            return std::nullopt;
        }
        const auto rate = VatRateNormaliser::parseShopRate(rateText(lookups.taxes.value(taxId), "rate"));
        if (!rate) {
            reason = tr("Tax %1 has no readable rate.").arg(taxId);
            return std::nullopt;
        }
        basisPoints += rate->basisPoints(); // compound taxes on one line add up
    }
    return VatRate::fromBasisPoints(basisPoints);
}

QString PrestaShopMapper::mapCommon(const PrestaShopOrderData& data, const PrestaShopLookups& lookups,
                                    SalesDocument& out)
{
    const QJsonObject& order = data.order;
    out.platform = QStringLiteral("prestashop");
    out.shopId = text(order, key("id"));
    if (out.shopId.isEmpty())
        return tr("The order has no id.");
    out.orderId = out.shopId;
    out.orderNumber = order.value(key("reference")).toString();
    out.number = invoiceNumber(order);
    out.website = lookups.website;
    out.currency = lookups.currency;
    out.status = stateName(integer(order, key("current_state")).value_or(0), lookups);

    const auto created = timestamp(text(order, key("date_add")), lookups.timeZone);
    if (!created)
        return tr("The order has no valid date_add.");
    out.createdAt = *created;
    out.updatedAt = timestamp(text(order, key("date_upd")), lookups.timeZone).value_or(*created);
    out.documentDate = created->toTimeZone(lookups.timeZone).date();

    if (data.customer.isEmpty())
        return tr("Its customer %1 could not be found in the shop.").arg(text(order, key("id_customer")));
    const QString firstName = data.customer.value(key("firstname")).toString();
    const QString lastName = data.customer.value(key("lastname")).toString();
    const QJsonObject invoiceAddress =
        pickAddress(data.addresses, text(order, key("id_address_invoice")), firstName, lastName);
    if (invoiceAddress.isEmpty())
        return tr("Customer %1 has no address in the shop.").arg(text(order, key("id_customer")));
    const auto billing = address(invoiceAddress, lookups);
    if (!billing.value)
        return billing.reason;
    const auto shipping =
        address(pickAddress(data.addresses, text(order, key("id_address_delivery")), firstName, lastName), lookups);
    if (!shipping.value)
        return shipping.reason;
    out.billingAddress = *billing.value;
    out.shippingAddress = *shipping.value;

    Customer& customer = out.customer;
    customer.shopId = text(data.customer, key("id"));
    customer.website = lookups.website;
    customer.email = data.customer.value(key("email")).toString();
    customer.firstName = firstName;
    customer.lastName = lastName;
    const QString company = data.customer.value(key("company")).toString();
    customer.company = out.billingAddress.company.isEmpty() ? company : out.billingAddress.company;
    customer.vatNumber = out.billingAddress.vatNumber; // PrestaShop keeps VAT numbers on addresses only
    customer.countryCode = out.billingAddress.countryCode;
    customer.createdAt = timestamp(text(data.customer, key("date_add")), lookups.timeZone).value_or(QDateTime{});
    customer.updatedAt = timestamp(text(data.customer, key("date_upd")), lookups.timeZone).value_or(customer.createdAt);

    out.paymentMethod = order.value(key("payment")).toString();
    return {};
}

QString PrestaShopMapper::toShopCurrency(const QJsonObject& document, const QJsonObject& order,
                                         const PrestaShopLookups& lookups, SalesDocument& out)
{
    // The slip's own rate when it has one (a refund made later may use a later rate), else the order's.
    const QJsonObject& source = document.contains(key("conversion_rate")) ? document : order;
    if (!source.contains(key("conversion_rate"))) {
        out.currency = lookups.currency;
        return {};
    }
    const auto rate = ExchangeRate::parse(rateText(source, "conversion_rate"));
    if (!rate)
        return tr("The order's conversion rate \"%1\" cannot be read, so its amounts cannot be converted to %2.")
            .arg(text(source, key("conversion_rate")), lookups.currency);
    // With the shop's currencies at hand, the rate must fit the order's currency: 1 for the default currency,
    // another rate for any other. A mismatch means the default currency set up here is not the shop's.
    const QString orderCurrency = lookups.currencyIso.value(integer(order, key("id_currency")).value_or(0));
    if (!orderCurrency.isEmpty() && (orderCurrency == lookups.currency) != rate->isOne())
        return tr("Order %1 is in %2 at a conversion rate of %3 to %4, which cannot both be right. Check that %4 "
                  "is the shop's default currency in the shop settings of Boekhoudbrug.")
            .arg(out.orderNumber, orderCurrency, rate->toString(), lookups.currency);
    CurrencyConversion::toBaseCurrency(out, *rate, lookups.currency);
    return {};
}

Mapped<Invoice> PrestaShopMapper::invoice(const PrestaShopOrderData& data, const PrestaShopLookups& lookups)
{
    Invoice result;
    if (const QString reason = mapCommon(data, lookups, result); !reason.isEmpty())
        return Mapped<Invoice>::failed(reason);
    const QJsonObject& order = data.order;
    const QStringList rateCountries{result.billingAddress.countryCode, QStringLiteral("NL")};

    QHash<QString, QJsonObject> details;
    QSet<qint64> invoiceIds;
    for (const QJsonObject& detail : data.details) {
        details.insert(text(detail, key("id")), detail);
        if (const qint64 invoiceId = integer(detail, key("id_order_invoice")).value_or(0); invoiceId > 0)
            invoiceIds.insert(invoiceId);
    }
    // An order edited after it was invoiced can get a second invoice (order_invoices) with its own number and
    // totals; booking the whole order under the first number would not match what the customer received.
    if (invoiceIds.size() > 1)
        return Mapped<Invoice>::failed(
            tr("Order %1 has %2 invoices in PrestaShop; Boekhoudbrug books one invoice per order. Book these "
               "invoices by hand in e-Boekhouden, then choose \"Mark as booked by hand\" on it.")
                .arg(result.orderNumber)
                .arg(invoiceIds.size()));
    // order_rows list the lines; an order without them (trimmed output) is read from its details alone.
    QList<QJsonObject> rows;
    for (const QJsonValue& value : association(order, "order_rows"))
        rows.append(value.toObject());
    if (rows.isEmpty())
        rows = data.details;

    for (const QJsonObject& row : std::as_const(rows)) {
        const QString rowId = text(row, key("id"));
        const bool haveDetail = details.contains(rowId);
        const QJsonObject source = haveDetail ? details.value(rowId) : row;
        const QString sku = source.value(key("product_reference")).toString();
        const auto quantity = JsonFields::quantity(source, key("product_quantity"));
        if (!quantity)
            return Mapped<Invoice>::failed(tr("Line %1 has no readable quantity.").arg(sku));
        if (quantity->isZero())
            continue; // the seed: a line with quantity 0 is skipped
        DocumentLine line;
        line.productId = text(source, key("product_id"));
        line.sku = sku;
        line.description = source.value(key("product_name")).toString();
        line.quantity = *quantity;
        if (haveDetail) {
            const auto excl = money(source, key("total_price_tax_excl"));
            const auto incl = money(source, key("total_price_tax_incl"));
            if (!excl || !incl)
                return Mapped<Invoice>::failed(tr("Line %1 has no readable totals.").arg(sku));
            line.rowTotalExcl = *excl;
            line.rowTotalIncl = *incl;
        } else {
            // Without its order_details the row's unit prices are all there is.
            const auto excl = money(source, key("unit_price_tax_excl"));
            const auto incl = money(source, key("unit_price_tax_incl"));
            if (!excl || !incl)
                return Mapped<Invoice>::failed(tr("Line %1 has no readable unit prices.").arg(sku));
            line.rowTotalExcl = times(*excl, *quantity);
            line.rowTotalIncl = times(*incl, *quantity);
        }
        line.vatAmount = line.rowTotalIncl - line.rowTotalExcl;
        QString reason;
        if (const auto stated = statedRate(source, lookups, reason)) {
            line.vatRate = *stated;
        } else if (!reason.isEmpty()) {
            return Mapped<Invoice>::failed(reason);
        } else if (const auto derived =
                       VatRateNormaliser::deriveFromAmounts(line.rowTotalExcl, line.rowTotalIncl, rateCountries)) {
            line.vatRate = *derived;
        } else {
            return Mapped<Invoice>::failed(
                tr("The VAT rate of line %1 cannot be determined: it has no taxes and %2 incl. / %3 excl. VAT "
                   "fit no legal rate.")
                    .arg(sku, line.rowTotalIncl.toDecimalString(), line.rowTotalExcl.toDecimalString()));
        }
        result.lines.append(line);
    }

    const auto products = money(order, key("total_products"));
    const auto productsIncl = money(order, key("total_products_wt"));
    if (!products || !productsIncl)
        return Mapped<Invoice>::failed(tr("The order has no readable product totals."));
    const Money shippingExcl = money(order, key("total_shipping_tax_excl")).value_or(Money{});
    const Money shippingIncl = money(order, key("total_shipping_tax_incl")).value_or(shippingExcl);
    const Money wrappingExcl = money(order, key("total_wrapping_tax_excl")).value_or(Money{});
    const Money wrappingIncl = money(order, key("total_wrapping_tax_incl")).value_or(wrappingExcl);
    const Money discountExcl = money(order, key("total_discounts_tax_excl")).value_or(Money{});
    const Money discountIncl = money(order, key("total_discounts_tax_incl")).value_or(discountExcl);

    if (order.contains(key("total_shipping_tax_incl")) || order.contains(key("total_shipping"))) {
        Shipping shipping;
        shipping.description = tr("Shipping");
        shipping.amountExcl = shippingExcl;
        shipping.amountIncl = shippingIncl;
        const auto rate = VatRateNormaliser::parseShopRate(rateText(order, "carrier_tax_rate"));
        if (!rate && !(shippingIncl - shippingExcl).isZero())
            return Mapped<Invoice>::failed(tr("The order has shipping VAT but no readable carrier_tax_rate."));
        shipping.vatRate = rate.value_or(VatRate{});
        result.shipping = shipping;
    }
    if (!wrappingIncl.isZero() || !wrappingExcl.isZero())
        result.surcharges.append({tr("Gift wrapping"), wrappingExcl, wrappingIncl});
    if (!discountIncl.isZero() || !discountExcl.isZero())
        result.discounts.append({tr("Discount"), discountExcl, discountIncl});

    // The invoice the shop issued is its stated total: Cart::getOrderTotal rounds once, at the end, over
    // unrounded cart-rule amounts, so the rounded parts can miss it by a cent (issue 13 item 12). The payment is
    // of this total. Only without a stated total are the parts all there is.
    result.totalIncl =
        money(order, key("total_paid_tax_incl")).value_or(*productsIncl + shippingIncl + wrappingIncl - discountIncl);
    result.totalExcl =
        money(order, key("total_paid_tax_excl")).value_or(*products + shippingExcl + wrappingExcl - discountExcl);
    result.totalVat = result.totalIncl - result.totalExcl;
    // Each rounded part (a line, the shipping, the wrapping, the discount, counted twice because it sums rounded
    // cart rules) and the total itself may be half a cent off its unrounded value.
    const int roundedParts =
        int(result.lines.size()) + 1 + (result.surcharges.isEmpty() ? 0 : 1) + (result.discounts.isEmpty() ? 0 : 2) + 1;
    result.roundingTolerance = roundingTolerance(roundedParts);

    Money paidSum;
    for (const QJsonObject& object : data.payments) {
        result.payments.append(payment(object, lookups.timeZone));
        paidSum += result.payments.last().amount;
    }
    const QJsonObject state = lookups.orderStates.value(integer(order, key("current_state")).value_or(0));
    result.paid = flag(state, key("paid")) || (!result.payments.isEmpty() && paidSum >= result.totalIncl);
    // A split cart whose payments do not add up: booking "paid" would book a payment of a guessed amount.
    if (data.cartPaymentUnmatched)
        result.paid = false;
    if (const QString reason = toShopCurrency(order, order, lookups, result); !reason.isEmpty())
        return Mapped<Invoice>::failed(reason);
    return {result, {}};
}

Mapped<CreditMemo> PrestaShopMapper::creditMemo(const QJsonObject& slip, const PrestaShopOrderData& order,
                                                const PrestaShopLookups& lookups)
{
    CreditMemo result;
    if (const QString reason = mapCommon(order, lookups, result); !reason.isEmpty())
        return Mapped<CreditMemo>::failed(reason);
    result.kind = DocumentKind::CreditMemo;
    result.shopId = text(slip, key("id"));
    if (result.shopId.isEmpty())
        return Mapped<CreditMemo>::failed(tr("The order slip has no id."));
    result.number = result.shopId;
    result.invoiceShopId = text(order.order, key("id"));
    result.invoiceNumber = invoiceNumber(order.order);
    result.status.clear();
    const auto created = timestamp(text(slip, key("date_add")), lookups.timeZone);
    if (!created)
        return Mapped<CreditMemo>::failed(tr("The order slip has no valid date_add."));
    result.createdAt = *created;
    result.updatedAt = timestamp(text(slip, key("date_upd")), lookups.timeZone).value_or(*created);
    result.documentDate = created->toTimeZone(lookups.timeZone).date();
    const QStringList rateCountries{result.billingAddress.countryCode, QStringLiteral("NL")};

    QHash<QString, QJsonObject> details;
    for (const QJsonObject& detail : order.details)
        details.insert(text(detail, key("id")), detail);
    for (const QJsonValue& value : association(slip, "order_slip_details")) {
        const QJsonObject item = value.toObject();
        const QJsonObject detail = details.value(text(item, key("id_order_detail")));
        if (detail.isEmpty())
            return Mapped<CreditMemo>::failed(tr("The slip credits order line %1, which its order %2 does not have.")
                                                  .arg(text(item, key("id_order_detail")), result.orderId));
        const auto quantity = JsonFields::quantity(item, key("product_quantity"));
        const auto excl = money(item, key("amount_tax_excl"));
        const auto incl = money(item, key("amount_tax_incl"));
        if (!quantity || !excl || !incl)
            return Mapped<CreditMemo>::failed(
                tr("Slip line %1 has no readable quantity or amounts.").arg(text(item, key("id_order_detail"))));
        if (quantity->isZero() && excl->isZero() && incl->isZero())
            continue;
        DocumentLine line;
        line.productId = text(detail, key("product_id"));
        line.sku = detail.value(key("product_reference")).toString();
        line.description = detail.value(key("product_name")).toString();
        line.quantity = *quantity;
        line.rowTotalExcl = *excl;
        line.rowTotalIncl = *incl;
        line.vatAmount = *incl - *excl;
        QString reason;
        if (const auto stated = statedRate(detail, lookups, reason))
            line.vatRate = *stated;
        else if (!reason.isEmpty())
            return Mapped<CreditMemo>::failed(reason);
        else if (const auto derived = VatRateNormaliser::deriveFromAmounts(*excl, *incl, rateCountries))
            line.vatRate = *derived;
        else
            return Mapped<CreditMemo>::failed(tr("The VAT rate of slip line %1 cannot be determined.").arg(line.sku));
        result.lines.append(line);
    }

    const auto productsExcl = money(slip, key("total_products_tax_excl"));
    const auto productsIncl = money(slip, key("total_products_tax_incl"));
    if (!productsExcl || !productsIncl)
        return Mapped<CreditMemo>::failed(tr("The order slip has no readable product totals."));
    // The shipping refund: the slip's shipping totals, or, for a partial refund, only shipping_cost_amount with
    // shipping_cost 0 (API-shops.md S9, OrderSlip::createPartialOrderSlip). That amount is read as incl. VAT at
    // the carrier's rate (unverified: the stricter reading, as the refunded amount is what the customer gets).
    const VatRate carrierRate =
        VatRateNormaliser::parseShopRate(rateText(order.order, "carrier_tax_rate")).value_or(VatRate{});
    Money shippingExcl = money(slip, key("total_shipping_tax_excl")).value_or(Money{});
    Money shippingIncl = money(slip, key("total_shipping_tax_incl")).value_or(shippingExcl);
    if (shippingExcl.isZero() && shippingIncl.isZero()) {
        shippingIncl = money(slip, key("shipping_cost_amount")).value_or(Money{});
        shippingExcl = shippingIncl - VatArithmetic::vatInGross(shippingIncl, carrierRate);
    }
    result.shipping.reset();
    if (!shippingExcl.isZero() || !shippingIncl.isZero() || flag(slip, key("shipping_cost")))
        result.shipping = Shipping{tr("Shipping"), shippingExcl, shippingIncl, carrierRate};
    // The slip's header is what PrestaShop refunds: OrderRefundCalculator sums the unrounded price × quantity
    // of the lines and rounds once, while each detail line is rounded on its own (issue 13 item 12). A gap of
    // that size is PrestaShop's arithmetic, booked on a rounding line, not a fault in the shop.
    result.totalExcl = *productsExcl + shippingExcl;
    result.totalIncl = *productsIncl + shippingIncl;
    result.totalVat = result.totalIncl - result.totalExcl;
    result.roundingTolerance = roundingTolerance(int(result.lines.size()) + 1);
    result.payments.clear();
    result.paid = false;
    if (const QString reason = toShopCurrency(slip, order.order, lookups, result); !reason.isEmpty())
        return Mapped<CreditMemo>::failed(reason);
    return {result, {}};
}

Mapped<Customer> PrestaShopMapper::customer(const QJsonObject& customer, const QList<QJsonObject>& addresses,
                                            const PrestaShopLookups& lookups)
{
    Customer result;
    result.shopId = text(customer, key("id"));
    if (result.shopId.isEmpty())
        return Mapped<Customer>::failed(tr("The customer has no id."));
    result.website = lookups.website;
    result.email = customer.value(key("email")).toString();
    result.firstName = customer.value(key("firstname")).toString();
    result.lastName = customer.value(key("lastname")).toString();
    result.company = customer.value(key("company")).toString();
    result.createdAt = timestamp(text(customer, key("date_add")), lookups.timeZone).value_or(QDateTime{});
    result.updatedAt = timestamp(text(customer, key("date_upd")), lookups.timeZone).value_or(result.createdAt);
    // No default address in PrestaShop: the customer's own-name address (else the first) holds the B2B data.
    const QJsonObject chosen = pickAddress(addresses, {}, result.firstName, result.lastName);
    if (!chosen.isEmpty()) {
        const auto mapped = address(chosen, lookups);
        if (!mapped.value)
            return Mapped<Customer>::failed(mapped.reason);
        if (result.company.isEmpty())
            result.company = mapped.value->company;
        result.vatNumber = mapped.value->vatNumber;
        result.countryCode = mapped.value->countryCode;
    }
    return {result, {}};
}
