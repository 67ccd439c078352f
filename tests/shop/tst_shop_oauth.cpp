#include "OAuth1Signer.h"

#include <QTest>

// OAuth 1.0a signing against known vectors, independent of any Magento: the RFC's own example and the same
// request signed with HMAC-SHA256 (computed separately with Python's hmac module).
class TestShopOAuth : public QObject
{
    Q_OBJECT

private slots:
    void rfc5849ExampleWithHmacSha1()
    {
        const QUrl url(QStringLiteral("http://photos.example.net/photos?file=vacation.jpg&size=original"));
        const OAuth1Signer::Parameters protocol{
            {QStringLiteral("oauth_consumer_key"), QStringLiteral("dpf43f3p2l4k3l03")},
            {QStringLiteral("oauth_token"), QStringLiteral("nnch734d00sl2jdk")},
            {QStringLiteral("oauth_signature_method"), QStringLiteral("HMAC-SHA1")},
            {QStringLiteral("oauth_timestamp"), QStringLiteral("137131202")},
            {QStringLiteral("oauth_nonce"), QStringLiteral("chapoH")}};
        const QByteArray base = OAuth1Signer::signatureBaseString("GET", url, protocol);
        QCOMPARE(base, QByteArray("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_"
                                  "key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%"
                                  "26oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal"));
        QCOMPARE(OAuth1Signer::signature(base, QStringLiteral("kd94hf93k423kf44"), QStringLiteral("pfkkdhi9sl3r4s00"),
                                         OAuth1Signer::Method::HmacSha1),
                 QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
    }

    void sameRequestWithHmacSha256()
    {
        const QUrl url(QStringLiteral("http://photos.example.net/photos?file=vacation.jpg&size=original"));
        const OAuth1Signer::Parameters protocol{
            {QStringLiteral("oauth_consumer_key"), QStringLiteral("dpf43f3p2l4k3l03")},
            {QStringLiteral("oauth_token"), QStringLiteral("nnch734d00sl2jdk")},
            {QStringLiteral("oauth_signature_method"), QStringLiteral("HMAC-SHA256")},
            {QStringLiteral("oauth_timestamp"), QStringLiteral("137131202")},
            {QStringLiteral("oauth_nonce"), QStringLiteral("chapoH")}};
        const QByteArray base = OAuth1Signer::signatureBaseString("GET", url, protocol);
        QCOMPARE(OAuth1Signer::signature(base, QStringLiteral("kd94hf93k423kf44"), QStringLiteral("pfkkdhi9sl3r4s00"),
                                         OAuth1Signer::Method::HmacSha256),
                 QByteArray("HtMwoX2zenlFjgGg/SNEoKEQmL7CzxYFEKzs7er044Y="));
    }

    void searchCriteriaBracketsAndSpacesAreEncodedInTheBaseString()
    {
        QUrl url(QStringLiteral("https://Shop.Example:443/rest/V1/invoices"));
        url.setQuery(QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]=2024-01-01%2000:00:00"));
        const QByteArray base = OAuth1Signer::signatureBaseString("get", url, {});
        QVERIFY(base.startsWith("GET&https%3A%2F%2Fshop.example%2Frest%2FV1%2Finvoices&"));
        QVERIFY(base.contains("searchCriteria%255Bfilter_groups%255D"));
        QVERIFY(base.contains("2024-01-01%252000%253A00%253A00"));
    }

    void headerCarriesEveryProtocolParameter()
    {
        OAuth1Signer signer(QStringLiteral("ck"), QStringLiteral("consumer-secret-xyz"), QStringLiteral("tok"),
                            QStringLiteral("token-secret-xyz"));
        const QByteArray header =
            signer.authorizationHeader("GET", QUrl(QStringLiteral("http://127.0.0.1:8080/rest/V1/invoices")),
                                       QStringLiteral("1700000000"), QStringLiteral("n1"));
        QVERIFY(header.startsWith("OAuth "));
        for (const char* part :
             {"oauth_consumer_key=\"ck\"", "oauth_token=\"tok\"", "oauth_signature_method=\"HMAC-SHA256\"",
              "oauth_timestamp=\"1700000000\"", "oauth_nonce=\"n1\"", "oauth_version=\"1.0\"", "oauth_signature=\""})
            QVERIFY2(header.contains(part), part);
        QVERIFY(!header.contains("secret-xyz")); // the secrets never travel
    }
};

QTEST_GUILESS_MAIN(TestShopOAuth)
#include "tst_shop_oauth.moc"
