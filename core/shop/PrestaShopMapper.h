#pragma once

#include "domain/Address.h"
#include "domain/CreditMemo.h"
#include "domain/Customer.h"
#include "domain/Invoice.h"
#include "domain/Payment.h"
#include "Mapped.h"
#include "PrestaShopLookups.h"
#include "PrestaShopOrderData.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

// PrestaShop webservice documents (output_format=JSON, display=full) -> domain records. Pure: no network; the
// connector fetches the related resources and hands them in.
//
// Rules (seed 004, API-shops.md 2.3-2.5):
// - Every numeric field may be a string ("20.230000") or a number; amounts go through Money::parse.
// - Dates are the shop's local time without offset; the booking date is the local date of date_add.
//   "0000-00-00 00:00:00" means unset.
// - Lines are the order's order_rows, with totals and taxes from the matching order_details; a line with
//   quantity 0 is skipped. Line VAT rate: the sum of the detail's taxes (a rate below 1 is a fraction, ×100);
//   without taxes it is derived from the line's incl./excl. totals and snapped to a legal rate.
// - Shipping at carrier_tax_rate; gift wrapping is a surcharge; total_discounts_tax_incl/excl is one
//   order-level discount (the rules spread it over the rates).
// - Totals: the order's stated total_paid_tax_incl/excl (the invoice the shop issued), which PrestaShop rounds
//   once over unrounded parts, with a rounding tolerance of half a cent per rounded part (issue 13 item 12); a
//   slip's header totals likewise. total_paid_real is never used.
// - Addresses: the order's address id among the customer's addresses, else the one with the customer's
//   first and last name, else the first. Country ISO code through id_country.
class PrestaShopMapper
{
    Q_DECLARE_TR_FUNCTIONS(PrestaShopMapper)

public:
    static Mapped<Invoice> invoice(const PrestaShopOrderData& data, const PrestaShopLookups& lookups);
    // An order slip crediting (part of) `order`.
    static Mapped<CreditMemo> creditMemo(const QJsonObject& slip, const PrestaShopOrderData& order,
                                         const PrestaShopLookups& lookups);
    static Mapped<Customer> customer(const QJsonObject& customer, const QList<QJsonObject>& addresses,
                                     const PrestaShopLookups& lookups);
    static Mapped<Address> address(const QJsonObject& address, const PrestaShopLookups& lookups);
    static Payment payment(const QJsonObject& payment, const QTimeZone& zone);

    // The seed's address fallback; an empty object when there are no addresses at all.
    static QJsonObject pickAddress(const QList<QJsonObject>& addresses, const QString& wantedId,
                                   const QString& firstName, const QString& lastName);
    // The VAT rate of an order_details line from its taxes association; nothing when it names no tax.
    static std::optional<VatRate> statedRate(const QJsonObject& detail, const PrestaShopLookups& lookups,
                                             QString& reason);
    // An order's share of the payments of its cart (API-shops.md S9: orders PrestaShop splits share one
    // reference, and order_payments are per reference): the cart's orders in id order each take their stated
    // total from the payments in id order, a payment split where it covers two orders. Nothing when the
    // payments do not add up to the cart's totals exactly.
    static std::optional<QList<QJsonObject>> cartShare(const QJsonObject& order, const QList<QJsonObject>& cartOrders,
                                                       const QList<QJsonObject>& payments);
    // The order state's name for the grid and the wizard ("Awaiting bank wire payment"), else its id.
    static QString stateName(qint64 stateId, const PrestaShopLookups& lookups);
    static QString stateName(qint64 stateId, const QJsonObject& state);
    // The order's invoice number, or its reference while PrestaShop has not numbered an invoice (0).
    static QString invoiceNumber(const QJsonObject& order);
    // The shop's default currency among its currencies: the one whose conversion_rate is 1 (rates are relative
    // to it). Empty when that is not exactly one of the currencies still in use.
    static QString defaultCurrency(const QList<QJsonObject>& currencies);

    // The records of a list response: {"orders": [...]}, or [] for an empty list (a PrestaShop quirk), or a
    // single {"order": {...}}.
    static QList<QJsonObject> records(const QJsonDocument& document);
    static bool isListResponse(const QJsonDocument& document);
    // The same object without the secrets the webservice sends along (passwd, secure_key), for storing.
    static QByteArray payloadWithoutSecrets(const QJsonObject& object);

private:
    static QString mapCommon(const PrestaShopOrderData& data, const PrestaShopLookups& lookups, SalesDocument& out);
    // Amounts of an order placed in another currency are in that currency; conversion_rate turns them into
    // the shop's default currency (foreign = default × rate). Empty, or why it cannot.
    static QString toShopCurrency(const QJsonObject& document, const QJsonObject& order,
                                  const PrestaShopLookups& lookups, SalesDocument& out);
};
