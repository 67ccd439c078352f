#include "ShopConnectionSettings.h"

#include "MagentoConnector.h"
#include "PrestaShopConnector.h"

QUrl ShopConnectionSettings::apiUrl() const
{
    return platform == Platform::PrestaShop ? prestaShop.apiBaseUrl : magento.restBaseUrl;
}

void ShopConnectionSettings::setApiUrl(const QUrl& url)
{
    magento.restBaseUrl = url;
    prestaShop.apiBaseUrl = url;
}

bool ShopConnectionSettings::isComplete() const
{
    return missing().isEmpty();
}

QString ShopConnectionSettings::missing() const
{
    const QUrl url = apiUrl();
    switch (platform) {
    case Platform::None:
        return tr("Choose the shop's platform.");
    case Platform::Magento:
        if (!url.isValid() || url.host().isEmpty())
            return tr("Enter the shop's REST address, e.g. https://shop.example/rest.");
        if (magento.useBearerToken ? magento.accessToken.isEmpty()
                                   : magento.consumerKey.isEmpty() || magento.consumerSecret.isEmpty() ||
                                         magento.accessToken.isEmpty() || magento.accessTokenSecret.isEmpty())
            return tr("Enter the integration's four keys (or only the access token when the shop accepts it as "
                      "a Bearer token).");
        return {};
    case Platform::PrestaShop:
        if (!url.isValid() || url.host().isEmpty())
            return tr("Enter the shop's webservice address, e.g. https://shop.example/api.");
        if (prestaShop.webserviceKey.isEmpty())
            return tr("Enter the webservice key.");
        if (prestaShop.bookableStates.isEmpty())
            return tr("Enter the order states booked as invoices, e.g. 2,4,5.");
        return {};
    }
    return {};
}

ShopConnectionSettings::Factory ShopConnectionSettings::connectorFactory() const
{
    switch (platform) {
    case Platform::Magento:
        return [settings = magento] {
            return std::unique_ptr<ShopConnector>(std::make_unique<MagentoConnector>(settings));
        };
    case Platform::PrestaShop:
        return [settings = prestaShop] {
            return std::unique_ptr<ShopConnector>(std::make_unique<PrestaShopConnector>(settings));
        };
    case Platform::None:
        break;
    }
    return {};
}

ShopConnectionSettings ShopConnectionSettings::forTest() const
{
    ShopConnectionSettings test = *this;
    for (RetryPolicy* retry : {&test.magento.retry, &test.prestaShop.retry}) {
        retry->maxAttempts = 1;
        retry->timeoutMs = 15000;
    }
    return test;
}

QString ShopConnectionSettings::platformName(Platform platform)
{
    switch (platform) {
    case Platform::Magento:
        return QStringLiteral("magento");
    case Platform::PrestaShop:
        return QStringLiteral("prestashop");
    case Platform::None:
        break;
    }
    return {};
}

ShopConnectionSettings::Platform ShopConnectionSettings::platformFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"magento")
        return Platform::Magento;
    if (n == u"prestashop")
        return Platform::PrestaShop;
    return Platform::None;
}
