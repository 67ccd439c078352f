#include "ProfileEnvironment.h"

namespace {

const QString plainPrefix = QStringLiteral("BOEKHOUDBRUG_");

// Every variable a headless run reads its connection from: EBoekhoudenCredentials.h and ShopFromEnvironment.h.
// Exact names, not prefixes, so that a profile called "a-eb" never reads as profile "a".
const QStringList& connectionNames()
{
    static const QStringList names{
        u"EB_API_TOKEN"_qs,
        u"EB_TOKEN_END_DATE"_qs,
        u"EB_USERNAME"_qs,
        u"EB_SECURITY_CODE1"_qs,
        u"EB_SECURITY_CODE2"_qs,
        u"EB_REST_URL"_qs,
        u"EB_SOAP_URL"_qs,
        u"EB_COUNTRY"_qs,
        u"SHOP"_qs,
        u"SHOP_URL"_qs,
        u"MAGENTO_CONSUMER_KEY"_qs,
        u"MAGENTO_CONSUMER_SECRET"_qs,
        u"MAGENTO_ACCESS_TOKEN"_qs,
        u"MAGENTO_ACCESS_TOKEN_SECRET"_qs,
        u"MAGENTO_BEARER"_qs,
        u"PRESTASHOP_KEY"_qs,
        u"PRESTASHOP_BOOKABLE_STATES"_qs,
        u"PRESTASHOP_TIMEZONE"_qs,
        u"PRESTASHOP_KEY_IN_ADDRESS"_qs,
    };
    return names;
}

} // namespace

QString ProfileEnvironment::prefix(const QString& profile)
{
    QString name = profile.toUpper();
    for (QChar& c : name)
        if (!c.isLetterOrNumber())
            c = u'_';
    return plainPrefix + name + u'_';
}

bool ProfileEnvironment::isConnectionVariable(const QString& name)
{
    if (!name.startsWith(plainPrefix))
        return false;
    return connectionNames().contains(name.mid(plainPrefix.size()));
}

bool ProfileEnvironment::isAnyConnectionVariable(const QString& name)
{
    if (isConnectionVariable(name))
        return true;
    if (!name.startsWith(plainPrefix))
        return false;
    // BOEKHOUDBRUG_<profile>_<plain tail>: the profile's id may itself hold '_', so try every '_' after it.
    for (qsizetype at = name.indexOf(u'_', plainPrefix.size()); at >= 0; at = name.indexOf(u'_', at + 1))
        if (isConnectionVariable(plainPrefix + name.mid(at + 1)))
            return true;
    return false;
}

bool ProfileEnvironment::hasOwn(const QString& profile, const QProcessEnvironment& environment)
{
    const QString own = prefix(profile);
    for (const QString& name : environment.keys())
        if (name.startsWith(own) && isConnectionVariable(plainPrefix + name.mid(own.size())))
            return true;
    return false;
}

QProcessEnvironment ProfileEnvironment::forProfile(const QString& profile, const QProcessEnvironment& environment,
                                                   Plain plain)
{
    const bool own = hasOwn(profile, environment);
    if (!own && plain == Plain::UsedWithoutOwn)
        return environment;
    const QString ownPrefix = prefix(profile);
    QProcessEnvironment result;
    QList<std::pair<QString, QString>> mapped;
    for (const QString& name : environment.keys()) {
        if (name.startsWith(ownPrefix)) {
            const QString plainName = plainPrefix + name.mid(ownPrefix.size());
            if (isConnectionVariable(plainName)) {
                mapped.append({plainName, environment.value(name)});
                continue;
            }
        }
        // Another profile's secrets stay out of this profile's run: it has no business with them.
        if (!isAnyConnectionVariable(name))
            result.insert(name, environment.value(name));
    }
    for (const auto& [name, value] : mapped)
        result.insert(name, value);
    return result;
}
