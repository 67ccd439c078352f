#pragma once

#include "RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// How to reach a PrestaShop shop and what of it to book. The webservice key comes from the keychain, never
// from settings.
struct PrestaShopSettings
{
    QUrl apiBaseUrl; // https://shop.example/api (the connector appends orders, order_slip, ...)
    QString webserviceKey;
    // The key as ?ws_key= in the address instead of the Authorization header: for hosts that drop that header
    // (PHP as CGI/FastCGI, API-shops.md S9). The connector also switches by itself when it sees this.
    bool keyInAddress = false;
    // The order states (ids of /api/order_states) in which an order is booked as an invoice; the bookkeeper
    // picks them, e.g. "Payment accepted" and "Shipped". Orders in other states stay open and are re-checked.
    QList<qint64> bookableStates;
    // PS_TIMEZONE: PrestaShop writes and filters dates in the shop's local time, without an offset.
    QByteArray timeZone = "Europe/Amsterdam";
    QString website; // the grid's "Web Site" column
    // The shop's default currency, used when the key may not read the shop's currencies (which name it).
    QString currency = QStringLiteral("EUR");
    int pageSize = 100;
    RetryPolicy retry;
};
