#include "DocumentComparison.h"
#include "JsonFields.h"
#include "MemoryPullSink.h"
#include "PrestaShopConnector.h"
#include "PrestaShopEmulator.h"
#include "PrestaShopKeySigner.h"
#include "PrestaShopMapper.h"

#include <QElapsedTimer>
#include <QTest>

// The PrestaShop connector against the PrestaShop emulator over real HTTP on 127.0.0.1.
class TestShopPrestaShopPull : public QObject
{
    Q_OBJECT

    static PrestaShopSettings settingsFor(const PrestaShopEmulator& shop)
    {
        PrestaShopSettings settings;
        settings.apiBaseUrl = shop.apiBaseUrl();
        settings.webserviceKey = shop.options().webserviceKey;
        settings.bookableStates = PrestaShopEmulator::bookableStates();
        settings.timeZone = PrestaShopEmulator::timeZone();
        settings.website = PrestaShopEmulator::website();
        settings.pageSize = 5; // many pages, and pages that end inside a second shared by several orders
        settings.retry.maxAttempts = 4;
        settings.retry.initialDelayMs = 5;
        settings.retry.maxDelayMs = 20;
        settings.retry.timeoutMs = 5000;
        return settings;
    }

    static PrestaShopEmulator::Options shopOptions(int orders = 41)
    {
        PrestaShopEmulator::Options options;
        options.seed = 7;
        options.orders = orders;
        return options;
    }

    static QString key(ShopRecordKind kind, const QString& id)
    {
        return MemoryPullSink::key(QStringLiteral("prestashop"), kind, id);
    }

    static void verifyEverythingStored(const PrestaShopEmulator& shop, MemoryPullSink& sink)
    {
        const QList<Invoice> invoices = shop.expectedInvoices();
        QCOMPARE(sink.invoices.size(), invoices.size());
        for (const Invoice& expected : invoices) {
            QVERIFY2(sink.invoices.contains(key(ShopRecordKind::Invoice, expected.shopId)),
                     qPrintable(expected.shopId));
            compareDocument(sink.invoices.value(key(ShopRecordKind::Invoice, expected.shopId)), expected);
            if (QTest::currentTestFailed()) {
                qWarning("order %s differs", qPrintable(expected.shopId));
                return;
            }
        }
        QCOMPARE(sink.creditMemos.size(), shop.expectedCreditMemos().size());
        for (const CreditMemo& expected : shop.expectedCreditMemos()) {
            QVERIFY2(sink.creditMemos.contains(key(ShopRecordKind::CreditMemo, expected.shopId)),
                     qPrintable(expected.shopId));
            const CreditMemo actual = sink.creditMemos.value(key(ShopRecordKind::CreditMemo, expected.shopId));
            compareDocument(actual, expected);
            QCOMPARE(actual.invoiceShopId, expected.invoiceShopId);
            QCOMPARE(actual.invoiceNumber, expected.invoiceNumber);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(sink.customers.size(), shop.expectedCustomers().size());
        for (const Customer& expected : shop.expectedCustomers()) {
            const Customer actual = sink.customers.value(key(ShopRecordKind::Customer, expected.shopId));
            QCOMPARE(actual.shopId, expected.shopId);
            QCOMPARE(actual.email, expected.email);
            QCOMPARE(actual.company, expected.company);
            QCOMPARE(actual.vatNumber, expected.vatNumber);
            QCOMPARE(actual.countryCode, expected.countryCode);
            QCOMPARE(actual.website, expected.website);
            QCOMPARE(actual.createdAt, expected.createdAt);
        }
        QStringList open = sink.openDocuments(QStringLiteral("prestashop"), QStringLiteral("orders"));
        QStringList expectedOpen = shop.expectedOpenOrders();
        open.sort();
        expectedOpen.sort();
        QCOMPARE(open, expectedOpen);
    }

private slots:
    void pullsEveryDocumentWithAmountsCustomersAddressesAndVat()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        PrestaShopConnector connector(settingsFor(shop));
        MemoryPullSink sink;
        const PullReport report = connector.pull(sink);
        QVERIFY2(report.ok(), qPrintable(report.resources.value(0).error));
        QVERIFY(sink.unmappable.isEmpty());
        verifyEverythingStored(shop, sink);
        QCOMPARE(sink.watermarkRegressions, 0);
        // The generated mix really is a mix.
        bool oss = false, icp = false, export_ = false, fraction = false, wrapping = false, discount = false,
             unpaid = false, fallbackFirst = false;
        for (const Invoice& invoice : std::as_const(sink.invoices)) {
            for (const DocumentLine& line : invoice.lines) {
                oss = oss || line.vatRate == VatRate::percent(19);
                fraction = fraction || line.vatRate == VatRate::percent(10); // the tax written as 0.100
            }
            icp = icp || (!invoice.customer.vatNumber.isEmpty() && invoice.totalVat.isZero());
            export_ = export_ || invoice.billingAddress.countryCode == u"US";
            wrapping = wrapping || !invoice.surcharges.isEmpty();
            discount = discount || !invoice.discounts.isEmpty();
            unpaid = unpaid || !invoice.paid;
            fallbackFirst = fallbackFirst || invoice.billingAddress.lastName == u"Cadeau";
        }
        QVERIFY(oss && icp && export_ && fraction && wrapping && discount && unpaid && fallbackFirst);
        // S2: invoice numbers and slip ids both count from 1, so a number is an invoice's and a slip's at once;
        // both are kept, each as its own document.
        QSet<QString> invoiceNumbers;
        for (const Invoice& invoice : std::as_const(sink.invoices))
            invoiceNumbers.insert(invoice.number);
        int shared = 0;
        for (const CreditMemo& memo : std::as_const(sink.creditMemos))
            shared += invoiceNumbers.contains(memo.number);
        QCOMPARE(shared, sink.creditMemos.size());
        QVERIFY(invoiceNumbers.contains(QStringLiteral("1")));
        QVERIFY(sink.creditMemos.contains(key(ShopRecordKind::CreditMemo, QStringLiteral("1"))));
        QVERIFY(!shop.expectedOpenOrders().isEmpty());
        QVERIFY(!shop.expectedCreditMemos().isEmpty());
    }

    // API-shops.md S9: a cart PrestaShop split over two orders shares one reference and one payment of the whole
    // cart. Each order gets its own total of it, so each payment matches its invoice (never refused on every sync).
    void aSplitCartsPaymentIsSharedByItsOrders()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        QVERIFY(shop.splitCarts() > 0);
        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        QHash<QString, QList<Invoice>> byReference;
        for (const Invoice& invoice : std::as_const(sink.invoices))
            byReference[invoice.orderNumber].append(invoice);
        int carts = 0;
        for (const QList<Invoice>& cart : std::as_const(byReference)) {
            if (cart.size() < 2)
                continue;
            ++carts;
            QCOMPARE(cart.size(), 2);
            QCOMPARE(cart[0].payments.size(), 1);
            QCOMPARE(cart[1].payments.size(), 1);
            QCOMPARE(cart[0].payments.first().shopId, cart[1].payments.first().shopId); // one payment for the cart
            for (const Invoice& invoice : cart) {
                QVERIFY(invoice.paid);
                QCOMPARE(invoice.payments.first().amount, invoice.totalIncl);
            }
        }
        QCOMPARE(carts, shop.splitCarts());
    }

    void cartShareSplitsAPaymentOverTheCartsOrdersOrHoldsIt()
    {
        const auto order = [](int id, const char* total) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("total_paid_tax_incl"), QString::fromLatin1(total)}};
        };
        const auto payment = [](int id, const char* amount) {
            return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("amount"), QString::fromLatin1(amount)}};
        };
        const QList<QJsonObject> cart{order(8, "30.000000"), order(7, "12.500000")};
        const QList<QJsonObject> payments{payment(2, "20.000000"), payment(1, "22.500000")};
        // Order 7 first: 12.50 of payment 1; order 8: the other 10.00 of payment 1 and 20.00 of payment 2.
        const auto seven = PrestaShopMapper::cartShare(cart[1], cart, payments);
        QVERIFY(seven);
        QCOMPARE(seven->size(), 1);
        QCOMPARE(*JsonFields::money(seven->first(), QStringLiteral("amount")), Money::fromCents(1250));
        const auto eight = PrestaShopMapper::cartShare(cart[0], cart, payments);
        QVERIFY(eight);
        QCOMPARE(eight->size(), 2);
        QCOMPARE(*JsonFields::money(eight->at(0), QStringLiteral("amount")), Money::fromCents(1000));
        QCOMPARE(*JsonFields::integer(eight->at(0), QStringLiteral("id")), qint64(1));
        QCOMPARE(*JsonFields::money(eight->at(1), QStringLiteral("amount")), Money::fromCents(2000));
        // Paid 0.01 less than the cart: which order is short cannot be told, so nothing is shared out.
        QVERIFY(!PrestaShopMapper::cartShare(cart[0], cart, {payment(1, "42.490000")}));
    }

    void secondPullPicksUpOnlyWhatChanged()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        PrestaShopConnector connector(settingsFor(shop));
        MemoryPullSink sink;
        QVERIFY(connector.pull(sink).ok());

        const PullReport idle = connector.pull(sink);
        QVERIFY(idle.ok());
        QCOMPARE(idle.total(&ResourcePullReport::invoices), 0);
        QCOMPARE(idle.total(&ResourcePullReport::customers), 0);
        QCOMPARE(idle.total(&ResourcePullReport::creditMemos), 0);

        const int before = shop.expectedInvoices().size();
        shop.addOrders(4);
        shop.touchOrder(2, QStringLiteral("Renamed after booking"));
        const PullReport report = connector.pull(sink);
        QVERIFY(report.ok());
        const int added = shop.expectedInvoices().size() - before;
        QCOMPARE(report.total(&ResourcePullReport::invoices), added + 1);
        verifyEverythingStored(shop, sink);
        for (const Invoice& expected : shop.expectedInvoices())
            QCOMPARE(sink.writesOf(QStringLiteral("prestashop"), ShopRecordKind::Invoice, expected.shopId),
                     expected.shopId == u"2" ? 2 : 1);
        QCOMPARE(sink.invoices.value(key(ShopRecordKind::Invoice, QStringLiteral("2"))).lines.first().description,
                 QStringLiteral("Renamed after booking"));
    }

    // API-shops.md S1: 250 orders changed in one second (a bulk status change), then older orders (lower ids) and
    // newer ones changed in the second after it. The same-second pages must ask PrestaShop's inclusive interval
    // for that second only: reaching into the next second would move the watermark past its lower ids.
    void aBusySecondAndTheSecondAfterItArePulledOnceEach()
    {
        PrestaShopEmulator shop(shopOptions(300));
        QVERIFY(shop.start());
        PrestaShopSettings settings = settingsFor(shop);
        settings.pageSize = 100;
        PrestaShopConnector connector(settings);
        MemoryPullSink sink;
        QVERIFY(connector.pull(sink).ok());

        QList<qint64> busy, after;
        for (qint64 id = 1; id <= 300; ++id)
            (id > 30 && id <= 280 ? busy : after).append(id);
        QCOMPARE(busy.size(), 250);
        shop.touchOrdersAtOnce(busy, 3600);
        shop.touchOrdersAtOnce(after, 1);

        const PullReport report = connector.pull(sink);
        QVERIFY2(report.ok(), qPrintable(report.resources.value(0).error));
        const QList<Invoice> expected = shop.expectedInvoices();
        QCOMPARE(report.resources.first().invoices, expected.size());
        for (const Invoice& invoice : expected)
            QCOMPARE(sink.writesOf(QStringLiteral("prestashop"), ShopRecordKind::Invoice, invoice.shopId), 2);
        QCOMPARE(sink.watermarkRegressions, 0);
        verifyEverythingStored(shop, sink);
        // Each same-second page asked for exactly one second.
        int sameSecondPages = 0;
        for (const QUrl& url : shop.server().requestLog()) {
            const QUrlQuery query(url);
            if (url.path() != u"/api/orders" || !query.hasQueryItem(QStringLiteral("filter[id]")) ||
                !query.hasQueryItem(QStringLiteral("filter[date_upd]")))
                continue;
            const QString interval = query.queryItemValue(QStringLiteral("filter[date_upd]"), QUrl::FullyDecoded);
            QCOMPARE(interval.section(u',', 0, 0).mid(1), interval.section(u',', 1).chopped(1));
            ++sameSecondPages;
        }
        QCOMPARE(sameSecondPages, 2); // orders 131-230 and 231-280 of the busy second
    }

    void openOrdersAreRecheckedAndBookedOnceBookable()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        PrestaShopConnector connector(settingsFor(shop));
        MemoryPullSink sink;
        QVERIFY(connector.pull(sink).ok());
        const QStringList open = shop.expectedOpenOrders();
        QVERIFY(open.size() >= 3);
        const qint64 silent = open.at(0).toLongLong(); // state changed without date_upd: only the re-check sees it
        const qint64 touched = open.at(1).toLongLong();
        QVERIFY(!sink.invoices.contains(key(ShopRecordKind::Invoice, open.at(0))));
        shop.setOrderState(silent, PrestaShopEmulator::paymentAccepted, false);
        shop.setOrderState(touched, PrestaShopEmulator::paymentAccepted, true);
        shop.deleteOrder(open.at(2).toLongLong()); // gone from the shop: no longer open

        const PullReport report = connector.pull(sink);
        QVERIFY(report.ok());
        QCOMPARE(report.resources.last().resource, QStringLiteral("orders@open"));
        verifyEverythingStored(shop, sink);
        const Invoice booked = sink.invoices.value(key(ShopRecordKind::Invoice, QString::number(silent)));
        QVERIFY(booked.paid);
        QCOMPARE(booked.payments.size(), 1);
        QCOMPARE(booked.payments.first().amount, booked.totalIncl);
        QVERIFY(!sink.openDocuments(QStringLiteral("prestashop"), QStringLiteral("orders")).contains(open.at(2)));
    }

    void refusedPageThenRestartLeavesNoGapAndNoDuplicate()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        MemoryPullSink sink;
        sink.refuseStore(3); // the store "crashes" on the third page
        const PullReport broken = PrestaShopConnector(settingsFor(shop)).pull(sink);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.resources.first().pages, 2);
        QVERIFY(!broken.resources.first().error.isEmpty());
        QVERIFY(sink.invoices.size() < shop.expectedInvoices().size());

        const PullReport resumed = PrestaShopConnector(settingsFor(shop)).pull(sink);
        QVERIFY(resumed.ok());
        verifyEverythingStored(shop, sink);
        for (const Invoice& expected : shop.expectedInvoices())
            QCOMPARE(sink.writesOf(QStringLiteral("prestashop"), ShopRecordKind::Invoice, expected.shopId), 1);
    }

    void droppedConnectionsThenRestartLeaveNoGap()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        shop.server().addFault({QStringLiteral("/api/orders"), SandboxHttpServer::FaultKind::Drop, 0, 100, 6});
        MemoryPullSink sink;
        const PullReport broken = PrestaShopConnector(settingsFor(shop)).pull(sink);
        QVERIFY(!broken.ok());
        QVERIFY(sink.invoices.size() < shop.expectedInvoices().size());
        shop.server().clearFaults();
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        verifyEverythingStored(shop, sink);
        for (const Invoice& expected : shop.expectedInvoices())
            QCOMPARE(sink.writesOf(QStringLiteral("prestashop"), ShopRecordKind::Invoice, expected.shopId), 1);
    }

    void serverErrorsAndMalformedPagesAreRetried()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        using Kind = SandboxHttpServer::FaultKind;
        shop.server().addFault({QStringLiteral("/api/orders"), Kind::Status, 503, 1, 1});
        shop.server().addFault({QStringLiteral("/api/orders"), Kind::Malformed, 0, 1, 1});
        shop.server().addFault({QStringLiteral("/api/order_details"), Kind::Truncate, 0, 1, 2});
        shop.server().addFault({QStringLiteral("/api/order_slip"), Kind::Status, 500, 2, 0});
        shop.server().addFault({QStringLiteral("/api/taxes"), Kind::Status, 429, 1, 0});
        MemoryPullSink sink;
        const PullReport report = PrestaShopConnector(settingsFor(shop)).pull(sink);
        QVERIFY2(report.ok(), qPrintable(report.resources.first().error));
        QCOMPARE(shop.server().faultsInjected(), 6);
        verifyEverythingStored(shop, sink);
    }

    void persistentFailureIsReportedAfterBackoff()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        shop.server().addFault({QStringLiteral("/api/order_slip"), SandboxHttpServer::FaultKind::Status, 502, 1000, 0});
        MemoryPullSink sink;
        QElapsedTimer timer;
        timer.start();
        const PullReport report = PrestaShopConnector(settingsFor(shop)).pull(sink);
        QVERIFY(!report.ok());
        const ResourcePullReport& slips = report.resources.at(1);
        QCOMPARE(slips.resource, QStringLiteral("order_slip"));
        QVERIFY(!slips.ok);
        QVERIFY2(slips.error.contains(u"502"), qPrintable(slips.error));
        QVERIFY(timer.elapsed() >= 5 + 10 + 20); // backoff before attempts 2, 3 and 4
        int slipRequests = 0;
        for (const QUrl& url : shop.server().requestLog())
            slipRequests += url.path() == u"/api/order_slip";
        QCOMPARE(slipRequests, 4);
        QVERIFY(report.resources.at(0).ok); // orders and customers are still pulled
        QVERIFY(report.resources.at(2).ok);
        QCOMPARE(sink.invoices.size(), shop.expectedInvoices().size());
    }

    void orderChangedBetweenPagesIsNotLost()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        int orderPages = 0;
        shop.server().setRequestHook([&](const SandboxHttpServer::Request& request, int) {
            if (request.url.path() == u"/api/orders" && request.url.query().contains(QStringLiteral("limit")) &&
                ++orderPages == 3) {
                shop.touchOrder(1, QStringLiteral("Edited while pulling (already pulled)"));
                shop.touchOrder(38, QStringLiteral("Edited while pulling (not yet pulled)"));
            }
        });
        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        verifyEverythingStored(shop, sink);
        QCOMPARE(sink.invoices.value(key(ShopRecordKind::Invoice, QStringLiteral("1"))).lines.first().description,
                 QStringLiteral("Edited while pulling (already pulled)"));
        QCOMPARE(sink.invoices.value(key(ShopRecordKind::Invoice, QStringLiteral("38"))).lines.first().description,
                 QStringLiteral("Edited while pulling (not yet pulled)"));
    }

    void unmappableOrderIsStoredWithItsReason()
    {
        PrestaShopEmulator shop(shopOptions(6));
        const qint64 broken = shop.addBrokenOrder();
        QVERIFY(shop.start());
        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        QCOMPARE(sink.invoices.size(), shop.expectedInvoices().size());
        QCOMPARE(sink.unmappable.size(), 1);
        const UnmappableDocument bad = sink.unmappable.first();
        QCOMPARE(bad.kind, ShopRecordKind::Invoice);
        QCOMPARE(bad.shopId, QString::number(broken));
        QVERIFY2(bad.reason.contains(u"99"), qPrintable(bad.reason));
        QVERIFY(bad.payload.contains("reference"));
        QVERIFY(!bad.payload.contains("secure_key")); // the webservice's secrets are not stored
    }

    void backfillTakesADateRangeAndLeavesTheWatermark()
    {
        PrestaShopEmulator shop(shopOptions());
        QVERIFY(shop.start());
        const QList<Invoice> all = shop.expectedInvoices();
        const QDate from = all.at(5).documentDate;
        const QDate until = all.at(12).documentDate;
        MemoryPullSink sink;
        const PullReport report = PrestaShopConnector(settingsFor(shop)).backfill(sink, from, until);
        QVERIFY(report.ok());
        QCOMPARE(report.resources.first().resource,
                 QStringLiteral("orders@backfill:%1/%2").arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate)));
        int inRange = 0;
        for (const Invoice& expected : all) {
            const bool wanted = expected.documentDate >= from && expected.documentDate <= until;
            inRange += wanted;
            QCOMPARE(sink.invoices.contains(key(ShopRecordKind::Invoice, expected.shopId)), wanted);
        }
        QVERIFY(inRange >= 8);
        QVERIFY(!sink.watermark(QStringLiteral("prestashop"), QStringLiteral("orders")));
        // Open orders found by the backfill are re-checked by the regular pull.
        for (const QString& id : sink.openDocuments(QStringLiteral("prestashop"), QStringLiteral("orders")))
            QVERIFY(shop.expectedOpenOrders().contains(id));
    }

    void wrongKeyIsRefusedWithoutRetries()
    {
        PrestaShopEmulator shop(shopOptions(3));
        QVERIFY(shop.start());
        PrestaShopSettings settings = settingsFor(shop);
        settings.webserviceKey = QStringLiteral("WRONGKEY");
        MemoryPullSink sink;
        const PullReport report = PrestaShopConnector(settings).pull(sink);
        QVERIFY(!report.ok());
        QVERIFY(report.resources.first().error.contains(QStringLiteral("401")));
        // Countries refused with the key in the header, then once as ws_key (a host may drop the header, S9);
        // nothing retried beyond that.
        QCOMPARE(shop.server().requestCount(), 2);
        QVERIFY(sink.invoices.isEmpty());
    }

    // Issue 13 item 13: a key with exactly the seed manual's permissions. The connection test names what it may
    // not read; the pull says the key was refused for a named resource instead of importing nothing.
    void aKeyWithTheManualsPermissionsIsNamedAndRefused()
    {
        PrestaShopEmulator::Options options = shopOptions(6);
        options.permittedResources = PrestaShopEmulator::seedManualPermissions();
        PrestaShopEmulator shop(options);
        QVERIFY(shop.start());
        const ShopConnectionTest test = PrestaShopConnector(settingsFor(shop)).testConnection();
        QCOMPARE(test.outcome, ShopConnectionTest::Outcome::KeyRefused);
        QVERIFY2(test.message.contains(u"does not let it read order_slip, order_payments, currencies."),
                 qPrintable(test.message));
        QCOMPARE(test.orderStates.size(), 8); // what it could read is still offered

        MemoryPullSink sink;
        const PullReport report = PrestaShopConnector(settingsFor(shop)).pull(sink);
        QVERIFY(!report.ok());
        QVERIFY(report.keyRefused());
        for (const ResourcePullReport& resource : report.resources) {
            QVERIFY(resource.keyRefused);
            QVERIFY2(resource.error.contains(u"refused the webservice key for currencies (HTTP 401)"),
                     qPrintable(resource.error));
        }

        // With the currencies granted, the orders stop at order_payments and the slips at order_slip; customers
        // are read.
        options.permittedResources.append(QStringLiteral("currencies"));
        PrestaShopEmulator better(options);
        QVERIFY(better.start());
        const PullReport second = PrestaShopConnector(settingsFor(better)).pull(sink);
        QCOMPARE(second.resources.size(), 4);
        QVERIFY2(second.resources.at(0).error.contains(u"for order_payments"),
                 qPrintable(second.resources.at(0).error));
        QVERIFY(second.resources.at(0).keyRefused);
        QVERIFY2(second.resources.at(1).error.contains(u"for order_slip"), qPrintable(second.resources.at(1).error));
        QVERIFY(second.resources.at(2).ok);
        QVERIFY(!second.resources.at(2).keyRefused);
        QVERIFY(second.resources.at(2).customers > 0);

        // The full set: connected, saying so.
        PrestaShopEmulator full(shopOptions(3));
        QVERIFY(full.start());
        const ShopConnectionTest connected = PrestaShopConnector(settingsFor(full)).testConnection();
        QVERIFY2(connected.ok(), qPrintable(connected.message));
        QVERIFY2(connected.message.contains(u"may read everything"), qPrintable(connected.message));
    }

    // API-shops.md S9: a host running PHP as CGI drops the Authorization header; PrestaShop then takes the key
    // as ?ws_key=. The connector notices the refusal of its first request, switches by itself and says so.
    void aHostThatDropsTheAuthorizationHeaderGetsTheKeyInTheAddress()
    {
        PrestaShopEmulator::Options options = shopOptions(12);
        options.cgiMode = true;
        PrestaShopEmulator shop(options);
        QVERIFY(shop.start());
        PrestaShopConnector tester(settingsFor(shop));
        const ShopConnectionTest test = tester.testConnection();
        QVERIFY2(test.ok(), qPrintable(test.message));
        QVERIFY(tester.switchedKeyToAddress());
        QVERIFY2(test.message.contains(u"sends the key as ws_key in the address"), qPrintable(test.message));

        PrestaShopConnector connector(settingsFor(shop));
        MemoryPullSink sink;
        QVERIFY(connector.pull(sink).ok());
        verifyEverythingStored(shop, sink);
        const QList<QUrl> log = shop.server().requestLog();
        int withKey = 0;
        for (const QUrl& url : log)
            withKey += QUrlQuery(url).queryItemValue(QStringLiteral("ws_key")) == options.webserviceKey;
        // The first request of each connector went with the header only and was refused; every other carried it.
        QCOMPARE(withKey, log.size() - 2);

        // Saved as the shop's setting, the key goes in the address from the first request on.
        PrestaShopSettings saved = settingsFor(shop);
        saved.keyInAddress = true;
        QVERIFY(PrestaShopConnector(saved).testConnection().ok());
        QCOMPARE(shop.server().requestLog().size(), log.size() + 10); // order states + the 9 others, none refused

        // Never in clear to another host: plain http only to this machine.
        QVERIFY(!PrestaShopKeySigner::mayCarryKey(QUrl(QStringLiteral("http://shop.example/api"))));
        QVERIFY(PrestaShopKeySigner::mayCarryKey(QUrl(QStringLiteral("https://shop.example/api"))));
        QVERIFY(PrestaShopKeySigner::mayCarryKey(QUrl(QStringLiteral("http://127.0.0.1:8080/api"))));
        const PrestaShopKeySigner signer(options.webserviceKey, true);
        QNetworkRequest request(QUrl(QStringLiteral("http://shop.example/api/orders?output_format=JSON")));
        signer.sign(request, "GET");
        QVERIFY(!request.url().toString().contains(options.webserviceKey));
        QVERIFY(request.rawHeader("Authorization").isEmpty());
    }

    // Issue 13 item 8: the address typed is the shop's home page; the connector finds the webservice at /api
    // below it, uses it, and the connection test names the address to save.
    void theShopsHomePageIsEnough()
    {
        PrestaShopEmulator shop(shopOptions(8));
        QVERIFY(shop.start());
        PrestaShopSettings settings = settingsFor(shop);
        settings.apiBaseUrl = shop.server().baseUrl(); // http://127.0.0.1:<port>, no /api
        PrestaShopConnector tester(settings);
        const ShopConnectionTest test = tester.testConnection();
        QVERIFY2(test.ok(), qPrintable(test.message));
        QCOMPARE(tester.apiUrl(), shop.apiBaseUrl());
        QCOMPARE(test.apiUrl, shop.apiBaseUrl()); // what the wizard saves
        QVERIFY2(test.message.contains(QStringLiteral("answered at %1").arg(shop.apiBaseUrl().toString())),
                 qPrintable(test.message));

        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settings).pull(sink).ok());
        verifyEverythingStored(shop, sink);

        // An address where nothing answers as PrestaShop, not even below it, stays "not a shop".
        settings.apiBaseUrl = QUrl(shop.server().baseUrl().toString() + QStringLiteral("/winkel"));
        const ShopConnectionTest elsewhere = PrestaShopConnector(settings).testConnection();
        QCOMPARE(elsewhere.outcome, ShopConnectionTest::Outcome::NotAShop);
    }

    void emptyListsAndDateFiltersFollowTheWireFormat()
    {
        PrestaShopEmulator shop(shopOptions(3));
        QVERIFY(shop.start());
        MemoryPullSink sink;
        const PullReport first = PrestaShopConnector(settingsFor(shop)).pull(sink);
        for (const ResourcePullReport& resource : first.resources)
            QVERIFY2(resource.ok, qPrintable(resource.resource + QStringLiteral(": ") + resource.error));
        bool sawDateFilter = false, sawLimit = false;
        for (const QUrl& url : shop.server().requestLog()) {
            const QUrlQuery query(url);
            QCOMPARE(query.queryItemValue(QStringLiteral("output_format")), QStringLiteral("JSON"));
            QCOMPARE(query.queryItemValue(QStringLiteral("display")), QStringLiteral("full"));
            QVERIFY(!query.hasQueryItem(QStringLiteral("ws_key"))); // the key travels in the header only
            if (query.hasQueryItem(QStringLiteral("filter[date_upd]"))) {
                sawDateFilter = true;
                QCOMPARE(query.queryItemValue(QStringLiteral("date")), QStringLiteral("1"));
            }
            sawLimit = sawLimit || query.queryItemValue(QStringLiteral("limit")).startsWith(u"0,");
        }
        QVERIFY(sawDateFilter && sawLimit);
        // The idle pull gets [] for every list: nothing changes, nothing fails.
        const PullReport idle = PrestaShopConnector(settingsFor(shop)).pull(sink);
        QVERIFY(idle.ok());
        QVERIFY(shop.expectedOpenOrders().isEmpty());
        QCOMPARE(idle.total(&ResourcePullReport::pages), 0); // nothing stored: no new watermark, no record
    }
};

QTEST_GUILESS_MAIN(TestShopPrestaShopPull)
#include "tst_shop_prestashop_pull.moc"
