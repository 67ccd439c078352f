#include "eboekhouden/RestClient.h"
#include "EBoekhoudenEmulator.h"
#include "PrestaShopEmulator.h"
#include "rules/TotalsCheck.h"
#include "SandboxVatNumber.h"
#include "shop/PrestaShopConnector.h"
#include "store/DocumentQuery.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "sync/DocumentPusher.h"
#include "sync/SyncEngine.h"
#include "ViesEmulator.h"

#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The whole way for PrestaShop (issue 13 item 14): the PrestaShop emulator's orders, slips and payments pulled
// into the store and booked in the e-Boekhouden emulator, over HTTP on 127.0.0.1, as tst_shoptoeboekhouden does
// for Magento. The shop's own totals are what e-Boekhouden must hold, to the cent, including the orders whose
// total PrestaShop rounds once (item 12).
class TestPrestaShopToEBoekhouden : public QObject
{
    Q_OBJECT

    static inline const QString token = QStringLiteral("prestashop-e2e-token");

    struct Sandbox
    {
        EBoekhoudenEmulator eboekhouden;
        PrestaShopEmulator shop;
        ViesEmulator vies; // the ICP sales' VAT numbers are checked before booking (issue 15 item 6)

        explicit Sandbox(PrestaShopEmulator::Options options)
            : shop(std::move(options))
        {
            // The shop's Belgian business customers and guests, numbered as PrestaShopEmulator numbers them, are
            // registered.
            QList<qint64> customers; // account holders 1.., guests 5000 + order
            for (qint64 i = 1; i <= shop.options().orders; ++i)
                customers << i << 5000 + i;
            for (const auto& [number, name] : SandboxVatNumber::belgianRegistrations(customers))
                vies.addRegistered(number, name);
            eboekhouden.state().seedDemoAdministration();
            eboekhouden.state().addLedger(QStringLiteral("1550"), QStringLiteral("Af te dragen btw OSS"),
                                          QStringLiteral("BAL"));
            eboekhouden.addAccessToken(token);
        }
        bool start() { return eboekhouden.start() && shop.start() && vies.start(); }

        SyncEngine::ClientFactory clientFactory() const
        {
            const QUrl url = eboekhouden.restUrl();
            return [url] {
                RestClient::Settings settings;
                settings.baseUrl = url;
                settings.timeoutMs = 10000;
                return std::unique_ptr<EBoekhoudenClient>(std::make_unique<RestClient>(token, settings));
            };
        }
        PrestaShopSettings shopSettings() const
        {
            PrestaShopSettings settings;
            settings.apiBaseUrl = shop.apiBaseUrl();
            settings.webserviceKey = shop.options().webserviceKey;
            settings.bookableStates = PrestaShopEmulator::bookableStates();
            settings.timeZone = PrestaShopEmulator::timeZone();
            settings.website = PrestaShopEmulator::website();
            settings.retry.maxAttempts = 2;
            settings.retry.initialDelayMs = 5;
            return settings;
        }
        SyncEngine::ConnectorFactory connectorFactory() const
        {
            return [settings = shopSettings()] {
                return std::unique_ptr<ShopConnector>(std::make_unique<PrestaShopConnector>(settings));
            };
        }
        SyncConfiguration configuration() const
        {
            SyncConfiguration configuration;
            configuration.vies.baseUrl = vies.baseUrl();
            configuration.settings.shopCountry = QStringLiteral("NL");
            configuration.settings.ossRegistered = true;
            configuration.settings.debtorLedger = QStringLiteral("1300");
            configuration.settings.defaultBankLedger = QStringLiteral("1010");
            configuration.settings.bookPayments = true;
            VatMapping::Proposal proposal;
            proposal.revenueLedger = QStringLiteral("8000");
            proposal.ossVatLedger = QStringLiteral("1550");
            configuration.vatMapping = VatMapping::defaultProposal(proposal);
            configuration.firstRetryDelay = std::chrono::milliseconds(10);
            return configuration;
        }
    };

    static PrestaShopEmulator::Options options(int orders)
    {
        PrestaShopEmulator::Options result;
        result.seed = 2026;
        result.orders = orders;
        return result;
    }

private slots:
    // Every order booked once at the shop's stated total (item 12: also where PrestaShop rounds its total once),
    // and every paid order's payment booked against it, to the cent.
    void ordersAndPaymentsAreBookedToTheCent()
    {
        StoreFixture store;
        Sandbox sandbox(options(60));
        QVERIFY(sandbox.start());
        QVERIFY(sandbox.shop.ordersWithRoundedTotal() > 0); // the shop's own rounding is part of the run
        QVERIFY(sandbox.shop.splitCarts() > 0);             // and a cart split over two orders with one payment
        SyncEngine engine(store.database->path(), sandbox.clientFactory(), sandbox.configuration());
        engine.setShopConnector(sandbox.connectorFactory());

        const SyncSummary first = engine.runSync();
        QVERIFY2(first.pullErrors.isEmpty(), qPrintable(first.pullErrors.join(u'\n')));
        QVERIFY(!first.shopKeyRefused);
        DocumentRepository documents(*store.database);
        const QList<Invoice> invoices = sandbox.shop.expectedInvoices();
        QCOMPARE(documents.count(DocumentKind::Invoice), int(invoices.size()));
        QCOMPARE(documents.count(DocumentKind::CreditMemo), int(sandbox.shop.expectedCreditMemos().size()));
        QCOMPARE(first.refused, 0);
        QCOMPARE(first.waiting, 0);
        QCOMPARE(first.postponed, 0);
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::Posted), int(invoices.size()));

        const EmulatorState& administration = sandbox.eboekhouden.state();
        QHash<QString, int> seen;
        QHash<QString, Money> gross;
        Money payments;
        int paymentMutations = 0;
        for (const auto& mutation : administration.mutations()) {
            if (mutation.type == 3) {
                ++paymentMutations;
                payments += administration.grossTotal(mutation);
                continue;
            }
            ++seen[mutation.invoiceNumber];
            gross[mutation.invoiceNumber] = administration.grossTotal(mutation);
        }
        Money booked, shopPaid;
        int paidInvoices = 0;
        for (qint64 id : documents.idsInState(DocumentKind::Invoice, SyncState::Posted)) {
            const StoredDocument stored = *documents.find(id);
            QCOMPARE(seen.value(stored.eboekhoudenNumber), 1);
            QCOMPARE(gross.value(stored.eboekhoudenNumber), stored.document.totalIncl);
            booked += gross.value(stored.eboekhoudenNumber);
            if (stored.document.paid) {
                ++paidInvoices;
                for (const Payment& payment : stored.document.payments)
                    shopPaid += payment.amount;
            }
        }
        Money sales;
        for (const Invoice& invoice : invoices)
            sales += invoice.totalIncl;
        QCOMPARE(booked, sales); // what e-Boekhouden holds is what the shop invoiced, to the cent
        QVERIFY(paidInvoices > 0);
        QCOMPARE(first.paymentsBooked, paidInvoices);
        QCOMPARE(paymentMutations, paidInvoices);
        QCOMPARE(payments.abs(), shopPaid);

        // A second sync finds nothing new and books nothing twice.
        const qsizetype mutations = administration.mutations().size();
        const SyncSummary second = engine.runSync();
        QCOMPARE(second.posted, 0);
        QCOMPARE(second.paymentsBooked, 0);
        QCOMPARE(second.refused, 0);
        QCOMPARE(administration.mutations().size(), mutations);
    }

    // The same shop booked as e-Boekhouden invoices: each invoice's total, as e-Boekhouden computes it from the
    // lines (the rounding line included), is the shop's stated total.
    void ordersBookedAsInvoicesCarryTheShopsTotal()
    {
        StoreFixture store;
        Sandbox sandbox(options(60));
        QVERIFY(sandbox.start());
        SyncConfiguration configuration = sandbox.configuration();
        configuration.settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        configuration.settings.invoiceTemplate = QStringLiteral("Standaard");
        SyncEngine engine(store.database->path(), sandbox.clientFactory(), configuration);
        engine.setShopConnector(sandbox.connectorFactory());
        const SyncSummary first = engine.runSync();
        QVERIFY2(first.pullErrors.isEmpty(), qPrintable(first.pullErrors.join(u'\n')));
        DocumentRepository documents(*store.database);
        const QList<Invoice> invoices = sandbox.shop.expectedInvoices();
        DocumentQuery query(*store.database);
        DocumentFilter failed;
        failed.state = SyncState::Failed;
        QStringList refusals;
        for (const DocumentRow& row : query.page(failed, DocumentQuery::Column::Number, Qt::AscendingOrder, 0, 1000))
            refusals.append(row.number + QStringLiteral(": ") + row.lastMessage);
        QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u'\n')));
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::Posted), int(invoices.size()));

        QHash<QString, Money> booked;
        for (const auto& invoice : sandbox.eboekhouden.state().invoices())
            booked.insert(invoice.invoiceNumber, invoice.totalIncl);
        int rounded = 0;
        QStringList differ;
        for (qint64 id : documents.idsInState(DocumentKind::Invoice, SyncState::Posted)) {
            const StoredDocument stored = *documents.find(id);
            QVERIFY2(booked.contains(stored.eboekhoudenNumber), qPrintable(stored.eboekhoudenNumber));
            if (booked.value(stored.eboekhoudenNumber) != stored.document.totalIncl)
                differ.append(QStringLiteral("%1: e-Boekhouden %2, shop %3")
                                  .arg(stored.eboekhoudenNumber,
                                       booked.value(stored.eboekhoudenNumber).toDecimalString(),
                                       stored.document.totalIncl.toDecimalString()));
            rounded += !TotalsCheck::roundingDifference(stored.document).incl.isZero();
        }
        // Lines whose VAT e-Boekhouden cannot reproduce go as AFW_VERK with the shop's VAT per item (vatAmount,
        // API-eboekhouden.md C3); the rounding line has none.
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QStringLiteral("; "))));
        QVERIFY(rounded > 0);
    }

    // Every slip its own negative booking at the slip's header amount (item 12: also where the header is a cent
    // off its rounded lines), so the shop's sales minus its refunds are what e-Boekhouden holds.
    void eachSlipIsItsOwnNegativeBooking()
    {
        StoreFixture store;
        Sandbox sandbox(options(60));
        QVERIFY(sandbox.start());
        SyncEngine engine(store.database->path(), sandbox.clientFactory(), sandbox.configuration());
        engine.setShopConnector(sandbox.connectorFactory());
        const SyncSummary first = engine.runSync();
        QVERIFY2(first.pullErrors.isEmpty(), qPrintable(first.pullErrors.join(u'\n')));
        const QList<CreditMemo> slips = sandbox.shop.expectedCreditMemos();
        QVERIFY(!slips.isEmpty());
        DocumentRepository documents(*store.database);
        // PrestaShop numbers slips and invoices each from 1 (API-shops.md S2) while e-Boekhouden's sales numbers
        // are unique (API-eboekhouden.md C4): each slip is booked under a number of its own (the credit-memo
        // prefix of DESIGN "Document identity"), never linked to the invoice that has its number.
        QCOMPARE(first.linked, 0);
        QCOMPARE(documents.count(DocumentKind::CreditMemo, SyncState::Posted), int(slips.size()));

        const EmulatorState& administration = sandbox.eboekhouden.state();
        QHash<QString, int> seen;
        QHash<QString, Money> gross;
        Money booked;
        for (const auto& mutation : administration.mutations()) {
            if (mutation.type == 3)
                continue;
            ++seen[mutation.invoiceNumber];
            gross[mutation.invoiceNumber] = administration.grossTotal(mutation);
            booked += administration.grossTotal(mutation);
        }
        for (qint64 id : documents.idsInState(DocumentKind::CreditMemo, SyncState::Posted)) {
            const StoredDocument stored = *documents.find(id);
            QCOMPARE(seen.value(stored.eboekhoudenNumber), 1);
            QCOMPARE(gross.value(stored.eboekhoudenNumber), -stored.document.totalIncl);
        }
        Money expected;
        for (const Invoice& invoice : sandbox.shop.expectedInvoices())
            expected += invoice.totalIncl;
        for (const CreditMemo& slip : slips)
            expected -= slip.totalIncl;
        QCOMPARE(booked, expected);
    }

    // A key granted exactly what the seed manual lists: the pull says which resources it may not read, the run
    // reports the refused key as such and books nothing (issue 13 item 13).
    void aKeyWithTheManualsPermissionsIsRefusedLoudly()
    {
        StoreFixture store;
        PrestaShopEmulator::Options shopOptions = options(20);
        shopOptions.permittedResources = PrestaShopEmulator::seedManualPermissions();
        Sandbox sandbox(shopOptions);
        QVERIFY(sandbox.start());
        SyncEngine engine(store.database->path(), sandbox.clientFactory(), sandbox.configuration());
        engine.setShopConnector(sandbox.connectorFactory());
        const SyncSummary summary = engine.runSync();
        QVERIFY(summary.shopKeyRefused);
        QVERIFY(!summary.pullErrors.isEmpty());
        QVERIFY2(summary.pullErrors.first().contains(u"currencies"), qPrintable(summary.pullErrors.first()));
        QVERIFY2(summary.pullErrors.first().contains(u"order_slip, order_payments"),
                 qPrintable(summary.pullErrors.first()));
        QCOMPARE(summary.posted, 0);
        QVERIFY(sandbox.eboekhouden.state().mutations().isEmpty());
    }

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The headless CLI against the sandbox, the profile in `home`.
    static Run cli(const Sandbox& sandbox, const QTemporaryDir& home, const QStringList& arguments,
                   const QList<QPair<QString, QString>>& extra = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), token);
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_REST_URL"), sandbox.eboekhouden.restUrl().toString());
        environment.insert(QStringLiteral("BOEKHOUDBRUG_VIES_URL"), sandbox.vies.baseUrl().toString());
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP"), QStringLiteral("prestashop"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_URL"), sandbox.shop.apiBaseUrl().toString());
        environment.insert(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_KEY"), sandbox.shop.options().webserviceKey);
        environment.insert(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES"), QStringLiteral("2,3,4,5,14"));
        for (const auto& [name, value] : extra)
            environment.insert(name, value);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(BOEKHOUDBRUG_CLI), arguments);
        // The emulators live on this thread: keep its event loop turning while the CLI works.
        if (!finished.wait(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    // The CLI: import and sync with such a key exit 77 and say the key was refused, never "0 documents" and 75.
    void theCliExitsWithSeventySevenForARefusedShopKey()
    {
        PrestaShopEmulator::Options shopOptions = options(10);
        shopOptions.permittedResources = PrestaShopEmulator::seedManualPermissions();
        shopOptions.permittedResources.append(QStringLiteral("currencies"));
        Sandbox sandbox(shopOptions);
        QVERIFY(sandbox.start());
        QTemporaryDir home;
        const Run imported = cli(sandbox, home, {QStringLiteral("import")});
        QCOMPARE(imported.exitCode, 77);
        QVERIFY2(imported.err.contains(u"refused the webservice key for order_payments"), qPrintable(imported.err));
        QVERIFY2(imported.err.contains(u"refused the webservice key for order_slip"), qPrintable(imported.err));
        const Run synced = cli(sandbox, home, {QStringLiteral("sync")});
        QCOMPARE(synced.exitCode, 77);
        QVERIFY2(synced.err.contains(u"The shop refused the key"), qPrintable(synced.err));
        QVERIFY2(synced.err.contains(u"order_payments"), qPrintable(synced.err));
    }

    // API-shops.md S9 headless: with BOEKHOUDBRUG_PRESTASHOP_KEY_IN_ADDRESS=1 every request carries ws_key from
    // the first on, on a host that drops the Authorization header.
    void aHeadlessRunSendsTheKeyInTheAddressWhenSetSo()
    {
        PrestaShopEmulator::Options shopOptions = options(6);
        shopOptions.cgiMode = true;
        Sandbox sandbox(shopOptions);
        QVERIFY(sandbox.start());
        QTemporaryDir home;
        const Run imported = cli(sandbox, home, {QStringLiteral("import")},
                                 {{QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_KEY_IN_ADDRESS"), QStringLiteral("1")}});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QList<QUrl> log = sandbox.shop.server().requestLog();
        QVERIFY(!log.isEmpty());
        for (const QUrl& url : log)
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("ws_key")), sandbox.shop.options().webserviceKey);
    }

    // An order the shop sent but that cannot be read: status, logs --failed and preview say which and why.
    void anUnreadableOrderIsShownWithItsReason()
    {
        Sandbox sandbox(options(6));
        const qint64 broken = sandbox.shop.addBrokenOrder();
        QVERIFY(sandbox.start());
        QTemporaryDir home;
        QCOMPARE(cli(sandbox, home, {QStringLiteral("import")}).exitCode, 0);
        const QString reason = QStringLiteral("refers to tax 99, which the shop does not list");

        const Run status = cli(sandbox, home, {QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("1 unmappable")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("unreadable invoice\t%1\t").arg(broken)), qPrintable(status.out));
        QVERIFY2(status.out.contains(reason), qPrintable(status.out));

        const Run failed = cli(sandbox, home, {QStringLiteral("logs"), QStringLiteral("--failed")});
        QCOMPARE(failed.exitCode, 0);
        QVERIFY2(failed.out.contains(reason), qPrintable(failed.out));

        const Run preview =
            cli(sandbox, home, {QStringLiteral("preview"), QStringLiteral("--invoice"), QString::number(broken)});
        QCOMPARE(preview.exitCode, 1);
        QVERIFY2(preview.out.contains(QStringLiteral("%1 cannot be booked").arg(broken)), qPrintable(preview.out));
        QVERIFY2(preview.out.contains(reason), qPrintable(preview.out));
    }
};

QTEST_GUILESS_MAIN(TestPrestaShopToEBoekhouden)
#include "tst_prestashoptoeboekhouden.moc"
