#include "MagentoConnector.h"
#include "MagentoEmulator.h"
#include "MemoryPullSink.h"
#include "OAuth1Signer.h"

#include <QJsonObject>
#include <QTest>

// The Magento connection as merchants set it up (API-shops.md S4, S5; issue 13 item 8), against the emulator.
class TestShopMagentoConnection : public QObject
{
    Q_OBJECT

    static MagentoSettings settingsFor(const MagentoEmulator& shop, const QUrl& address)
    {
        MagentoSettings settings;
        settings.restBaseUrl = address;
        settings.consumerKey = shop.options().consumerKey;
        settings.consumerSecret = shop.options().consumerSecret;
        settings.accessToken = shop.options().accessToken;
        settings.accessTokenSecret = shop.options().accessTokenSecret;
        settings.retry.maxAttempts = 1;
        return settings;
    }

    static MagentoEmulator::Options withResources(const QStringList& granted)
    {
        MagentoEmulator::Options options;
        options.invoices = 12;
        options.grantedResources = granted;
        return options;
    }

private slots:
    // S4: each missing ACL resource is named, with where to grant it.
    void missingResourceIsNamed_data()
    {
        QTest::addColumn<QStringList>("granted");
        QTest::addColumn<QString>("missing");
        QTest::newRow("sales") << QStringList{u"Magento_Backend::store"_qs, u"Magento_Customer::customer"_qs}
                               << "Sales (Magento_Sales::sales)";
        QTest::newRow("store") << QStringList{u"Magento_Sales::sales"_qs, u"Magento_Customer::customer"_qs}
                               << "Stores (Magento_Backend::store)";
        QTest::newRow("customer") << QStringList{u"Magento_Backend::store"_qs, u"Magento_Sales::sales"_qs}
                                  << "Customers (Magento_Customer::customer)";
    }

    void missingResourceIsNamed()
    {
        QFETCH(QStringList, granted);
        QFETCH(QString, missing);
        MagentoEmulator shop(withResources(granted));
        QVERIFY(shop.start());
        const ShopConnectionTest test = MagentoConnector(settingsFor(shop, shop.restBaseUrl())).testConnection();
        QCOMPARE(test.outcome, ShopConnectionTest::Outcome::KeyRefused);
        QVERIFY2(test.message.contains(missing), qPrintable(test.message));
        QVERIFY2(test.message.contains(QStringLiteral("System > Extensions > Integrations")), qPrintable(test.message));
        for (const QString& resource : granted)
            QVERIFY2(!test.message.contains(resource), qPrintable(test.message));
    }

    void refusedPullQuotesTheResource()
    {
        MagentoEmulator shop(withResources({u"Magento_Backend::store"_qs, u"Magento_Customer::customer"_qs}));
        QVERIFY(shop.start());
        MemoryPullSink sink;
        const PullReport report = MagentoConnector(settingsFor(shop, shop.restBaseUrl())).pull(sink);
        QVERIFY(!report.ok());
        QCOMPARE(report.resources.at(0).resource, QStringLiteral("invoices"));
        QVERIFY2(report.resources.at(0).error.contains(
                     QStringLiteral("The consumer isn't authorized to access Magento_Sales::sales.")),
                 qPrintable(report.resources.at(0).error));
        QVERIFY(report.resources.at(2).ok); // customers are allowed
    }

    void allResourcesConnect()
    {
        MagentoEmulator shop(MagentoEmulator::Options{.invoices = 3});
        QVERIFY(shop.start());
        const ShopConnectionTest test = MagentoConnector(settingsFor(shop, shop.restBaseUrl())).testConnection();
        QVERIFY2(test.ok(), qPrintable(test.message));
        QVERIFY(!test.apiUrl.isValid()); // the address typed was the API's
    }

    // S5: Magento sorts the signed parameters with strnatcmp; with more than ten filter groups that differs from
    // a byte-wise sort, and the emulator checks as Magento does.
    void naturalOrder()
    {
        QVERIFY(OAuth1Signer::naturalCompare("a%5B2%5D", "a%5B10%5D") < 0);
        QVERIFY(OAuth1Signer::naturalCompare("a%5B10%5D", "a%5B2%5D") > 0);
        QVERIFY(OAuth1Signer::naturalCompare("a%5B10%5D", "a%5B10%5D") == 0);
        QVERIFY(OAuth1Signer::naturalCompare("oauth_nonce", "searchCriteria") < 0);
        QVERIFY(OAuth1Signer::naturalCompare("x0", "x10") < 0);
        QVERIFY(OAuth1Signer::naturalCompare("x1", "x") > 0);
    }

    void moreThanTenFilterGroupsAreSignedAsMagentoChecks()
    {
        MagentoEmulator shop(MagentoEmulator::Options{.invoices = 37});
        QVERIFY(shop.start());
        const MagentoSettings settings = settingsFor(shop, shop.restBaseUrl());
        ShopHttpClient client(settings.restBaseUrl,
                              std::make_shared<OAuth1Signer>(settings.consumerKey, settings.consumerSecret,
                                                             settings.accessToken, settings.accessTokenSecret),
                              settings.retry);
        QUrlQuery query;
        for (int group = 0; group < 12; ++group) {
            const QString prefix = QStringLiteral("searchCriteria[filter_groups][%1][filters][0]").arg(group);
            query.addQueryItem(prefix + QStringLiteral("[field]"), QStringLiteral("entity_id"));
            query.addQueryItem(prefix + QStringLiteral("[value]"), QString::number(group));
            query.addQueryItem(prefix + QStringLiteral("[condition_type]"), QStringLiteral("gt"));
        }
        const JsonReply reply = client.getJson(QStringLiteral("V1/invoices"), query, &MagentoConnector::isSearchResult);
        QVERIFY2(reply.ok(), qPrintable(reply.error));
        QCOMPARE(reply.document->object().value(QStringLiteral("total_count")).toInt(), 37 - 11);
    }

    // S5: behind a TLS-terminating proxy every signature fails; the message offers the token option.
    void refusedSignatureBehindAProxySuggestsTheToken()
    {
        MagentoEmulator::Options options;
        options.invoices = 3;
        options.behindTlsProxy = true;
        MagentoEmulator shop(options);
        QVERIFY(shop.start());
        const MagentoSettings settings = settingsFor(shop, shop.restBaseUrl());
        const ShopConnectionTest test = MagentoConnector(settings).testConnection();
        QCOMPARE(test.outcome, ShopConnectionTest::Outcome::KeyRefused);
        QVERIFY2(test.message.contains(QStringLiteral("proxy")), qPrintable(test.message));
        QVERIFY2(test.message.contains(QStringLiteral("Bearer")), qPrintable(test.message));
        MemoryPullSink sink;
        const PullReport report = MagentoConnector(settings).pull(sink);
        QVERIFY(!report.ok());
        QVERIFY2(report.resources.first().error.contains(QStringLiteral("proxy")),
                 qPrintable(report.resources.first().error));
    }

    // Item 8: the shop's home page is enough; the connector finds the REST API and the test reports where.
    void candidates()
    {
        const auto paths = [](const char* typed) {
            QStringList result;
            for (const QUrl& url : MagentoConnector::restBaseCandidates(QUrl(QLatin1String(typed))))
                result.append(url.toString());
            return result;
        };
        QCOMPARE(paths("https://shop.example"),
                 (QStringList{u"https://shop.example/rest"_qs, u"https://shop.example/index.php/rest"_qs,
                              u"https://shop.example"_qs}));
        QCOMPARE(paths("https://shop.example/nl/"),
                 (QStringList{u"https://shop.example/nl/rest"_qs, u"https://shop.example/nl/index.php/rest"_qs,
                              u"https://shop.example/rest/nl"_qs, u"https://shop.example/index.php/rest/nl"_qs,
                              u"https://shop.example/nl"_qs}));
        QCOMPARE(paths("https://shop.example/rest/default"), QStringList{u"https://shop.example/rest/default"_qs});
        QCOMPARE(paths("https://shop.example/index.php/rest/"), QStringList{u"https://shop.example/index.php/rest"_qs});
    }

    void homePageFindsTheRestApi_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("typedPath");
        QTest::newRow("/rest") << "/rest"
                               << "";
        QTest::newRow("/index.php/rest") << "/index.php/rest"
                                         << "/";
        QTest::newRow("/rest/<store code>") << "/rest/default"
                                            << "/default";
    }

    void homePageFindsTheRestApi()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, typedPath);
        MagentoEmulator::Options options;
        options.invoices = 8;
        options.restPrefix = prefix;
        MagentoEmulator shop(options);
        QVERIFY(shop.start());
        QUrl typed = shop.homePageUrl();
        typed.setPath(typedPath);
        const MagentoSettings settings = settingsFor(shop, typed);
        const ShopConnectionTest test = MagentoConnector(settings).testConnection();
        QVERIFY2(test.ok(), qPrintable(test.message));
        QCOMPARE(test.apiUrl, shop.restBaseUrl());
        QVERIFY2(test.message.contains(shop.restBaseUrl().toString()), qPrintable(test.message));
        MemoryPullSink sink;
        QVERIFY(MagentoConnector(settings).pull(sink).ok());
        QCOMPARE(sink.invoices.size(), 8);
    }

    void addressWithoutAnyMagentoIsNotAShop()
    {
        MagentoEmulator::Options options;
        options.invoices = 1;
        options.restPrefix = QStringLiteral("/somewhere/else");
        MagentoEmulator shop(options);
        QVERIFY(shop.start());
        const ShopConnectionTest test = MagentoConnector(settingsFor(shop, shop.homePageUrl())).testConnection();
        QCOMPARE(test.outcome, ShopConnectionTest::Outcome::NotAShop);
        QVERIFY2(test.message.contains(QStringLiteral("404")), qPrintable(test.message));
        QVERIFY2(test.message.contains(shop.homePageUrl().toString() + QStringLiteral("/index.php/rest")),
                 qPrintable(test.message));
    }
};

QTEST_GUILESS_MAIN(TestShopMagentoConnection)
#include "tst_shop_magento_connection.moc"
