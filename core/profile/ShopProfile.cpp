#include "ShopProfile.h"

#include "logging/Redactor.h"
#include "secrets/SecretStore.h"

namespace {

const QString consumerKeyName = QStringLiteral("shop.magento.consumerKey");
const QString consumerSecretName = QStringLiteral("shop.magento.consumerSecret");
const QString accessTokenName = QStringLiteral("shop.magento.accessToken");
const QString accessTokenSecretName = QStringLiteral("shop.magento.accessTokenSecret");
const QString webserviceKeyName = QStringLiteral("shop.prestashop.webserviceKey");

QString key(const QString& profile, const char* name)
{
    return QStringLiteral("profiles/%1/shop/%2").arg(profile, QLatin1String(name));
}

// The keychain names a platform's secrets go to, with where each lives in the settings.
QList<std::pair<QString, QString*>> secretsOf(ShopConnectionSettings& connection)
{
    switch (connection.platform) {
    case ShopConnectionSettings::Platform::Magento:
        if (connection.magento.useBearerToken)
            return {{accessTokenName, &connection.magento.accessToken}};
        return {{consumerKeyName, &connection.magento.consumerKey},
                {consumerSecretName, &connection.magento.consumerSecret},
                {accessTokenName, &connection.magento.accessToken},
                {accessTokenSecretName, &connection.magento.accessTokenSecret}};
    case ShopConnectionSettings::Platform::PrestaShop:
        return {{webserviceKeyName, &connection.prestaShop.webserviceKey}};
    case ShopConnectionSettings::Platform::None:
        break;
    }
    return {};
}

} // namespace

ShopFromEnvironment::Found ShopProfile::load(const QString& profile, QSettings& settings,
                                             const QProcessEnvironment& environment)
{
    ShopFromEnvironment::Found fromEnvironment = ShopFromEnvironment::read(environment);
    if (fromEnvironment.factory || !fromEnvironment.message.isEmpty())
        return fromEnvironment;
    const Read saved = read(profile, settings);
    if (!saved.ok)
        return {{}, saved.message};
    return {saved.connection.connectorFactory(), {}};
}

ShopConnectionSettings ShopProfile::readSettings(const QString& profile, QSettings& settings)
{
    ShopConnectionSettings connection;
    connection.platform = ShopConnectionSettings::platformFromName(settings.value(key(profile, "platform")).toString());
    connection.setApiUrl(QUrl(settings.value(key(profile, "apiUrl")).toString()));
    connection.adminUrl = QUrl(settings.value(key(profile, "adminUrl")).toString());
    connection.magento.useBearerToken = settings.value(key(profile, "magentoBearer"), false).toBool();
    connection.prestaShop.bookableStates =
        ShopFromEnvironment::parseStates(settings.value(key(profile, "prestashopBookableStates")).toString());
    connection.prestaShop.keyInAddress = settings.value(key(profile, "prestashopKeyInAddress"), false).toBool();
    const QString zone = settings.value(key(profile, "prestashopTimeZone")).toString();
    if (!zone.isEmpty())
        connection.prestaShop.timeZone = zone.toUtf8();
    return connection;
}

ShopProfile::Read ShopProfile::read(const QString& profile, QSettings& settings)
{
    Read result;
    result.connection = readSettings(profile, settings);
    if (result.connection.platform == ShopConnectionSettings::Platform::None)
        return result; // no shop saved: not an error, the app then only pushes
    SecretStore store(profile);
    for (auto& [name, target] : secretsOf(result.connection)) {
        const SecretStore::Result secret = store.read(name);
        if (!secret.ok()) {
            result.message = secret.message;
            return result;
        }
        *target = secret.value;
        Redactor::remember(secret.value); // masked in every log line from now on
    }
    result.message = result.connection.missing();
    result.ok = result.message.isEmpty();
    if (!result.ok)
        result.message =
            tr("The saved shop connection is incomplete (%1) Enter it again in the setup wizard.").arg(result.message);
    return result;
}

QString ShopProfile::save(const QString& profile, const ShopConnectionSettings& connection, QSettings& settings)
{
    ShopConnectionSettings copy = connection;
    SecretStore store(profile);
    for (const auto& [name, value] : secretsOf(copy)) {
        const SecretStore::Result written = store.write(name, *value);
        if (!written.ok())
            return written.message;
    }
    settings.remove(QStringLiteral("profiles/%1/shop").arg(profile));
    settings.setValue(key(profile, "platform"), ShopConnectionSettings::platformName(connection.platform));
    settings.setValue(key(profile, "apiUrl"), connection.apiUrl().toString());
    if (!connection.adminUrl.isEmpty())
        settings.setValue(key(profile, "adminUrl"), connection.adminUrl.toString());
    if (connection.platform == ShopConnectionSettings::Platform::Magento) {
        const bool bearer = connection.magento.useBearerToken; // the choice only; the token is in the keychain
        settings.setValue(key(profile, "magentoBearer"), bearer);
    } else if (connection.platform == ShopConnectionSettings::Platform::PrestaShop) {
        QStringList states;
        for (qint64 state : connection.prestaShop.bookableStates)
            states.append(QString::number(state));
        settings.setValue(key(profile, "prestashopBookableStates"), states.join(u','));
        settings.setValue(key(profile, "prestashopTimeZone"), QString::fromUtf8(connection.prestaShop.timeZone));
        if (connection.prestaShop.keyInAddress) // API-shops.md S9: the host drops the Authorization header
            settings.setValue(key(profile, "prestashopKeyInAddress"), true);
    }
    settings.sync();
    return {};
}
