#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

// The shop-wide data a PrestaShop document refers to by id and that the mapper needs to read it: countries
// (ISO code by id_country), taxes (rate by the id in order_details' taxes association), order states (name
// and flags by current_state), currencies (ISO code by id_currency), plus the shop's time zone, web site name
// and default currency.
struct PrestaShopLookups
{
    QTimeZone timeZone{"Europe/Amsterdam"};
    QString website;
    QString currency = QStringLiteral("EUR");
    QHash<qint64, QString> countryIso; // id_country -> "NL"
    QHash<qint64, QJsonObject> taxes;  // id -> tax
    QHash<qint64, QJsonObject> orderStates;
    QHash<qint64, QString> currencyIso; // id_currency -> "USD"; empty when the key may not read currencies
};
