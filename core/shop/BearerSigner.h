#pragma once

#include "RequestSigner.h"

#include <QString>

// Magento's alternative to OAuth signing: the integration's access token as a plain Bearer token. Since 2.4.4
// a shop accepts this only when the merchant enabled "Allow OAuth Access Tokens to be used as standalone
// Bearer tokens".
class BearerSigner : public RequestSigner
{
public:
    explicit BearerSigner(QString token)
        : m_token(std::move(token))
    {}
    void sign(QNetworkRequest& request, const QByteArray&) const override
    {
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    }

private:
    QString m_token;
};
