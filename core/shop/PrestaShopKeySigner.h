#pragma once

#include "RequestSigner.h"

#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

// PrestaShop's webservice key as the HTTP basic user with an empty password. Sent as a header, never in the
// URL, so it does not end up in proxies' and servers' access logs; except on a host that drops the
// Authorization header before PHP sees it (PHP as CGI/FastCGI, API-shops.md S9), where PrestaShop takes it as
// ?ws_key= instead. Then only over https, or to this machine: never in clear to another host (S10).
class PrestaShopKeySigner : public RequestSigner
{
public:
    explicit PrestaShopKeySigner(QString key, bool inAddress = false)
        : m_key(std::move(key))
        , m_inAddress(inAddress)
    {}
    void sign(QNetworkRequest& request, const QByteArray&) const override
    {
        if (!m_inAddress) {
            request.setRawHeader("Authorization", "Basic " + (m_key.toUtf8() + ':').toBase64());
            return;
        }
        QUrl url = request.url();
        if (!mayCarryKey(url))
            return; // sent without the key: PrestaShop refuses it, which is better than the key in clear
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("ws_key"));
        query.addQueryItem(QStringLiteral("ws_key"), m_key);
        url.setQuery(query);
        request.setUrl(url);
    }

    bool keyInAddress() const { return m_inAddress; }
    void setKeyInAddress(bool inAddress) { m_inAddress = inAddress; }

    // https, or plain http to this machine only.
    static bool mayCarryKey(const QUrl& url)
    {
        if (url.scheme() == u"https")
            return true;
        const QString host = url.host();
        return host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
    }

private:
    QString m_key;
    bool m_inAddress;
};
