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
    QList<QJsonObject> payments;
};
