#pragma once

#include "domain/CreditMemo.h"
#include "domain/Customer.h"
#include "domain/Invoice.h"
#include "MagentoShopInfo.h"
#include "Mapped.h"

#include <QCoreApplication>
#include <QJsonObject>

// Magento 2 REST documents -> domain records. Pure: no network; the connector fetches the order of each
// invoice and credit memo and hands it in (an invoice carries no address, customer or VAT rate).
//
// Rules (API-shops.md 1.5-1.8):
// - Amounts: base_* when the base currency is EUR; otherwise the order currency when that is EUR; otherwise
//   base_* in the base currency (the booking rules then refuse a non-EUR document with a clear message).
// - Dates are UTC; the booking date is the created_at date in the store view's time zone.
// - A configurable/bundle product is a parent plus a child; the one without value (no or zero row total and
//   tax) is not booked, so the product is booked once.
// - Line VAT rate: the order's item_applied_taxes for that item, else the order item's tax_percent. Shipping
//   VAT rate: the item_applied_taxes entry of type "shipping", else derived from the shipping amounts.
// - Row totals may come before or after the line discount (both occur): if the booked rows add up to the
//   subtotal they are before discount and each row's discount_amount (less its tax compensation) is taken
//   off; otherwise they are taken as they are. Row incl. = row excl. + the row's tax_amount.
class MagentoMapper
{
    Q_DECLARE_TR_FUNCTIONS(MagentoMapper)

public:
    static Mapped<Invoice> invoice(const QJsonObject& invoice, const QJsonObject& order, const MagentoShopInfo& shop);
    static Mapped<CreditMemo> creditMemo(const QJsonObject& creditMemo, const QJsonObject& order,
                                         const QString& invoiceNumber, const MagentoShopInfo& shop);
    static Mapped<Customer> customer(const QJsonObject& customer, const MagentoShopInfo& shop);

    // The same, from response bodies (the sample files, a stored payload).
    static Mapped<Invoice> invoice(const QByteArray& invoiceJson, const QByteArray& orderJson,
                                   const MagentoShopInfo& shop);
    static Mapped<Customer> customer(const QByteArray& customerJson, const MagentoShopInfo& shop);

private:
    static QString mapDocument(const QJsonObject& document, const QJsonObject& order, const MagentoShopInfo& shop,
                               SalesDocument& out);
};
