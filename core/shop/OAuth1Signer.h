#pragma once

#include "RequestSigner.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

// OAuth 1.0a request signing (RFC 5849) with a Magento integration's four keys. Magento 2.4.4+ refuses the
// access token as a plain Bearer token by default, so every request is signed; HMAC-SHA256 is what Magento
// documents, HMAC-SHA1 is kept for the RFC's own test vector and older shops.
class OAuth1Signer : public RequestSigner
{
public:
    enum class Method
    {
        HmacSha1,
        HmacSha256,
    };
    using Parameters = QList<QPair<QString, QString>>;

    OAuth1Signer(QString consumerKey, QString consumerSecret, QString token, QString tokenSecret,
                 Method method = Method::HmacSha256);

    void sign(QNetworkRequest& request, const QByteArray& method) const override;

    // The Authorization header value for one request. Timestamp and nonce are explicit for tests.
    QByteArray authorizationHeader(const QByteArray& httpMethod, const QUrl& url, const QString& timestamp,
                                   const QString& nonce) const;

    // RFC 5849 3.4.1: method & base string URI & normalised parameters (the URL's query parameters plus
    // `extra`, e.g. the oauth_* protocol parameters and form-encoded body parameters), in Magento's natural order.
    static QByteArray signatureBaseString(const QByteArray& httpMethod, const QUrl& url, const Parameters& extra);
    // RFC 5849 3.4.2: base64 of HMAC(consumer secret & token secret, base string).
    static QByteArray signature(const QByteArray& baseString, const QString& consumerSecret, const QString& tokenSecret,
                                Method method);
    static QByteArray methodName(Method method);
    static QByteArray percentEncode(const QString& text);
    // <0, 0, >0 as PHP's strnatcmp orders two texts, the order Magento sorts parameters in (API-shops.md S5).
    static int naturalCompare(const QByteArray& a, const QByteArray& b);

    // For the sandbox: test hooks to pin time and nonce. Empty functions use the clock and a random nonce.
    void setClock(std::function<QString()> timestamp, std::function<QString()> nonce);

private:
    QString m_consumerKey;
    QString m_consumerSecret;
    QString m_token;
    QString m_tokenSecret;
    Method m_method;
    std::function<QString()> m_timestamp;
    std::function<QString()> m_nonce;
};
