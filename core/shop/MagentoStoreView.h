#pragma once

#include <QString>
#include <QTimeZone>

// What a Magento store view contributes to a document: its local calendar, base currency and web site name.
struct MagentoStoreView
{
    int id = 0;
    int websiteId = 0;
    QString code;
    QString websiteName;
    QTimeZone timeZone{QByteArrayLiteral("Europe/Amsterdam")};
    QString baseCurrency = QStringLiteral("EUR");
};
