#pragma once

#include "ShopConnector.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>
#include <memory>

// The shop of a headless run (scheduler, server), from environment variables, the way the e-Boekhouden
// credentials can come from BOEKHOUDBRUG_EB_*. Secrets never go to a settings file.
//   BOEKHOUDBRUG_SHOP                        magento or prestashop
//   BOEKHOUDBRUG_SHOP_URL                    Magento REST base (https://shop.example/rest) or PrestaShop API
//                                            base (https://shop.example/api)
//   BOEKHOUDBRUG_MAGENTO_CONSUMER_KEY, BOEKHOUDBRUG_MAGENTO_CONSUMER_SECRET,
//   BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN, BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN_SECRET
//                                            the integration's four keys (OAuth 1.0a signing)
//   BOEKHOUDBRUG_MAGENTO_BEARER=1            send the access token as a Bearer token instead (shops that allow it)
//   BOEKHOUDBRUG_PRESTASHOP_KEY              the webservice key
//   BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES  order state ids booked as invoices, e.g. "2,4,5"
//   BOEKHOUDBRUG_PRESTASHOP_TIMEZONE         the shop's time zone (default Europe/Amsterdam)
class ShopFromEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ShopFromEnvironment)

public:
    using Factory = std::function<std::unique_ptr<ShopConnector>()>;

    struct Found
    {
        Factory factory; // empty when no shop is configured or the configuration is incomplete
        QString message; // why not, for the bookkeeper; empty when no shop is configured at all
    };

    static Found read(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // "2, 4,5" -> {2, 4, 5}; what is no number is left out.
    static QList<qint64> parseStates(const QString& text);
};
