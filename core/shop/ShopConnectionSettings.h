#pragma once

#include "MagentoSettings.h"
#include "PrestaShopSettings.h"
#include "ShopConnector.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

// Which shop a profile pulls from and how to reach it, wherever that came from (the setup wizard's profile
// or the environment of a headless run). The one place a connector is built from such settings.
struct ShopConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ShopConnectionSettings)

public:
    using Factory = std::function<std::unique_ptr<ShopConnector>()>;

    enum class Platform
    {
        None,
        Magento,
        PrestaShop,
    };

    Platform platform = Platform::None;
    MagentoSettings magento;       // for Magento: the REST base and the four keys (or the Bearer token)
    PrestaShopSettings prestaShop; // for PrestaShop: the API base, the key, bookable states, time zone
    QUrl adminUrl;                 // the shop's back office, for "Open in shop"; not needed to pull

    QUrl apiUrl() const;
    void setApiUrl(const QUrl& url);
    // Every secret and setting the platform needs is there.
    bool isComplete() const;
    // What is missing, in the bookkeeper's words; empty when complete.
    QString missing() const;

    // Builds connectors on the thread that calls the factory (a connector belongs to that thread).
    Factory connectorFactory() const;
    // The same connection, but a test that asks once instead of retrying for minutes.
    ShopConnectionSettings forTest() const;

    static QString platformName(Platform platform); // "magento", "prestashop", ""
    static Platform platformFromName(const QString& name);
};
