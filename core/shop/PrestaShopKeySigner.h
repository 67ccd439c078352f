#pragma once

#include "RequestSigner.h"

#include <QString>

// PrestaShop's webservice key as the HTTP basic user with an empty password. Sent as a header, never in the
// URL, so it does not end up in proxies' and servers' access logs.
class PrestaShopKeySigner : public RequestSigner
{
public:
    explicit PrestaShopKeySigner(QString key)
        : m_key(std::move(key))
    {}
    void sign(QNetworkRequest& request, const QByteArray&) const override
    {
        request.setRawHeader("Authorization", "Basic " + (m_key.toUtf8() + ':').toBase64());
    }

private:
    QString m_key;
};
