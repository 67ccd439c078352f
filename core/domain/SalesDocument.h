#pragma once

#include "Address.h"
#include "Customer.h"
#include "Discount.h"
#include "DocumentKind.h"
#include "DocumentLine.h"
#include "money/Money.h"
#include "Payment.h"
#include "Shipping.h"
#include "Surcharge.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What invoices and credit memos share: a shop document with its lines and totals, exactly as the shop
// reported them. Amounts are positive for both kinds; a credit memo becomes negative only when posted.
struct SalesDocument
{
    DocumentKind kind = DocumentKind::Invoice;
    QString platform;    // "magento", "prestashop"
    QString shopId;      // the shop's entity id of this document
    QString number;      // the shop's document number (increment id / invoice number)
    QString orderId;     // the shop's order entity id
    QString orderNumber; // the order's number / reference
    QString website;     // shop website / store
    QString status;      // the shop's status of the order
    QDate documentDate;  // the booking date: the store's local date
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString currency;    // ISO 4217; the amounts below are in it (the shop's base currency)

    Customer customer;
    Address billingAddress;
    Address shippingAddress;
    QString paymentMethod;

    QList<DocumentLine> lines;
    std::optional<Shipping> shipping;
    QList<Surcharge> surcharges;
    QList<Discount> discounts;

    Money totalExcl; // the shop's document totals
    Money totalIncl;
    Money totalVat;
    // How far these totals may lie from the sum of the parts because the shop rounds its total once, over
    // unrounded parts, as PrestaShop does (issue 13 item 12); zero: to the cent. Within it the difference is the
    // shop's arithmetic and is booked on a rounding row; beyond it the pre-check refuses the document.
    Money roundingTolerance;

    QList<Payment> payments;
    bool paid = false;
};
