#pragma once

#include "JsonReply.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// The verdict of a shop's "Test connection": one small authenticated request that proves the address and the
// keys. The outcome tells the bookkeeper what to fix: the keys, the address, or that the address is no shop.
struct ShopConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(ShopConnectionTest)

public:
    enum class Outcome
    {
        Connected,
        KeyRefused,  // 401/403: the shop is there but does not accept these keys
        Unreachable, // no answer: wrong host, offline, refused, timed out
        NotAShop,    // an answer, but not the API asked for (404, an HTML page, another shape)
        Insecure,    // a plain http:// address of another machine: refused before anything was sent (S10)
    };

    // A PrestaShop order state, so the bookkeeper picks the bookable ones by name instead of typing ids.
    struct OrderState
    {
        qint64 id = 0;
        QString name;
        bool invoice = false; // an invoice is made in this state
        bool logable = false; // the order counts as accepted (paid) in this state
    };

    Outcome outcome = Outcome::Unreachable;
    QString message;               // for the bookkeeper, translated
    QList<OrderState> orderStates; // PrestaShop: what the test read on the way; empty when not read
    QUrl apiUrl;                   // the API address that answered, found from the address typed (a home page)
    // PrestaShop: the host drops the Authorization header, so the key goes as ?ws_key= (API-shops.md S9).
    bool keyInAddress = false;

    bool ok() const { return outcome == Outcome::Connected; }

    // Classifies a failed reply of the test request; `shopName` is "Magento" or "PrestaShop".
    static ShopConnectionTest failed(const JsonReply& reply, const QString& shopName);
    static ShopConnectionTest connected(const QString& message);
};
