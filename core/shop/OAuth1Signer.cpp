#include "OAuth1Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

OAuth1Signer::OAuth1Signer(QString consumerKey, QString consumerSecret, QString token, QString tokenSecret,
                           Method method)
    : m_consumerKey(std::move(consumerKey))
    , m_consumerSecret(std::move(consumerSecret))
    , m_token(std::move(token))
    , m_tokenSecret(std::move(tokenSecret))
    , m_method(method)
{}

void OAuth1Signer::setClock(std::function<QString()> timestamp, std::function<QString()> nonce)
{
    m_timestamp = std::move(timestamp);
    m_nonce = std::move(nonce);
}

QByteArray OAuth1Signer::percentEncode(const QString& text)
{
    // RFC 3986 unreserved characters stay, everything else is %XX with upper-case hex (RFC 5849 3.6).
    return text.toUtf8().toPercentEncoding();
}

QByteArray OAuth1Signer::methodName(Method method)
{
    return method == Method::HmacSha1 ? QByteArrayLiteral("HMAC-SHA1") : QByteArrayLiteral("HMAC-SHA256");
}

QByteArray OAuth1Signer::signatureBaseString(const QByteArray& httpMethod, const QUrl& url, const Parameters& extra)
{
    // Base string URI: lower-case scheme and host, the port only when it is not the scheme's default.
    const QString scheme = url.scheme().toLower();
    QString baseUri = scheme + QStringLiteral("://") + url.host().toLower();
    const int port = url.port();
    if (port != -1 && !((scheme == u"http" && port == 80) || (scheme == u"https" && port == 443)))
        baseUri += u':' + QString::number(port);
    baseUri += url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : url.path(QUrl::FullyEncoded);

    QList<QPair<QByteArray, QByteArray>> encoded;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [name, value] : items)
        encoded.append({percentEncode(name), percentEncode(value)});
    for (const auto& [name, value] : extra)
        encoded.append({percentEncode(name), percentEncode(value)});
    std::sort(encoded.begin(), encoded.end());

    QByteArray normalised;
    for (const auto& [name, value] : encoded) {
        if (!normalised.isEmpty())
            normalised += '&';
        normalised += name + '=' + value;
    }
    return httpMethod.toUpper() + '&' + percentEncode(baseUri) + '&' + percentEncode(QString::fromLatin1(normalised));
}

QByteArray OAuth1Signer::signature(const QByteArray& baseString, const QString& consumerSecret,
                                   const QString& tokenSecret, Method method)
{
    const QByteArray key = percentEncode(consumerSecret) + '&' + percentEncode(tokenSecret);
    const auto algorithm = method == Method::HmacSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return QMessageAuthenticationCode::hash(baseString, key, algorithm).toBase64();
}

QByteArray OAuth1Signer::authorizationHeader(const QByteArray& httpMethod, const QUrl& url, const QString& timestamp,
                                             const QString& nonce) const
{
    Parameters protocol{
        {QStringLiteral("oauth_consumer_key"), m_consumerKey},
        {QStringLiteral("oauth_nonce"), nonce},
        {QStringLiteral("oauth_signature_method"), QString::fromLatin1(methodName(m_method))},
        {QStringLiteral("oauth_timestamp"), timestamp},
        {QStringLiteral("oauth_token"), m_token},
        {QStringLiteral("oauth_version"), QStringLiteral("1.0")},
    };
    const QByteArray base = signatureBaseString(httpMethod, url, protocol);
    protocol.append({QStringLiteral("oauth_signature"),
                     QString::fromLatin1(signature(base, m_consumerSecret, m_tokenSecret, m_method))});

    QByteArray header = "OAuth ";
    for (qsizetype i = 0; i < protocol.size(); ++i) {
        if (i > 0)
            header += ", ";
        header += percentEncode(protocol[i].first) + "=\"" + percentEncode(protocol[i].second) + '"';
    }
    return header;
}

void OAuth1Signer::sign(QNetworkRequest& request, const QByteArray& method) const
{
    const QString timestamp = m_timestamp ? m_timestamp() : QString::number(QDateTime::currentSecsSinceEpoch());
    QString nonce;
    if (m_nonce) {
        nonce = m_nonce();
    } else {
        // 128 random bits, hex: unique per request so a retry is never refused as a replay.
        for (int i = 0; i < 4; ++i)
            nonce += QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
    }
    request.setRawHeader("Authorization", authorizationHeader(method, request.url(), timestamp, nonce));
}
