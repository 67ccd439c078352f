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

int OAuth1Signer::naturalCompare(const QByteArray& a, const QByteArray& b)
{
    // As PHP's strnatcmp: a run of digits against a run of digits compares as a number (the longer run of
    // significant digits is the larger; a run that starts with 0 is compared digit by digit, as a fraction);
    // zeros leading the whole text and white space do not count. Everything else compares as bytes.
    const auto isDigit = [](const QByteArray& s, qsizetype i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
    const auto isSpace = [](const QByteArray& s, qsizetype i) {
        return i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'));
    };
    if (a.isEmpty() || b.isEmpty())
        return int(a.size() > b.size()) - int(a.size() < b.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i + 1 < a.size() && a[i] == '0' && isDigit(a, i + 1))
        ++i;
    while (j + 1 < b.size() && b[j] == '0' && isDigit(b, j + 1))
        ++j;
    for (;;) {
        while (isSpace(a, i))
            ++i;
        while (isSpace(b, j))
            ++j;
        if (isDigit(a, i) && isDigit(b, j)) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (isDigit(a, endA))
                ++endA;
            while (isDigit(b, endB))
                ++endB;
            const QByteArray runA = a.mid(i, endA - i);
            const QByteArray runB = b.mid(j, endB - j);
            int order = 0;
            if (runA.startsWith('0') || runB.startsWith('0')) {
                // Left-aligned: the first differing digit decides, a run that ends first is the smaller.
                const qsizetype common = std::min(runA.size(), runB.size());
                for (qsizetype k = 0; k < common && order == 0; ++k)
                    order = int(runA[k] > runB[k]) - int(runA[k] < runB[k]);
                if (order == 0)
                    order = int(runA.size() > runB.size()) - int(runA.size() < runB.size());
            } else if (runA.size() != runB.size()) {
                order = runA.size() < runB.size() ? -1 : 1;
            } else {
                order = runA < runB ? -1 : (runB < runA ? 1 : 0);
            }
            if (order != 0)
                return order;
            i = endA;
            j = endB;
            if (i >= a.size() || j >= b.size())
                return int(i < a.size()) - int(j < b.size());
        }
        const uchar x = uchar(a[i]);
        const uchar y = uchar(b[j]);
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
        if (i >= a.size() || j >= b.size())
            return int(i < a.size()) - int(j < b.size());
    }
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
    // Magento checks with Laminas, which orders the encoded names with PHP's strnatcmp, not byte by byte as
    // RFC 5849 3.4.1.3.2 says (API-shops.md S5): "[10]" after "[2]". The two agree until a query has more
    // than ten filter groups or sort orders. Equal names (which Magento would have collapsed) by value.
    std::stable_sort(encoded.begin(), encoded.end(), [](const auto& a, const auto& b) {
        const int byName = naturalCompare(a.first, b.first);
        return byName != 0 ? byName < 0 : a.second < b.second;
    });

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
