#include "AdministrationSettingsStore.h"
#include "EBoekhoudenEmulator.h"
#include "MagentoEmulator.h"
#include "PrestaShopEmulator.h"
#include "ProfileSetup.h"
#include "secrets/SecretStore.h"
#include "SetupWizard.h"
#include "ShopProfile.h"
#include "store/InvoiceTemplateRepository.h"
#include "store/LedgerRepository.h"
#include "store/VatMappingRepository.h"
#include "VatMappingModel.h"
#include "VatMappingWizardPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

// The setup wizard driven as a bookkeeper would, against the e-Boekhouden emulator and the shop emulators on
// 127.0.0.1 and the real keychain (gnome-keyring under dbus-run-session): type, Test, wait for the verdict,
// Next, import, choose, Finish; then check what was saved where.
class TestSetupWizard : public QObject
{
    Q_OBJECT

    const QString profile = QStringLiteral("wizardtest");
    const QString token = QStringLiteral("wizard-token-7c1e0b9a44");
    const QString code1 = QStringLiteral("wizard-code1-31d7a");
    const QString code2 = QStringLiteral("WIZ2-QQ81-ZZ02");
    const QString otherToken = QStringLiteral("wizard-token-2-58d0c3");

    QTemporaryDir m_dir;
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhouden;
    std::unique_ptr<MagentoEmulator> m_magento;
    std::unique_ptr<PrestaShopEmulator> m_prestaShop;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SetupWizard> m_wizard;
    int m_run = 0;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_run)); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(m_run)); }

    template <typename T>
    T* field(const char* name) const
    {
        T* found = m_wizard->currentPage()->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no field %s on the current page", name);
        return found;
    }
    void type(const char* name, const QString& text) const
    {
        QLineEdit* edit = field<QLineEdit>(name);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QPushButton* next() const { return qobject_cast<QPushButton*>(m_wizard->button(QWizard::NextButton)); }
    QPushButton* back() const { return qobject_cast<QPushButton*>(m_wizard->button(QWizard::BackButton)); }
    // The administration page's reads of the ledgers; the connection test's own read (one page of the largest
    // size, limit 2000) is not one of them.
    int ledgerReads() const
    {
        const QList<EmulatorRequest> reads = m_eboekhouden->requests("GET", QStringLiteral("/v1/ledger"));
        return int(std::count_if(reads.cbegin(), reads.cend(), [](const EmulatorRequest& r) {
            return r.query.queryItemValue(QStringLiteral("limit")) != u"2000";
        }));
    }
    // A regular token (the emulator's default, API-eboekhouden.md C1) passes on the ledger read: the verdict
    // says what it read and does not claim the administration's name, which such a token cannot read.
    static bool tokenPasses(const QString& verdict, int ledgers = 15)
    {
        return verdict.contains(u"Connected to e-Boekhouden (REST)") &&
               verdict.contains(QStringLiteral("ledger accounts (%1 found)").arg(ledgers)) &&
               !verdict.contains(u"Fietsen Jansen B.V.");
    }

    static QList<qint64> ticked(const QListWidget* list)
    {
        QList<qint64> ids;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->checkState() == Qt::Checked)
                ids.append(list->item(row)->data(Qt::UserRole).toLongLong());
        return ids;
    }
    static void tick(QListWidget* list, qint64 id, bool on)
    {
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toLongLong() == id)
                list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

    // On the import page: imports and waits until Next may be clicked.
    void import()
    {
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ImportPageId));
        QTest::mouseClick(field<QPushButton>("startImport"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
    }
    QString verdict() const { return field<QLabel>("verdict")->text(); }

    // Clicks Test and waits for the verdict; returns it.
    QString test()
    {
        QPushButton* button = field<QPushButton>("testButton");
        if (!button)
            return {};
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return button->isEnabled() && !verdict().isEmpty() && verdict() != u"Testing…"; },
                             20000))
            return QStringLiteral("(no verdict)");
        return verdict();
    }

    void chooseLogin(bool soap)
    {
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ChooseApiPageId));
        field<QRadioButton>(soap ? "securityCodes" : "apiToken")->setChecked(true);
        auto* advanced = field<QToolButton>("advancedButton");
        QVERIFY(!field<QLineEdit>("endpoint")->isVisible()); // hidden under Advanced
        QTest::mouseClick(advanced, Qt::LeftButton);
        QVERIFY(field<QLineEdit>("endpoint")->isVisible());
        type("endpoint", (soap ? m_eboekhouden->soapUrl() : m_eboekhouden->restUrl()).toString());
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(soap ? SetupWizard::SecurityCodesPageId : SetupWizard::ApiTokenPageId));
    }

    QStringList secretsIn(const QString& path, const QStringList& secrets) const
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        QStringList found;
        for (const QString& secret : secrets)
            if (bytes.contains(secret.toUtf8()))
                found.append(secret);
        return found;
    }

private slots:
    void init()
    {
        ++m_run;
        m_eboekhouden = std::make_unique<EBoekhoudenEmulator>();
        m_eboekhouden->state().administrationName = QStringLiteral("Fietsen Jansen B.V.");
        m_eboekhouden->state().seedDemoAdministration();
        m_eboekhouden->state().addLedger(QStringLiteral("1550"), QStringLiteral("Af te dragen btw OSS"),
                                         QStringLiteral("BAL"));
        // A second bank ledger, for the payment method that is paid out elsewhere.
        m_eboekhouden->state().addLedger(QStringLiteral("1020"), QStringLiteral("Mollie"), QStringLiteral("FIN"));
        m_eboekhouden->addAccessToken(token);
        m_eboekhouden->addAccessToken(otherToken);
        m_eboekhouden->addSoapUser(QStringLiteral("fietsen"), code1, code2);
        QVERIFY(m_eboekhouden->start());
        m_magento = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 30});
        QVERIFY(m_magento->start());
        m_prestaShop = std::make_unique<PrestaShopEmulator>(PrestaShopEmulator::Options{.seed = 3, .orders = 10});
        QVERIFY(m_prestaShop->start());
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_wizard = std::make_unique<SetupWizard>(profile, *m_settings, databasePath());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_settings.reset();
        m_prestaShop.reset();
        m_magento.reset();
        m_eboekhouden.reset();
    }

    void endToEndWithApiTokenAndMagento()
    {
        chooseLogin(false);
        QVERIFY(!next()->isEnabled());
        type("token", token);
        QVERIFY2(tokenPasses(test()), qPrintable(verdict()));
        QVERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);

        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ShopPageId));
        const MagentoEmulator::Options& keys = m_magento->options();
        for (const char* resource : {"Magento_Backend::store", "Magento_Sales::sales", "Magento_Customer::customer"})
            QVERIFY(field<QLabel>("magentoPermissions")->text().contains(QLatin1String(resource)));
        // The shop's home page, as merchants type it: the test finds /rest and the address that answered is saved.
        type("shopUrl", m_magento->homePageUrl().toString());
        type("adminUrl", QStringLiteral("https://shop.example/admin"));
        type("consumerKey", keys.consumerKey);
        type("consumerSecret", keys.consumerSecret);
        type("accessToken", keys.accessToken);
        type("accessTokenSecret", keys.accessTokenSecret);
        QVERIFY(!next()->isEnabled());
        QVERIFY2(test().contains(u"Connected to the Magento shop"), qPrintable(verdict()));
        QCOMPARE(field<QLineEdit>("shopUrl")->text(), m_magento->restBaseUrl().toString());
        QVERIFY(next()->isEnabled()); // the address found replaces the typed one without a new test
        QTest::mouseClick(next(), Qt::LeftButton);

        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ImportPageId));
        QVERIFY(!next()->isEnabled());
        QTest::mouseClick(field<QPushButton>("startImport"), Qt::LeftButton);
        QVERIFY(field<QPushButton>("cancelImport")->isEnabled()); // running: cancel offered, Back locked
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 30000);
        QVERIFY2(field<QLabel>("importStatus")->text().contains(u"30 new invoice"),
                 qPrintable(field<QLabel>("importStatus")->text()));
        QTest::mouseClick(next(), Qt::LeftButton);

        QCOMPARE(m_wizard->currentId(), int(SetupWizard::AdministrationPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 20000); // ledgers and templates read
        QVERIFY(field<QComboBox>("debtorLedger")->count() > 0);
        auto* country = field<QComboBox>("shopCountry");
        QCOMPARE(country->currentData().toString(), QStringLiteral("NL")); // the default
        country->setCurrentIndex(country->findData(QStringLiteral("BE")));
        QVERIFY(country->currentText().contains(u"Belgium"));
        // The payment methods of the imported documents, each on the default bank ledger until one is chosen.
        auto* methods = field<QTableWidget>("bankLedgersByPaymentMethod");
        QVERIFY(methods->rowCount() >= 1);
        const QString method = methods->item(0, 0)->text();
        auto* methodLedger = m_wizard->currentPage()->findChild<QComboBox*>(u"bankLedgerFor:"_qs + method);
        QVERIFY(methodLedger);
        QCOMPARE(methodLedger->currentData().toString(), QString());
        QVERIFY(methodLedger->findData(QStringLiteral("1020")) > 0);
        methodLedger->setCurrentIndex(methodLedger->findData(QStringLiteral("1020")));
        field<QComboBox>("bookingForm")->setCurrentIndex(1); // invoices
        field<QComboBox>("debtorMatching")->setCurrentIndex(1);
        field<QComboBox>("invoiceNumbering")->setCurrentIndex(2); // digits only
        // The imported documents charge German, French and Austrian VAT: OSS is suggested (issue 17 item 5).
        QVERIFY(field<QCheckBox>("oss")->isChecked());
        QVERIFY2(field<QLabel>("administrationStatus")->text().contains(u"OSS is ticked"),
                 qPrintable(field<QLabel>("administrationStatus")->text()));
        // ... with the balance ledger named for OSS (the lowest code of the two the administration has).
        auto* oss = field<QComboBox>("ossVatLedger");
        QCOMPARE(oss->currentData().toString(), QStringLiteral("1550"));
        QVERIFY(next()->isEnabled());
        oss->setCurrentIndex(oss->findData(QString()));
        QVERIFY(!next()->isEnabled()); // OSS needs the ledger of foreign VAT
        oss->setCurrentIndex(oss->findData(QStringLiteral("1550")));
        QVERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);

        QCOMPARE(m_wizard->currentId(), int(SetupWizard::VatMappingPageId));
        auto* vatPage = qobject_cast<VatMappingWizardPage*>(m_wizard->currentPage());
        QVERIFY(vatPage->model()->rowCount() > 5);
        QTest::mouseClick(next(), Qt::LeftButton); // the proposal as it is
        QVERIFY2(vatPage->problems().isEmpty(), qPrintable(vatPage->problems().join(u'\n')));
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::FinishPageId));
        const int mappingRows = vatPage->model()->rowCount();

        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->result(), int(QDialog::Accepted), 20000);

        // Secrets in the keychain ...
        SecretStore keychain(profile);
        QCOMPARE(keychain.read(QStringLiteral("eboekhouden.apiToken")).value, token);
        QCOMPARE(keychain.read(QStringLiteral("shop.magento.consumerSecret")).value, keys.consumerSecret);
        QCOMPARE(keychain.read(QStringLiteral("shop.magento.accessTokenSecret")).value, keys.accessTokenSecret);
        // ... and nowhere else.
        m_settings->sync();
        const QStringList secrets{token, keys.consumerKey, keys.consumerSecret, keys.accessToken,
                                  keys.accessTokenSecret};
        QCOMPARE(secretsIn(settingsPath(), secrets), QStringList());
        QCOMPARE(secretsIn(databasePath(), secrets), QStringList());

        // The settings read back as chosen, and the profile is set up.
        QVERIFY(ProfileSetup::isSetUp(profile, *m_settings));
        Database store(databasePath());
        QVERIFY(store.open());
        const AdministrationSettingsStore::Saved saved = AdministrationSettingsStore::load(profile, *m_settings, store);
        QCOMPARE(saved.settings.bookingForm, AdministrationSettings::BookingForm::Invoices);
        QCOMPARE(saved.settings.invoiceNumbering.mode, InvoiceNumberFormatter::Mode::DigitsOnly);
        QCOMPARE(saved.settings.debtorLedger, QStringLiteral("1300"));
        QCOMPARE(saved.settings.defaultBankLedger, QStringLiteral("1010"));
        QVERIFY(saved.settings.ossRegistered);
        QCOMPARE(saved.settings.shopCountry, QStringLiteral("BE"));
        QCOMPARE(saved.settings.bankLedgerByPaymentMethod, (QHash<QString, QString>{{method, QStringLiteral("1020")}}));
        QCOMPARE(saved.settings.invoiceTemplate, QStringLiteral("Standaard")); // the administration's template
        QCOMPARE(saved.debtorMatching, SyncConfiguration::DebtorMatching::CustomerCode);
        const EBoekhoudenCredentials::Loaded login =
            EBoekhoudenCredentials::load(profile, *m_settings, QProcessEnvironment());
        QVERIFY2(login.ok, qPrintable(login.message));
        QCOMPARE(login.credentials.endpointOverride, m_eboekhouden->restUrl().toString());
        QCOMPARE(login.credentials.country, QStringLiteral("NL"));
        const ShopProfile::Read shop = ShopProfile::read(profile, *m_settings);
        QVERIFY2(shop.ok, qPrintable(shop.message));
        QCOMPARE(shop.connection.platform, ShopConnectionSettings::Platform::Magento);
        QCOMPARE(shop.connection.magento.accessToken, keys.accessToken);
        QCOMPARE(shop.connection.adminUrl, QUrl(QStringLiteral("https://shop.example/admin")));
        QCOMPARE(shop.connection.apiUrl(), m_magento->restBaseUrl());

        // The store holds the imported documents and the mapping; the configuration is built from them.
        Database database(databasePath());
        QVERIFY(database.open());
        QSqlQuery count(database.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'invoice'")) && count.next());
        QCOMPARE(count.value(0).toInt(), 30);
        // The templates read on the administration page are kept for the Settings page.
        const QList<InvoiceTemplate> templates = InvoiceTemplateRepository(database).load();
        QVERIFY(std::any_of(templates.cbegin(), templates.cend(),
                            [](const InvoiceTemplate& t) { return t.name == u"Standaard"; }));
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM documents WHERE sync_state = 'posted'")) &&
                count.next());
        QCOMPARE(count.value(0).toInt(), 0); // the wizard books nothing
        QCOMPARE(VatMappingRepository(database).load().entries.size(), mappingRows);
        const QList<Ledger> ledgers = LedgerRepository(database).load(); // for the VAT Mapping screen
        QVERIFY(std::any_of(ledgers.cbegin(), ledgers.cend(), [](const Ledger& l) { return l.code == u"1550"_qs; }));
        const SyncConfiguration configuration =
            AdministrationSettingsStore::configuration(profile, *m_settings, database);
        QCOMPARE(configuration.vatMapping.entries.size(), mappingRows);
        QCOMPARE(configuration.settings.bookingForm, AdministrationSettings::BookingForm::Invoices);
    }

    void wrongTokenIsRefusedAndNextStaysDisabled()
    {
        chooseLogin(false);
        type("token", QStringLiteral("not-the-token-000"));
        const QString refused = test();
        QVERIFY2(refused.contains(u"✘"), qPrintable(refused));
        QVERIFY2(!refused.contains(u"Connected"), qPrintable(refused));
        QVERIFY(!next()->isEnabled());
        // The right token passes; editing it again withdraws the verdict.
        type("token", token);
        QVERIFY2(tokenPasses(test()), qPrintable(verdict()));
        QVERIFY(next()->isEnabled());
        QTest::keyClicks(field<QLineEdit>("token"), QStringLiteral("x"));
        QVERIFY(!next()->isEnabled());
    }

    // An accountant's token may read the administrations (API-eboekhouden.md C1): the verdict names them.
    void accountantTokenShowsTheAdministrations()
    {
        m_eboekhouden->setAccountantMode(true);
        m_eboekhouden->state().otherAdministrations = {QStringLiteral("Bakkerij Smit")};
        chooseLogin(false);
        // The page says what a regular token can do, and why no name may be shown (C1).
        QVERIFY(field<QLabel>("tokenHelp")->text().contains(u"accountants"));
        type("token", token);
        const QString connected = test();
        QVERIFY2(connected.contains(u"\"Fietsen Jansen B.V.\"") &&
                     connected.contains(u"2 administration(s): Fietsen Jansen B.V., Bakkerij Smit"),
                 qPrintable(connected));
        QVERIFY(next()->isEnabled());
    }

    // C6: a Belgian administration's token on the Dutch domain is refused with SECURITY_011, and the verdict says
    // it is the country; choosing Belgium is kept with the login.
    void belgianAdministrationOnTheDutchDomainIsExplained()
    {
        m_eboekhouden->state().country = QStringLiteral("BE"); // the emulator plays api.e-boekhouden.nl
        QCOMPARE(field<QComboBox>("country")->currentData().toString(), QStringLiteral("NL")); // the default
        chooseLogin(false);
        type("token", token);
        const QString refused = test();
        QVERIFY2(refused.contains(u"Belgium") && refused.contains(u"e-boekhouden.be"), qPrintable(refused));
        QVERIFY(!next()->isEnabled());

        QTest::mouseClick(back(), Qt::LeftButton);
        auto* country = field<QComboBox>("country");
        country->setCurrentIndex(country->findData(QStringLiteral("BE")));
        m_eboekhouden->sessions().domainCountry = QStringLiteral("BE"); // as api.e-boekhouden.be would answer
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ApiTokenPageId));
        QCOMPARE(m_wizard->credentials.country, QStringLiteral("BE"));
        type("token", token);
        QVERIFY2(tokenPasses(test()), qPrintable(verdict()));
    }

    void soapLogin()
    {
        chooseLogin(true);
        type("username", QStringLiteral("fietsen"));
        type("securityCode1", code1);
        type("securityCode2", QStringLiteral("WRONG-CODE-2"));
        QVERIFY2(!test().contains(u"Connected"), qPrintable(verdict()));
        QVERIFY(!next()->isEnabled());
        type("securityCode2", code2);
        const QString connected = test();
        QVERIFY2(connected.contains(u"Fietsen Jansen B.V.") && connected.contains(u"SOAP"), qPrintable(connected));
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ShopPageId));
        QCOMPARE(m_wizard->credentials.api, EBoekhoudenCredentials::Api::Soap);
        QCOMPARE(m_wizard->credentials.securityCode2, code2);
    }

    // PrestaShop: the order states are ticked from the shop's list instead of typed. And Back to the login: the
    // same login keeps the ledgers read, another one reads them again (here with a ledger added meanwhile).
    // Issue 13 item 8 (PrestaShop): the shop's home page is typed; the test finds the webservice at /api, puts
    // that address in the field and Next keeps it, with the order states read on the way.
    void prestaShopHomePageIsSavedAsItsWebserviceAddress()
    {
        chooseLogin(false);
        type("token", token);
        QVERIFY2(tokenPasses(test()), qPrintable(verdict()));
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ShopPageId));
        field<QComboBox>("platform")->setCurrentIndex(1); // PrestaShop
        type("shopUrl", m_prestaShop->server().baseUrl().toString());
        type("webserviceKey", m_prestaShop->options().webserviceKey);
        QVERIFY2(test().contains(u"Connected to the PrestaShop webservice"), qPrintable(verdict()));
        QCOMPARE(field<QLineEdit>("shopUrl")->text(), m_prestaShop->apiBaseUrl().toString());
        QCOMPARE(field<QListWidget>("orderStateList")->count(), 8);
        QVERIFY(field<QLabel>("prestaShopPermissions")->text().contains(u"order_slip, order_payments"));
        QVERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->shop.apiUrl(), m_prestaShop->apiBaseUrl());
        QVERIFY(!m_wizard->shop.prestaShop.keyInAddress);
    }

    // API-shops.md S9: a host that drops the Authorization header; the test switches the key to ?ws_key=, says
    // so, and the shop settings keep that choice.
    void prestaShopOnAHostThatDropsTheHeaderKeepsTheKeyInTheAddress()
    {
        PrestaShopEmulator cgi(PrestaShopEmulator::Options{.seed = 3, .orders = 4, .cgiMode = true});
        QVERIFY(cgi.start());
        chooseLogin(false);
        type("token", token);
        QVERIFY2(tokenPasses(test()), qPrintable(verdict()));
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ShopPageId));
        field<QComboBox>("platform")->setCurrentIndex(1); // PrestaShop
        type("shopUrl", cgi.apiBaseUrl().toString());
        type("webserviceKey", cgi.options().webserviceKey);
        QVERIFY2(test().contains(u"sends the key as ws_key in the address"), qPrintable(verdict()));
        QTest::mouseClick(next(), Qt::LeftButton);
        QVERIFY(m_wizard->shop.prestaShop.keyInAddress);
    }

    void prestaShopStatesFromTheListAndLedgersOfAnotherLogin()
    {
        chooseLogin(false);
        type("token", token);
        QVERIFY2(tokenPasses(test()), qPrintable(verdict()));
        QTest::mouseClick(next(), Qt::LeftButton);

        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ShopPageId));
        field<QComboBox>("platform")->setCurrentIndex(1); // PrestaShop
        type("shopUrl", m_prestaShop->apiBaseUrl().toString());
        type("webserviceKey", m_prestaShop->options().webserviceKey);
        auto* states = field<QListWidget>("orderStateList");
        QVERIFY(!states->isVisible()); // until the shop's list is read, the ids are typed
        QVERIFY(field<QLineEdit>("bookableStates")->isVisible());
        QVERIFY2(test().contains(u"Connected to the PrestaShop webservice"), qPrintable(verdict()));
        QVERIFY(states->isVisible());
        QVERIFY(!field<QLineEdit>("bookableStates")->isVisible());
        QCOMPARE(states->count(), 8);
        QVERIFY(states->item(0)->text().contains(u"Awaiting check payment"));
        QCOMPARE(ticked(states), (QList<qint64>{2, 3, 4, 5})); // the shop's invoice / logable states
        for (const qint64 id : {2, 3, 4, 5})
            tick(states, id, false);
        QVERIFY(!next()->isEnabled()); // nothing ticked would book nothing
        for (const qint64 id : {2, 4, 5, 14})
            tick(states, id, true);
        QVERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->shop.prestaShop.bookableStates, (QList<qint64>{2, 4, 5, 14}));

        import();
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::AdministrationPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 20000);
        const int reads = ledgerReads();
        QCOMPARE(reads, 1);
        QCOMPARE(field<QComboBox>("bankLedger")->findData(QStringLiteral("1030")), -1);

        // Back and forward again with the same login: the ledgers read stay.
        QTest::mouseClick(back(), Qt::LeftButton);
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::AdministrationPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 20000);
        QCOMPARE(ledgerReads(), reads);

        // Back to the login, another token: its administration's ledgers are read again.
        m_eboekhouden->state().addLedger(QStringLiteral("1030"), QStringLiteral("PayPal"), QStringLiteral("FIN"));
        QTest::mouseClick(back(), Qt::LeftButton);
        QTest::mouseClick(back(), Qt::LeftButton);
        QTest::mouseClick(back(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ApiTokenPageId));
        type("token", otherToken);
        QVERIFY2(tokenPasses(test(), 16), qPrintable(verdict()));
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ShopPageId));
        QVERIFY(next()->isEnabled()); // the shop's test still stands
        QTest::mouseClick(next(), Qt::LeftButton);
        QVERIFY(next()->isEnabled()); // and so does the import
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::AdministrationPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 20000);
        QCOMPARE(ledgerReads(), reads + 1);
        QVERIFY(field<QComboBox>("bankLedger")->findData(QStringLiteral("1030")) > 0);
        QVERIFY(std::any_of(m_wizard->ledgers.cbegin(), m_wizard->ledgers.cend(),
                            [](const Ledger& l) { return l.code == u"1030"_qs; }));
        field<QCheckBox>("oss")->setChecked(true); // the shop's orders charge AT, DE and FR rates
        auto* oss = field<QComboBox>("ossVatLedger");
        oss->setCurrentIndex(oss->findData(QStringLiteral("1550")));

        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::VatMappingPageId));
        QTest::mouseClick(next(), Qt::LeftButton);
        auto* vatPage = qobject_cast<VatMappingWizardPage*>(m_wizard->page(SetupWizard::VatMappingPageId));
        QVERIFY2(vatPage->problems().isEmpty(), qPrintable(vatPage->problems().join(u'\n')));
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::FinishPageId));
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->result(), int(QDialog::Accepted), 20000);
        const ShopProfile::Read shop = ShopProfile::read(profile, *m_settings);
        QVERIFY2(shop.ok, qPrintable(shop.message));
        QCOMPARE(shop.connection.prestaShop.bookableStates, (QList<qint64>{2, 4, 5, 14}));
        QCOMPARE(SecretStore(profile).read(QStringLiteral("eboekhouden.apiToken")).value, otherToken);
        Database store(databasePath());
        QVERIFY(store.open());
        QCOMPARE(AdministrationSettingsStore::load(profile, *m_settings, store).settings.shopCountry,
                 QStringLiteral("NL"));
    }

    void wrongShopKeyIsRefused()
    {
        chooseLogin(false);
        type("token", token);
        QVERIFY(test().contains(u"Connected"));
        QTest::mouseClick(next(), Qt::LeftButton);
        field<QComboBox>("platform")->setCurrentIndex(1); // PrestaShop
        type("shopUrl", m_prestaShop->apiBaseUrl().toString());
        type("webserviceKey", QStringLiteral("WRONGKEY0000000000000000000000000"));
        const QString refused = test();
        QVERIFY2(refused.contains(u"refused the keys"), qPrintable(refused));
        QVERIFY(!next()->isEnabled());
        type("webserviceKey", m_prestaShop->options().webserviceKey);
        QVERIFY2(test().contains(u"Connected to the PrestaShop webservice"), qPrintable(verdict()));
        QVERIFY(next()->isEnabled());
        // An address where no shop answers says so, not "wrong key".
        type("shopUrl", m_prestaShop->server().baseUrl().toString() + QStringLiteral("/shop"));
        const QString notAShop = test();
        QVERIFY2(notAShop.contains(u"not the PrestaShop API"), qPrintable(notAShop));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
