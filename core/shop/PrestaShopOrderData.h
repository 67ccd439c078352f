#pragma once

#include <QJsonObject>
#include <QList>

// One PrestaShop order with what the webservice keeps in other resources: its order_details (line totals and
// taxes), its customer, that customer's addresses (for the address fallback) and its order_payments.
struct PrestaShopOrderData
{
    QJsonObject order;
    QList<QJsonObject> details;
    QJsonObject customer;
    QList<QJsonObject> addresses;
    QList<QJsonObject> payments; // this order's, or its share of its cart's payments (API-shops.md S9)
    // The order is part of a cart split over several orders whose payments do not add up to the cart's totals:
    // which part of them is this order's cannot be told, so none is booked for it.
    bool cartPaymentUnmatched = false;
};
