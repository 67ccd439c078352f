#include "DocumentComparison.h"
#include "MagentoConnector.h"
#include "MagentoEmulator.h"
#include "MemoryPullSink.h"

#include <QElapsedTimer>
#include <QTest>

// The Magento connector against the Magento emulator over real HTTP on 127.0.0.1.
class TestShopMagentoPull : public QObject
{
    Q_OBJECT

    static MagentoSettings settingsFor(const MagentoEmulator& shop)
    {
        MagentoSettings settings;
        settings.restBaseUrl = shop.restBaseUrl();
        settings.consumerKey = shop.options().consumerKey;
        settings.consumerSecret = shop.options().consumerSecret;
        settings.accessToken = shop.options().accessToken;
        settings.accessTokenSecret = shop.options().accessTokenSecret;
        settings.pageSize = 5; // many pages, and pages that end inside a second shared by several invoices
        settings.retry.maxAttempts = 4;
        settings.retry.initialDelayMs = 5;
        settings.retry.maxDelayMs = 20;
        settings.retry.timeoutMs = 5000;
        return settings;
    }

    static MagentoEmulator::Options shopOptions(int invoices = 37)
    {
        MagentoEmulator::Options options;
        options.seed = 42;
        options.invoices = invoices;
        return options;
    }

    static void verifyEverythingStored(const MagentoEmulator& shop, const MemoryPullSink& sink)
    {
        QCOMPARE(sink.invoices.size(), shop.expectedInvoices().size());
        for (const Invoice& expected : shop.expectedInvoices()) {
            const QString key =
                MemoryPullSink::key(QStringLiteral("magento"), ShopRecordKind::Invoice, expected.shopId);
            QVERIFY2(sink.invoices.contains(key), qPrintable(key));
            compareDocument(sink.invoices.value(key), expected);
            if (QTest::currentTestFailed()) {
                qWarning("invoice %s differs", qPrintable(expected.shopId));
                return;
            }
        }
        QCOMPARE(sink.creditMemos.size(), shop.expectedCreditMemos().size());
        for (const CreditMemo& expected : shop.expectedCreditMemos()) {
            const QString key =
                MemoryPullSink::key(QStringLiteral("magento"), ShopRecordKind::CreditMemo, expected.shopId);
            QVERIFY2(sink.creditMemos.contains(key), qPrintable(key));
            const CreditMemo actual = sink.creditMemos.value(key);
            compareDocument(actual, expected);
            QCOMPARE(actual.invoiceShopId, expected.invoiceShopId);
            QCOMPARE(actual.invoiceNumber, expected.invoiceNumber);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(sink.customers.size(), shop.expectedCustomers().size());
        for (const Customer& expected : shop.expectedCustomers()) {
            const Customer actual = sink.customers.value(
                MemoryPullSink::key(QStringLiteral("magento"), ShopRecordKind::Customer, expected.shopId));
            QCOMPARE(actual.email, expected.email);
            QCOMPARE(actual.company, expected.company);
            QCOMPARE(actual.vatNumber, expected.vatNumber);
            QCOMPARE(actual.countryCode, expected.countryCode);
            QCOMPARE(actual.website, expected.website);
            QCOMPARE(actual.createdAt, expected.createdAt);
        }
    }

private slots:
    void pullsEveryDocumentWithAmountsCustomersAddressesAndVat()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        MagentoConnector connector(settingsFor(shop));
        MemoryPullSink sink;
        const PullReport report = connector.pull(sink);
        QVERIFY2(report.ok(), qPrintable(report.resources.value(0).error));
        QVERIFY(sink.unmappable.isEmpty());
        verifyEverythingStored(shop, sink);
        QCOMPARE(sink.watermarkRegressions, 0);
        // The generated mix really is a mix: B2B with VAT ids, OSS rates, exports, configurables, GBP orders.
        bool oss = false, icp = false, export_ = false;
        for (const Invoice& invoice : std::as_const(sink.invoices)) {
            oss = oss || invoice.lines.first().vatRate == VatRate::percent(19);
            icp = icp || (!invoice.customer.vatNumber.isEmpty() && invoice.totalVat.isZero());
            export_ = export_ || invoice.billingAddress.countryCode == u"US";
        }
        QVERIFY(oss && icp && export_);
    }

    void secondPullPicksUpOnlyWhatChanged()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        MagentoConnector connector(settingsFor(shop));
        MemoryPullSink sink;
        QVERIFY(connector.pull(sink).ok());

        const PullReport idle = connector.pull(sink);
        QVERIFY(idle.ok());
        QCOMPARE(idle.total(&ResourcePullReport::invoices), 0);

        shop.addInvoices(4);
        shop.touchInvoice(2, QStringLiteral("Renamed after booking"));
        const PullReport report = connector.pull(sink);
        QVERIFY(report.ok());
        QCOMPARE(report.total(&ResourcePullReport::invoices), 5);
        verifyEverythingStored(shop, sink);
        for (const Invoice& expected : shop.expectedInvoices()) {
            const int writes = sink.writesOf(QStringLiteral("magento"), ShopRecordKind::Invoice, expected.shopId);
            QCOMPARE(writes, expected.shopId == u"3" ? 2 : 1);
        }
    }

    void refusedPageThenRestartLeavesNoGapAndNoDuplicate()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        MagentoConnector connector(settingsFor(shop));
        MemoryPullSink sink;
        sink.refuseStore(3); // the store "crashes" on the third page
        const PullReport broken = connector.pull(sink);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.resources.first().pages, 2);
        QVERIFY(!broken.resources.first().error.isEmpty());
        QVERIFY(sink.invoices.size() >= 5 && sink.invoices.size() <= 10); // two pages of five, overlapping

        const PullReport resumed = MagentoConnector(settingsFor(shop)).pull(sink);
        QVERIFY(resumed.ok());
        verifyEverythingStored(shop, sink);
        for (const Invoice& expected : shop.expectedInvoices())
            QCOMPARE(sink.writesOf(QStringLiteral("magento"), ShopRecordKind::Invoice, expected.shopId), 1);
    }

    void droppedConnectionsThenRestartLeaveNoGap()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        shop.server().addFault({QStringLiteral("/V1/invoices"), SandboxHttpServer::FaultKind::Drop, 0, 100, 3});
        MemoryPullSink sink;
        const PullReport broken = MagentoConnector(settingsFor(shop)).pull(sink);
        QVERIFY(!broken.ok());
        QVERIFY(sink.invoices.size() < shop.expectedInvoices().size());
        shop.server().clearFaults();
        QVERIFY(MagentoConnector(settingsFor(shop)).pull(sink).ok());
        verifyEverythingStored(shop, sink);
        for (const Invoice& expected : shop.expectedInvoices())
            QCOMPARE(sink.writesOf(QStringLiteral("magento"), ShopRecordKind::Invoice, expected.shopId), 1);
    }

    void serverErrorsAndMalformedPagesAreRetried()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        using Kind = SandboxHttpServer::FaultKind;
        shop.server().addFault({QStringLiteral("/V1/invoices"), Kind::Status, 503, 1, 1});
        shop.server().addFault({QStringLiteral("/V1/invoices"), Kind::Malformed, 0, 1, 1});
        shop.server().addFault({QStringLiteral("/V1/orders"), Kind::Truncate, 0, 1, 2});
        shop.server().addFault({QStringLiteral("/V1/creditmemos"), Kind::Status, 500, 2, 0});
        MemoryPullSink sink;
        const PullReport report = MagentoConnector(settingsFor(shop)).pull(sink);
        QVERIFY2(report.ok(), qPrintable(report.resources.first().error));
        QCOMPARE(shop.server().faultsInjected(), 5);
        verifyEverythingStored(shop, sink);
    }

    void persistentFailureIsReportedAfterBackoff()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        shop.server().addFault({QStringLiteral("/V1/invoices"), SandboxHttpServer::FaultKind::Status, 502, 1000, 0});
        MemoryPullSink sink;
        QElapsedTimer timer;
        timer.start();
        const PullReport report = MagentoConnector(settingsFor(shop)).pull(sink);
        QVERIFY(!report.ok());
        const ResourcePullReport& invoices = report.resources.first();
        QCOMPARE(invoices.resource, QStringLiteral("invoices"));
        QVERIFY2(invoices.error.contains(u"502"), qPrintable(invoices.error));
        QVERIFY(timer.elapsed() >= 5 + 10 + 20); // backoff before attempts 2, 3 and 4
        int invoiceRequests = 0;
        for (const QUrl& url : shop.server().requestLog())
            invoiceRequests += url.path() == u"/rest/V1/invoices" && url.query().contains(u"sortOrders");
        QCOMPARE(invoiceRequests, 4);
        QVERIFY(report.resources.at(2).ok); // customers are still pulled
    }

    void documentChangedBetweenPagesIsNotLost()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        int invoicePages = 0;
        shop.server().setRequestHook([&](const SandboxHttpServer::Request& request, int) {
            if (request.url.path() == u"/rest/V1/invoices" && ++invoicePages == 3) {
                shop.touchInvoice(0, QStringLiteral("Edited while pulling (already pulled)"));
                shop.touchInvoice(30, QStringLiteral("Edited while pulling (not yet pulled)"));
            }
        });
        MemoryPullSink sink;
        QVERIFY(MagentoConnector(settingsFor(shop)).pull(sink).ok());
        verifyEverythingStored(shop, sink);
        const auto key = [](int id) {
            return MemoryPullSink::key(QStringLiteral("magento"), ShopRecordKind::Invoice, QString::number(id));
        };
        QCOMPARE(sink.invoices.value(key(1)).lines.first().description,
                 QStringLiteral("Edited while pulling (already pulled)"));
        QCOMPARE(sink.invoices.value(key(31)).lines.first().description,
                 QStringLiteral("Edited while pulling (not yet pulled)"));
    }

    void unmappableInvoiceIsStoredWithItsReason()
    {
        MagentoEmulator shop(shopOptions(6));
        shop.addBrokenInvoice();
        QVERIFY(shop.start());
        MemoryPullSink sink;
        QVERIFY(MagentoConnector(settingsFor(shop)).pull(sink).ok());
        QCOMPARE(sink.invoices.size(), 6);
        QCOMPARE(sink.unmappable.size(), 1);
        const UnmappableDocument bad = sink.unmappable.first();
        QCOMPARE(bad.kind, ShopRecordKind::Invoice);
        QVERIFY(!bad.reason.isEmpty());
        QVERIFY(bad.payload.contains("BROKEN"));
    }

    void backfillTakesADateRangeAndLeavesTheWatermark()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        const QDate from = shop.expectedInvoices().at(5).documentDate;
        const QDate until = shop.expectedInvoices().at(12).documentDate;
        MemoryPullSink sink;
        const PullReport report = MagentoConnector(settingsFor(shop)).backfill(sink, from, until);
        QVERIFY(report.ok());
        QCOMPARE(
            report.resources.first().resource,
            QStringLiteral("invoices@backfill:%1/%2").arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate)));
        int inRange = 0;
        for (const Invoice& expected : shop.expectedInvoices()) {
            const bool wanted = expected.documentDate >= from && expected.documentDate <= until;
            inRange += wanted;
            QCOMPARE(sink.invoices.contains(
                         MemoryPullSink::key(QStringLiteral("magento"), ShopRecordKind::Invoice, expected.shopId)),
                     wanted);
        }
        QVERIFY(inRange >= 8);
        QVERIFY(!sink.watermark(QStringLiteral("magento"), QStringLiteral("invoices")));
    }

    void wrongSecretIsRefusedWithoutRetries()
    {
        MagentoEmulator shop(shopOptions(3));
        QVERIFY(shop.start());
        MagentoSettings settings = settingsFor(shop);
        settings.accessTokenSecret = QStringLiteral("wrong");
        MemoryPullSink sink;
        const PullReport report = MagentoConnector(settings).pull(sink);
        QVERIFY(!report.ok());
        QVERIFY(report.resources.first().error.contains(QStringLiteral("credentials")));
        QCOMPARE(shop.server().requestCount(), 1); // store configs refused once, nothing retried
    }

    // API-shops.md S3: a credit memo made from the order view has no invoice_id; its order's one invoice is the
    // one it credits. The emulator makes every credit memo of a twentieth order that way.
    void offlineCreditMemoIsMatchedToItsOrdersInvoice()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        MemoryPullSink sink;
        QVERIFY(MagentoConnector(settingsFor(shop)).pull(sink).ok());
        const CreditMemo memo =
            sink.creditMemos.value(MemoryPullSink::key(QStringLiteral("magento"), ShopRecordKind::CreditMemo, "20"));
        QCOMPARE(memo.shopId, QStringLiteral("20"));
        QCOMPARE(memo.invoiceShopId, QStringLiteral("20"));
        QCOMPARE(memo.invoiceNumber, shop.expectedInvoices().at(19).number);
        QVERIFY(sink.unmappable.isEmpty());
    }

    // With two invoices on the order nothing is guessed: the memo is held, naming both invoices.
    void offlineCreditMemoOnTwiceInvoicedOrderIsHeld()
    {
        MagentoEmulator shop(shopOptions(12));
        const qint64 memoId = shop.addOfflineCreditMemoOnTwiceInvoicedOrder(0);
        QVERIFY(memoId > 0);
        QVERIFY(shop.start());
        MemoryPullSink sink;
        QVERIFY(MagentoConnector(settingsFor(shop)).pull(sink).ok());
        QCOMPARE(sink.unmappable.size(), 1);
        const UnmappableDocument held = sink.unmappable.first();
        QCOMPARE(held.kind, ShopRecordKind::CreditMemo);
        QCOMPARE(held.shopId, QString::number(memoId));
        QCOMPARE(shop.expectedInvoices().size(), 13);
        QVERIFY2(held.reason.contains(shop.expectedInvoices().first().number), qPrintable(held.reason));
        QVERIFY2(held.reason.contains(shop.expectedInvoices().last().number), qPrintable(held.reason));
        QVERIFY2(held.reason.contains(QStringLiteral("2 invoices")), qPrintable(held.reason));
        QVERIFY(!sink.creditMemos.contains(
            MemoryPullSink::key(QStringLiteral("magento"), ShopRecordKind::CreditMemo, QString::number(memoId))));
        verifyEverythingStored(shop, sink);
    }

    // API-shops.md S6: a canceled invoice (state 3) is no sale: held with the shop's status, not delivered as an
    // invoice to book.
    void canceledInvoiceIsHeldNotBooked()
    {
        MagentoEmulator shop(shopOptions());
        QVERIFY(shop.start());
        MagentoConnector connector(settingsFor(shop));
        MemoryPullSink sink;
        QVERIFY(connector.pull(sink).ok());
        const QString number = shop.expectedInvoices().at(8).number;
        QVERIFY(shop.cancelInvoice(8));  // invoice 9 is open (every ninth is)
        QVERIFY(!shop.cancelInvoice(0)); // a paid invoice cannot be canceled
        sink.invoices.clear();
        QVERIFY(connector.pull(sink).ok());
        QCOMPARE(sink.invoices.size(), 0);
        QCOMPARE(sink.unmappable.size(), 1);
        const UnmappableDocument held = sink.unmappable.first();
        QCOMPARE(held.kind, ShopRecordKind::Invoice);
        QCOMPARE(held.shopId, QStringLiteral("9"));
        QCOMPARE(held.status, QStringLiteral("canceled"));
        QCOMPARE(held.number, number);
        QVERIFY2(held.reason.contains(QStringLiteral("canceled in the shop")), qPrintable(held.reason));
    }

    // API-shops.md S7, S8: the emulator's rows carry Magento's delta rounding, some orders have no
    // item_applied_taxes and one is fully discounted; the connector reads them all as the shop meant them.
    void ordersWithoutAppliedTaxesAndAFreeOrderAreReadAsMeant()
    {
        MagentoEmulator shop(shopOptions(50));
        QVERIFY(shop.start());
        MemoryPullSink sink;
        QVERIFY(MagentoConnector(settingsFor(shop)).pull(sink).ok());
        QVERIFY(sink.unmappable.isEmpty());
        verifyEverythingStored(shop, sink);
        const auto invoice = [&](int id) {
            return sink.invoices.value(
                MemoryPullSink::key(QStringLiteral("magento"), ShopRecordKind::Invoice, QString::number(id)));
        };
        const Invoice free = invoice(23);
        QCOMPARE(free.totalIncl, Money{});
        QCOMPARE(free.shipping->amountExcl, Money{});
        QCOMPARE(free.shipping->amountIncl, Money{});
        const Invoice untaxedOrder = invoice(14); // 14 % 8 == 6: no item_applied_taxes
        QVERIFY(!untaxedOrder.shipping->amountExcl.isZero());
        QCOMPARE(untaxedOrder.shipping->vatRate, shop.expectedInvoices().at(13).shipping->vatRate);
        QVERIFY(!untaxedOrder.shipping->vatRate.isZero());
    }

    void bearerTokenOnlyWhenTheShopAllowsIt()
    {
        MagentoEmulator::Options options = shopOptions(4);
        MagentoEmulator refusing(options);
        options.bearerAllowed = true;
        MagentoEmulator allowing(options);
        QVERIFY(refusing.start() && allowing.start());
        MagentoSettings settings = settingsFor(refusing);
        settings.useBearerToken = true;
        MemoryPullSink sink;
        QVERIFY(!MagentoConnector(settings).pull(sink).ok());
        settings.restBaseUrl = allowing.restBaseUrl();
        QVERIFY(MagentoConnector(settings).pull(sink).ok());
        QCOMPARE(sink.invoices.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestShopMagentoPull)
#include "tst_shop_magento_pull.moc"
