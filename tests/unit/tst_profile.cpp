#include "AdministrationSettingsStore.h"
#include "InitialImport.h"
#include "MagentoEmulator.h"
#include "PrestaShopEmulator.h"
#include "ShopProfile.h"
#include "store/Database.h"
#include "VatMappingProposal.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// What the setup wizard saves for a profile, read back; and the shops' "Test connection" against the emulators.
class TestProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ShopConnectionTest testShop(const ShopConnectionSettings& connection)
    {
        return connection.forTest().connectorFactory()()->testConnection();
    }

    // The wizard's connection to a Magento emulator, with its integration keys.
    static ShopConnectionSettings connectionTo(const MagentoEmulator& shop)
    {
        ShopConnectionSettings connection;
        connection.platform = ShopConnectionSettings::Platform::Magento;
        connection.setApiUrl(shop.restBaseUrl());
        connection.magento.consumerKey = shop.options().consumerKey;
        connection.magento.consumerSecret = shop.options().consumerSecret;
        connection.magento.accessToken = shop.options().accessToken;
        connection.magento.accessTokenSecret = shop.options().accessTokenSecret;
        return connection;
    }

private slots:
    void administrationDefaultsWhenAbsent()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        Database store(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(store.open());
        const AdministrationSettingsStore::Saved saved =
            AdministrationSettingsStore::load(QStringLiteral("p"), settings, store);
        QCOMPARE(saved.problem, QString());
        const AdministrationSettings defaults;
        QCOMPARE(saved.settings.bookingForm, defaults.bookingForm);
        QCOMPARE(saved.settings.paymentTermDays, defaults.paymentTermDays);
        QCOMPARE(saved.settings.debtorLedger, defaults.debtorLedger);
        QCOMPARE(saved.settings.invoiceTemplate, defaults.invoiceTemplate);
        QCOMPARE(saved.settings.invoiceNumbering.mode, defaults.invoiceNumbering.mode);
        QCOMPARE(saved.debtorMatching, SyncConfiguration::DebtorMatching::Email);
    }

    void administrationRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("admin.ini"));
        Database database(m_dir.filePath(QStringLiteral("admin.sqlite")));
        QVERIFY(database.open());
        AdministrationSettingsStore::Saved saved;
        AdministrationSettings& s = saved.settings;
        s.shopCountry = QStringLiteral("BE");
        s.ossRegistered = true;
        s.bookingForm = AdministrationSettings::BookingForm::Invoices;
        s.invoiceNumbering = {InvoiceNumberFormatter::Mode::StripPrefix, QStringLiteral("INV")};
        s.invoiceTemplate = QStringLiteral("Webshop");
        s.paymentTermDays = 30;
        s.debtorLedger = QStringLiteral("1310");
        // Payment methods are the shop's free text: a '/' must not become a settings group.
        s.bankLedgerByPaymentMethod = {{QStringLiteral("ideal"), QStringLiteral("1020")},
                                       {QStringLiteral("Bank/overschrijving"), QStringLiteral("1010")}};
        s.fixedDebtorByPaymentMethod = {{QStringLiteral("Bol.com - 50% korting"), QStringLiteral("BOLCOM")}};
        s.defaultBankLedger = QStringLiteral("1010");
        s.invoiceVatPerLine = true;
        s.invoiceNumbering.creditMemoPrefix = QStringLiteral("CR");
        s.bookPayments = true;
        saved.debtorMatching = SyncConfiguration::DebtorMatching::CustomerCode;
        {
            QSettings settings(path, QSettings::IniFormat);
            QVERIFY(AdministrationSettingsStore::save(QStringLiteral("p"), saved, settings, database));
        }
        QSettings settings(path, QSettings::IniFormat); // a new start reads the store again
        const AdministrationSettingsStore::Saved read =
            AdministrationSettingsStore::load(QStringLiteral("p"), settings, database);
        QCOMPARE(read.settings.shopCountry, s.shopCountry);
        QCOMPARE(read.settings.ossRegistered, true);
        QCOMPARE(read.settings.bookingForm, s.bookingForm);
        QCOMPARE(read.settings.invoiceNumbering.mode, s.invoiceNumbering.mode);
        QCOMPARE(read.settings.invoiceNumbering.prefix, s.invoiceNumbering.prefix);
        QCOMPARE(read.settings.invoiceTemplate, s.invoiceTemplate);
        QCOMPARE(read.settings.paymentTermDays, 30);
        QCOMPARE(read.settings.debtorLedger, s.debtorLedger);
        QCOMPARE(read.settings.bankLedgerByPaymentMethod, s.bankLedgerByPaymentMethod);
        QCOMPARE(read.settings.fixedDebtorByPaymentMethod, s.fixedDebtorByPaymentMethod);
        QCOMPARE(read.settings.defaultBankLedger, s.defaultBankLedger);
        QCOMPARE(read.settings.invoiceVatPerLine, true);
        QCOMPARE(read.settings.invoiceNumbering.creditMemoPrefix, QStringLiteral("CR"));
        QCOMPARE(read.settings.bookPayments, true);
        QCOMPARE(read.debtorMatching, SyncConfiguration::DebtorMatching::CustomerCode);
        // Another profile (its own store) keeps its defaults: credit memos prefixed C, payments off without a bank
        // ledger.
        Database otherStore(m_dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(otherStore.open());
        const AdministrationSettings other =
            AdministrationSettingsStore::load(QStringLiteral("other"), settings, otherStore).settings;
        QCOMPARE(other.paymentTermDays, 14);
        QCOMPARE(other.invoiceNumbering.creditMemoPrefix, QStringLiteral("C"));
        QCOMPARE(other.bookPayments, false);
        // Settings saved before payments were a setting: on where a bank ledger was chosen (they were booked then).
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM administration_settings WHERE key = 'bookPayments'")));
        QCOMPARE(AdministrationSettingsStore::load(QStringLiteral("p"), settings, database).settings.bookPayments,
                 true);

        // The configuration of the profile: these settings, and the default mapping while none is saved.
        const SyncConfiguration configuration =
            AdministrationSettingsStore::configuration(QStringLiteral("p"), settings, database);
        QCOMPARE(configuration.settings.paymentTermDays, 30);
        QCOMPARE(configuration.debtorMatching, SyncConfiguration::DebtorMatching::CustomerCode);
        QVERIFY(!configuration.vatMapping.entries.isEmpty());
    }

    void proposalNamesTheForeignRatesSeen()
    {
        VatMapping::Proposal proposal;
        proposal.ossVatLedger = QStringLiteral("1550");
        const QList<std::pair<QString, VatRate>> seen{{QStringLiteral("NL"), VatRate::percent(21)},
                                                      {QStringLiteral("DE"), VatRate::percent(19)},
                                                      {QStringLiteral("DE"), VatRate::percent(7)},
                                                      {QStringLiteral("US"), VatRate()}};
        const VatMapping mapping = VatMappingProposal::fromRatesSeen(proposal, true, seen);
        const auto has = [&](const QString& country, VatRate rate) {
            return std::any_of(mapping.entries.cbegin(), mapping.entries.cend(), [&](const VatMappingEntry& e) {
                return e.documentClass == DocumentClass::Oss && e.country == country && e.rate == rate &&
                       e.vatLedger == QStringLiteral("1550");
            });
        };
        QVERIFY(has(QStringLiteral("DE"), VatRate::percent(19)));
        QVERIFY(has(QStringLiteral("DE"), VatRate::percent(7)));
        const VatMapping withoutOss = VatMappingProposal::fromRatesSeen(proposal, false, {});
        QVERIFY(std::none_of(withoutOss.entries.cbegin(), withoutOss.entries.cend(),
                             [](const VatMappingEntry& e) { return e.documentClass == DocumentClass::Oss; }));
    }

    void shopProfileRoundTripThroughTheKeychain()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop.ini"));
        QSettings settings(path, QSettings::IniFormat);
        ShopConnectionSettings connection;
        connection.platform = ShopConnectionSettings::Platform::PrestaShop;
        connection.setApiUrl(QUrl(QStringLiteral("https://shop.example/api")));
        connection.adminUrl = QUrl(QStringLiteral("https://shop.example/admin123"));
        connection.prestaShop.webserviceKey = QStringLiteral("PSKEY-SECRET-0001");
        connection.prestaShop.bookableStates = {2, 4, 5};
        connection.prestaShop.timeZone = "Europe/Brussels";
        connection.prestaShop.keyInAddress = true; // a host that drops the Authorization header (S9)
        QCOMPARE(ShopProfile::save(QStringLiteral("p"), connection, settings), QString());
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("PSKEY-SECRET-0001"));

        const ShopProfile::Read read = ShopProfile::read(QStringLiteral("p"), settings);
        QVERIFY2(read.ok, qPrintable(read.message));
        QCOMPARE(read.connection.platform, ShopConnectionSettings::Platform::PrestaShop);
        QCOMPARE(read.connection.prestaShop.webserviceKey, QStringLiteral("PSKEY-SECRET-0001"));
        QCOMPARE(read.connection.prestaShop.bookableStates, (QList<qint64>{2, 4, 5}));
        QCOMPARE(read.connection.prestaShop.timeZone, QByteArray("Europe/Brussels"));
        QVERIFY(read.connection.prestaShop.keyInAddress);
        QCOMPARE(read.connection.adminUrl, connection.adminUrl);
        QVERIFY(ShopProfile::load(QStringLiteral("p"), settings, QProcessEnvironment()).factory);

        // Environment variables win, as for the e-Boekhouden credentials.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP"), QStringLiteral("magento"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_URL"), QStringLiteral("https://other.example/rest"));
        const ShopFromEnvironment::Found fromEnvironment =
            ShopProfile::load(QStringLiteral("p"), settings, environment);
        QVERIFY(!fromEnvironment.factory);
        QVERIFY(fromEnvironment.message.contains(u"BOEKHOUDBRUG_MAGENTO"));
        // No shop saved: nothing to pull, and no complaint.
        const ShopFromEnvironment::Found none =
            ShopProfile::load(QStringLiteral("none"), settings, QProcessEnvironment());
        QVERIFY(!none.factory);
        QVERIFY(none.message.isEmpty());
    }

    void secondImportSaysWhatIsAlreadyKnown()
    {
        MagentoEmulator shop(MagentoEmulator::Options{.invoices = 6});
        QVERIFY(shop.start());
        ShopConnectionSettings connection = connectionTo(shop);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("import.sqlite"));
        const std::atomic_bool cancelled = false;
        const auto quiet = [](const QString&, int) {};
        const InitialImport::Outcome first =
            InitialImport::run(path, connection.connectorFactory(), {}, cancelled, quiet);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QVERIFY2(first.message.startsWith(QStringLiteral("Imported from the shop: 6 new invoice")),
                 qPrintable(first.message));
        const InitialImport::Outcome again =
            InitialImport::run(path, connection.connectorFactory(), {}, cancelled, quiet);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY2(again.message.startsWith(QStringLiteral("Already known: 6 invoice")), qPrintable(again.message));
        QVERIFY2(again.message.contains(QStringLiteral("From the shop: 0 new invoice")), qPrintable(again.message));
    }

    void magentoTestConnection()
    {
        MagentoEmulator shop(MagentoEmulator::Options{.invoices = 1});
        QVERIFY(shop.start());
        ShopConnectionSettings connection = connectionTo(shop);
        ShopConnectionTest test = testShop(connection);
        QVERIFY2(test.ok(), qPrintable(test.message));
        QVERIFY(test.message.contains(u"EUR"));

        ShopConnectionSettings wrong = connection;
        wrong.magento.consumerSecret = QStringLiteral("not-the-secret");
        test = testShop(wrong);
        QCOMPARE(test.outcome, ShopConnectionTest::Outcome::KeyRefused);

        ShopConnectionSettings bearer = connection; // Bearer is off in this shop, as by default since 2.4.4
        bearer.magento.useBearerToken = true;
        QCOMPARE(testShop(bearer).outcome, ShopConnectionTest::Outcome::KeyRefused);

        ShopConnectionSettings notAShop = connection;
        notAShop.setApiUrl(QUrl(shop.restBaseUrl().toString() + QStringLiteral("/nothing")));
        test = testShop(notAShop); // a route that is no Magento API: 404
        QCOMPARE(test.outcome, ShopConnectionTest::Outcome::NotAShop);
        QVERIFY(test.message.contains(u"/rest"));

        QTcpServer closed; // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ShopConnectionSettings unreachable = connection;
        unreachable.setApiUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/rest").arg(port)));
        test = testShop(unreachable);
        QCOMPARE(test.outcome, ShopConnectionTest::Outcome::Unreachable);
    }

    void prestaShopTestConnection()
    {
        PrestaShopEmulator shop(PrestaShopEmulator::Options{.orders = 1});
        QVERIFY(shop.start());
        ShopConnectionSettings connection;
        connection.platform = ShopConnectionSettings::Platform::PrestaShop;
        connection.setApiUrl(shop.apiBaseUrl());
        connection.prestaShop.webserviceKey = shop.options().webserviceKey;
        connection.prestaShop.bookableStates = PrestaShopEmulator::bookableStates();
        ShopConnectionTest test = testShop(connection);
        QVERIFY2(test.ok(), qPrintable(test.message));
        // The states read on the way, by name and with the flags the bookable ones are proposed by.
        QCOMPARE(test.orderStates.size(), 8);
        QList<qint64> proposed;
        for (const ShopConnectionTest::OrderState& state : std::as_const(test.orderStates)) {
            if (state.id == 14)
                QCOMPARE(state.name, QStringLiteral("Shipped on account"));
            if (state.invoice || state.logable)
                proposed.append(state.id);
        }
        QCOMPARE(proposed, (QList<qint64>{2, 3, 4, 5})); // 14 "Shipped on account" is booked, but unpaid

        ShopConnectionSettings wrong = connection;
        wrong.prestaShop.webserviceKey = QStringLiteral("WRONG");
        QCOMPARE(testShop(wrong).outcome, ShopConnectionTest::Outcome::KeyRefused);
        QVERIFY(testShop(wrong).orderStates.isEmpty());

        // A Magento shop at the address: it answers, but not as PrestaShop.
        MagentoEmulator magento(MagentoEmulator::Options{.invoices = 1});
        QVERIFY(magento.start());
        ShopConnectionSettings other = connection;
        other.setApiUrl(QUrl(magento.server().baseUrl().toString() + QStringLiteral("/api")));
        test = testShop(other);
        QVERIFY2(test.outcome != ShopConnectionTest::Outcome::Connected, qPrintable(test.message));
    }
};

QTEST_MAIN(TestProfile)
#include "tst_profile.moc"
