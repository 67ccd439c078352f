#pragma once

#include "shop/ShopConnectionSettings.h"
#include "shop/ShopFromEnvironment.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

// The shop of a profile, as the setup wizard saved it. What is not secret (platform, addresses, the Bearer
// choice, PrestaShop's bookable states and time zone) lives in QSettings under profiles/<profile>/shop/...;
// the keys live only in the keychain (SecretStore, names shop.magento.* and shop.prestashop.*).
//
// The keychain calls block on a local event loop. The CLI calls them directly; the GUI calls them on its own
// thread with its buttons locked (the setup wizard): a keychain used from a worker thread that then ended
// left every later keychain call of the process hanging in the wizard's test.
class ShopProfile
{
    Q_DECLARE_TR_FUNCTIONS(ShopProfile)

public:
    struct Read
    {
        bool ok = false;
        ShopConnectionSettings connection;
        QString message; // why not, for the bookkeeper; empty when no shop is saved at all
    };

    // The shop to pull from: the environment's (BOEKHOUDBRUG_SHOP, a headless run) when set, else the profile's.
    static ShopFromEnvironment::Found
    load(const QString& profile, QSettings& settings,
         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // The profile's saved shop, with its keys from the keychain.
    static Read read(const QString& profile, QSettings& settings);
    // The non-secret part only (no keychain call): for the wizard's fields and "Open in shop".
    static ShopConnectionSettings readSettings(const QString& profile, QSettings& settings);
    // Saves the keys in the keychain and the rest in settings; returns an error message or empty.
    static QString save(const QString& profile, const ShopConnectionSettings& connection, QSettings& settings);
};
