#pragma once

#include "MagentoStoreView.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// The store views and web sites of a Magento shop, from /V1/store/storeConfigs and /V1/store/websites.
struct MagentoShopInfo
{
    QHash<int, MagentoStoreView> stores;
    QHash<int, QString> websites; // website id -> name

    // The store view of a document; an unknown id gets the first store view's settings, because a document's
    // store may have been deleted while its web site's calendar still applies.
    MagentoStoreView store(int storeId) const;
    QString websiteName(int websiteId) const { return websites.value(websiteId); }

    static std::optional<MagentoShopInfo> parse(const QByteArray& storeConfigs, const QByteArray& websites);
};
