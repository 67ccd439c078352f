#include "BearerSigner.h"
#include "eboekhouden/HttpTransport.h"
#include "MagentoConnector.h"
#include "MemoryPullSink.h"
#include "network/TransportPolicy.h"
#include "ShopHttpClient.h"

#include <QTest>

// API-shops.md S10: a shop key never travels over plain http to another machine, decided in one place for the
// shop client and the e-Boekhouden transport. No request here leaves 127.0.0.1: the refused ones are never sent.
class TestShopTransport : public QObject
{
    Q_OBJECT

private slots:
    void policyAllowsTlsAnywhereAndHttpOnlyToThisMachine_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://shop.example/rest" << true;
        QTest::newRow("http elsewhere") << "http://shop.example/rest" << false;
        QTest::newRow("http upper case") << "HTTP://SHOP.EXAMPLE/rest" << false;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/rest" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080/rest" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/rest" << true;
        QTest::newRow("http name that starts like loopback") << "http://127.0.0.1.example.com/rest" << false;
        QTest::newRow("http private network") << "http://192.168.1.10/rest" << false;
        QTest::newRow("ftp") << "ftp://shop.example/rest" << false;
        QTest::newRow("no scheme") << "shop.example/rest" << false;
    }

    void policyAllowsTlsAnywhereAndHttpOnlyToThisMachine()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(TransportPolicy::mayCarryCredentials(QUrl(url)), allowed);
        // The e-Boekhouden transport follows the same policy, not a copy of its own.
        QCOMPARE(HttpTransport::isAllowedUrl(QUrl(url)), allowed);
    }

    void shopClientRefusesPlainHttpToAnotherHostWithoutSending()
    {
        RetryPolicy retry;
        retry.maxAttempts = 3;
        ShopHttpClient client(QUrl(QStringLiteral("http://shop.example/rest")),
                              std::make_shared<BearerSigner>(QStringLiteral("secret-token")), retry);
        const JsonReply reply = client.getJson(QStringLiteral("V1/store/storeConfigs"), {}, {});
        QVERIFY(!reply.ok());
        QVERIFY(reply.insecure);
        QCOMPARE(reply.attempts, 0);
        QCOMPARE(client.requestsSent(), 0);
        QVERIFY2(reply.error.contains(QStringLiteral("https://")), qPrintable(reply.error));
        QVERIFY(!reply.error.contains(QStringLiteral("secret-token")));
    }

    void magentoConnectorSaysWhyItSendsNothing()
    {
        MagentoSettings settings;
        settings.restBaseUrl = QUrl(QStringLiteral("http://shop.example/rest"));
        settings.consumerKey = QStringLiteral("ck");
        settings.consumerSecret = QStringLiteral("cs");
        settings.accessToken = QStringLiteral("at");
        settings.accessTokenSecret = QStringLiteral("ats");
        MagentoConnector connector(settings);
        const ShopConnectionTest test = connector.testConnection();
        QCOMPARE(test.outcome, ShopConnectionTest::Outcome::Insecure);
        QVERIFY2(test.message.contains(QStringLiteral("unencrypted")), qPrintable(test.message));
        MemoryPullSink sink;
        const PullReport report = connector.pull(sink);
        QVERIFY(!report.ok());
        QVERIFY2(report.resources.first().error.contains(QStringLiteral("unencrypted")),
                 qPrintable(report.resources.first().error));
        QCOMPARE(connector.requestsSent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestShopTransport)
#include "tst_shop_transport.moc"
