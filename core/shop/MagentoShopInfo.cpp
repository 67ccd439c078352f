#include "MagentoShopInfo.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

MagentoStoreView MagentoShopInfo::store(int storeId) const
{
    if (stores.contains(storeId))
        return stores.value(storeId);
    int lowest = -1;
    for (auto it = stores.begin(); it != stores.end(); ++it)
        if (lowest == -1 || it.key() < lowest)
            lowest = it.key();
    return lowest == -1 ? MagentoStoreView{} : stores.value(lowest);
}

std::optional<MagentoShopInfo> MagentoShopInfo::parse(const QByteArray& storeConfigs, const QByteArray& websites)
{
    const QJsonDocument configs = QJsonDocument::fromJson(storeConfigs);
    const QJsonDocument sites = QJsonDocument::fromJson(websites);
    if (!configs.isArray() || !sites.isArray())
        return std::nullopt;
    MagentoShopInfo info;
    for (const QJsonValue& value : sites.array()) {
        const QJsonObject site = value.toObject();
        info.websites.insert(int(JsonFields::integer(site, QStringLiteral("id")).value_or(0)),
                             site.value(QStringLiteral("name")).toString());
    }
    for (const QJsonValue& value : configs.array()) {
        const QJsonObject config = value.toObject();
        MagentoStoreView view;
        view.id = int(JsonFields::integer(config, QStringLiteral("id")).value_or(0));
        view.websiteId = int(JsonFields::integer(config, QStringLiteral("website_id")).value_or(0));
        view.code = config.value(QStringLiteral("code")).toString();
        view.websiteName = info.websites.value(view.websiteId);
        const QTimeZone zone(config.value(QStringLiteral("timezone")).toString().toUtf8());
        if (zone.isValid())
            view.timeZone = zone;
        const QString currency = config.value(QStringLiteral("base_currency_code")).toString();
        if (!currency.isEmpty())
            view.baseCurrency = currency;
        info.stores.insert(view.id, view);
    }
    return info;
}
