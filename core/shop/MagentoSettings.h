#pragma once

#include "RetryPolicy.h"

#include <QString>
#include <QUrl>

// How to reach a Magento 2 shop. The four integration keys come from the keychain, never from settings.
struct MagentoSettings
{
    // The REST base, e.g. https://shop.example/rest or https://shop.example/index.php/rest/default;
    // the connector appends V1/...
    QUrl restBaseUrl;
    QString consumerKey;
    QString consumerSecret;
    QString accessToken;
    QString accessTokenSecret;
    bool useBearerToken = false; // only for shops that allow integration tokens as Bearer tokens
    int pageSize = 100;
    RetryPolicy retry;
};
