#include "ShopFromEnvironment.h"

#include "MagentoConnector.h"
#include "PrestaShopConnector.h"

ShopFromEnvironment::Found ShopFromEnvironment::read(const QProcessEnvironment& environment)
{
    const QString shop = environment.value(QStringLiteral("BOEKHOUDBRUG_SHOP")).trimmed().toLower();
    if (shop.isEmpty())
        return {};
    const QUrl url(environment.value(QStringLiteral("BOEKHOUDBRUG_SHOP_URL")).trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return {{}, tr("BOEKHOUDBRUG_SHOP_URL is missing or not a web address.")};

    if (shop == u"magento") {
        MagentoSettings settings;
        settings.restBaseUrl = url;
        settings.consumerKey = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_CONSUMER_KEY"));
        settings.consumerSecret = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_CONSUMER_SECRET"));
        settings.accessToken = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN"));
        settings.accessTokenSecret = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN_SECRET"));
        settings.useBearerToken = environment.value(QStringLiteral("BOEKHOUDBRUG_MAGENTO_BEARER")) == u"1";
        const bool complete = settings.useBearerToken
                                  ? !settings.accessToken.isEmpty()
                                  : !settings.consumerKey.isEmpty() && !settings.consumerSecret.isEmpty() &&
                                        !settings.accessToken.isEmpty() && !settings.accessTokenSecret.isEmpty();
        if (!complete)
            return {{},
                    tr("The Magento integration keys are incomplete: set the four BOEKHOUDBRUG_MAGENTO_* "
                       "variables (or BOEKHOUDBRUG_MAGENTO_BEARER=1 with the access token).")};
        return {[settings] { return std::unique_ptr<ShopConnector>(std::make_unique<MagentoConnector>(settings)); },
                {}};
    }
    if (shop == u"prestashop") {
        PrestaShopSettings settings;
        settings.apiBaseUrl = url;
        settings.webserviceKey = environment.value(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_KEY"));
        const QString zone = environment.value(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_TIMEZONE"));
        if (!zone.isEmpty())
            settings.timeZone = zone.toUtf8();
        for (const QString& state : environment.value(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES"))
                                        .split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = state.trimmed().toLongLong(&ok);
            if (ok)
                settings.bookableStates.append(id);
        }
        if (settings.webserviceKey.isEmpty() || settings.bookableStates.isEmpty())
            return {{},
                    tr("Set BOEKHOUDBRUG_PRESTASHOP_KEY and BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES (the order "
                       "states booked as invoices, e.g. 2,4,5).")};
        return {[settings] { return std::unique_ptr<ShopConnector>(std::make_unique<PrestaShopConnector>(settings)); },
                {}};
    }
    return {{}, tr("BOEKHOUDBRUG_SHOP must be magento or prestashop, not \"%1\".").arg(shop)};
}
