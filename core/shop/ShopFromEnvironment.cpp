#include "ShopFromEnvironment.h"

#include "ShopConnectionSettings.h"

ShopFromEnvironment::Found ShopFromEnvironment::read(const QProcessEnvironment& environment)
{
    const QString shop = environment.value(QStringLiteral("BOEKHOUDBRUG_SHOP")).trimmed().toLower();
    if (shop.isEmpty())
        return {};
    const QUrl url(environment.value(QStringLiteral("BOEKHOUDBRUG_SHOP_URL")).trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return {{}, tr("BOEKHOUDBRUG_SHOP_URL is missing or not a web address.")};

    ShopConnectionSettings connection;
    connection.platform = ShopConnectionSettings::platformFromName(shop);
    connection.setApiUrl(url);
    if (connection.platform == ShopConnectionSettings::Platform::Magento) {
        MagentoSettings& settings = connection.magento;
        settings.consumerKey = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_CONSUMER_KEY"));
        settings.consumerSecret = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_CONSUMER_SECRET"));
        settings.accessToken = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN"));
        settings.accessTokenSecret = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN_SECRET"));
        settings.useBearerToken = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_BEARER")) == u"1";
        if (!connection.isComplete())
            return {{},
                    tr("The Magento integration keys are incomplete: set the four BOEKHOUDBRUG_MAGENTO_* "
                       "variables (or BOEKHOUDBRUG_MAGENTO_BEARER=1 with the access token).")};
        return {connection.connectorFactory(), {}};
    }
    if (connection.platform == ShopConnectionSettings::Platform::PrestaShop) {
        PrestaShopSettings& settings = connection.prestaShop;
        settings.webserviceKey = environment.value(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_KEY"));
        settings.keyInAddress = environment.value(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_KEY_IN_ADDRESS")) == u"1";
        const QString zone = environment.value(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_TIMEZONE"));
        if (!zone.isEmpty())
            settings.timeZone = zone.toUtf8();
        settings.bookableStates =
            parseStates(environment.value(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES")));
        if (!connection.isComplete())
            return {{},
                    tr("Set BOEKHOUDBRUG_PRESTASHOP_KEY and BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES (the order "
                       "states booked as invoices, e.g. 2,4,5).")};
        return {connection.connectorFactory(), {}};
    }
    return {{}, tr("BOEKHOUDBRUG_SHOP must be magento or prestashop, not \"%1\".").arg(shop)};
}

QList<qint64> ShopFromEnvironment::parseStates(const QString& text)
{
    QList<qint64> states;
    for (const QString& state : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = state.trimmed().toLongLong(&ok);
        if (ok)
            states.append(id);
    }
    return states;
}
