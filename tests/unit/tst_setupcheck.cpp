#include "AdministrationSettingsStore.h"
#include "EBoekhoudenEmulator.h"
#include "MagentoEmulator.h"
#include "SetupCheck.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// "Check my setup" / `doctor`: each misconfiguration a bookkeeper can make is found and said with what to do; a
// good setup is all green. Against the e-Boekhouden and Magento emulators, with the headless (environment) login.
class TestSetupCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EBoekhoudenEmulator m_eboekhouden;
    MagentoEmulator m_shop{MagentoEmulator::Options{.invoices = 3}};

    QProcessEnvironment environment(const QString& token = QStringLiteral("doctor-token")) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), token);
        env.insert(QStringLiteral("BOEKHOUDBRUG_EB_REST_URL"), m_eboekhouden.restUrl().toString());
        env.insert(QStringLiteral("BOEKHOUDBRUG_SHOP"), QStringLiteral("magento"));
        env.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_URL"), m_shop.restBaseUrl().toString());
        env.insert(QStringLiteral("BOEKHOUDBRUG_MAGENTO_CONSUMER_KEY"), m_shop.options().consumerKey);
        env.insert(QStringLiteral("BOEKHOUDBRUG_MAGENTO_CONSUMER_SECRET"), m_shop.options().consumerSecret);
        env.insert(QStringLiteral("BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN"), m_shop.options().accessToken);
        env.insert(QStringLiteral("BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN_SECRET"), m_shop.options().accessTokenSecret);
        return env;
    }

    static const SetupCheckLine* find(const QList<SetupCheckLine>& lines, const QString& subject)
    {
        for (const SetupCheckLine& line : lines)
            if (line.subject == subject)
                return &line;
        return nullptr;
    }

    static QString all(const QList<SetupCheckLine>& lines)
    {
        QStringList text;
        for (const SetupCheckLine& line : lines)
            text.append(SetupCheck::text(line));
        return text.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        m_eboekhouden.state().addLedger(QStringLiteral("1010"), QStringLiteral("Bank"), QStringLiteral("FIN"));
        m_eboekhouden.state().addLedger(QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB"));
        m_eboekhouden.state().addLedger(QStringLiteral("8000"), QStringLiteral("Omzet hoog"), QStringLiteral("VW"));
        m_eboekhouden.state().addInvoiceTemplate(QStringLiteral("Webshop"));
        m_eboekhouden.addAccessToken(QStringLiteral("doctor-token"));
        QVERIFY(m_eboekhouden.start());
        QVERIFY(m_shop.start());
    }

    void aGoodSetupIsGreen()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("good.ini")), QSettings::IniFormat);
        SetupCheck::Context context;
        context.profile = QStringLiteral("good");
        context.settings = &settings;
        context.environment = environment();
        context.scheduledInSystem = [] { return false; };
        const QList<SetupCheckLine> lines = SetupCheck::run(context);
        QVERIFY2(SetupCheck::worst(lines) == SetupCheckLine::Level::Ok, qPrintable(all(lines)));
        QVERIFY(find(lines, QStringLiteral("e-Boekhouden connection")));
        QVERIFY(find(lines, QStringLiteral("Shop connection")));
        QVERIFY(find(lines, QStringLiteral("Ledgers in the settings")));
        QVERIFY(find(lines, QStringLiteral("Unattended sync")));
    }

    void aRefusedTokenAndAnUnreachableShopAreRed()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("refused.ini")), QSettings::IniFormat);
        SetupCheck::Context context;
        context.profile = QStringLiteral("refused");
        context.settings = &settings;
        context.environment = environment(QStringLiteral("not-a-token"));
        context.environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_URL"), QStringLiteral("http://127.0.0.1:9/rest"));
        const QList<SetupCheckLine> lines = SetupCheck::run(context);
        QCOMPARE(find(lines, QStringLiteral("e-Boekhouden connection"))->level, SetupCheckLine::Level::Problem);
        QCOMPARE(find(lines, QStringLiteral("Shop connection"))->level, SetupCheckLine::Level::Problem);
        QVERIFY(!find(lines, QStringLiteral("Ledgers in the settings"))); // not asked without a login
    }

    void noLoginAtAllIsRed()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("none.ini")), QSettings::IniFormat);
        SetupCheck::Context context;
        context.profile = QStringLiteral("none");
        context.settings = &settings;
        context.environment = QProcessEnvironment();
        const QList<SetupCheckLine> lines = SetupCheck::run(context);
        QCOMPARE(find(lines, QStringLiteral("e-Boekhouden login in the keychain"))->level,
                 SetupCheckLine::Level::Problem);
        QCOMPARE(find(lines, QStringLiteral("Shop connection"))->level, SetupCheckLine::Level::Problem);
    }

    void ledgersAndTemplateThatDoNotExist()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("ledgers.ini")), QSettings::IniFormat);
        AdministrationSettingsStore::Saved saved;
        saved.settings.debtorLedger = QStringLiteral("1399");
        saved.settings.bankLedgerByPaymentMethod.insert(QStringLiteral("mollie"), QStringLiteral("1011"));
        saved.settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        saved.settings.invoiceTemplate = QStringLiteral("Gone");
        Database store(m_dir.filePath(QStringLiteral("ledgers.sqlite")));
        QVERIFY(store.open());
        QVERIFY(AdministrationSettingsStore::save(QStringLiteral("ledgers"), saved, settings, store));
        SetupCheck::Context context;
        context.profile = QStringLiteral("ledgers");
        context.settings = &settings;
        context.database = &store;
        context.environment = environment();
        const QList<SetupCheckLine> lines = SetupCheck::run(context);
        const SetupCheckLine* ledgers = find(lines, QStringLiteral("Ledgers in the settings"));
        QCOMPARE(ledgers->level, SetupCheckLine::Level::Problem);
        QVERIFY2(ledgers->message.contains(QStringLiteral("1399 (debtor ledger)")), qPrintable(ledgers->message));
        QVERIFY2(ledgers->message.contains(QStringLiteral("1011 (bank ledger for mollie)")),
                 qPrintable(ledgers->message));
        const SetupCheckLine* invoiceTemplate = find(lines, QStringLiteral("Invoice template"));
        QCOMPARE(invoiceTemplate->level, SetupCheckLine::Level::Problem);
        QVERIFY(invoiceTemplate->message.contains(QStringLiteral("\"Gone\"")));
    }

    void tokenEndDateWarnsAMonthAhead()
    {
        const QDate today(2026, 12, 1);
        QCOMPARE(SetupCheck::tokenEndDate(QDate(2027, 6, 1), today).level, SetupCheckLine::Level::Ok);
        QCOMPARE(SetupCheck::tokenEndDate(QDate(2026, 12, 31), today).level, SetupCheckLine::Level::Warning);
        QCOMPARE(SetupCheck::tokenEndDate(QDate(2026, 12, 8), today).level, SetupCheckLine::Level::Warning);
        QCOMPARE(SetupCheck::tokenEndDate(QDate(2026, 11, 30), today).level, SetupCheckLine::Level::Problem);
        QCOMPARE(SetupCheck::tokenEndDate({}, today).level, SetupCheckLine::Level::Ok);
    }

    void settingsThatCannotWork()
    {
        AdministrationSettings settings;
        settings.invoiceNumbering.mode = InvoiceNumberFormatter::Mode::LetEBoekhouden;
        const QList<SetupCheckLine> lines = SetupCheck::combinations(settings);
        QCOMPARE(SetupCheck::worst(lines), SetupCheckLine::Level::Problem);
        QVERIFY(lines.first().message.contains(QStringLiteral("Let e-Boekhouden number")));
        settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        QCOMPARE(SetupCheck::worst(SetupCheck::combinations(settings)), SetupCheckLine::Level::Ok);
        settings.invoiceTemplate.clear();
        QCOMPARE(SetupCheck::worst(SetupCheck::combinations(settings)), SetupCheckLine::Level::Problem);
    }

    void aRateTheMappingDoesNotCover()
    {
        Database database(m_dir.filePath(QStringLiteral("rates.sqlite")));
        QVERIFY(database.open());
        QSettings settings(m_dir.filePath(QStringLiteral("rates.ini")), QSettings::IniFormat);
        // A 13 % book: no Dutch rate, so no mapping row can cover it.
        Invoice invoice = StoreFixture::invoice(QStringLiteral("1"), QStringLiteral("000000001"));
        invoice.lines[0].rowTotalIncl = Money::fromCents(2260);
        invoice.lines[0].vatAmount = Money::fromCents(260);
        invoice.lines[0].vatRate = VatRate::percent(13);
        invoice.shipping.reset();
        invoice.totalExcl = Money::fromCents(2000);
        invoice.totalIncl = Money::fromCents(2260);
        invoice.totalVat = Money::fromCents(260);
        QVERIFY(DocumentRepository(database).upsert(invoice));

        const SetupCheckLine check = SetupCheck::vatMapping(QStringLiteral("rates"), settings, database);
        QCOMPARE(check.level, SetupCheckLine::Level::Problem);
        QVERIFY2(check.message.startsWith(QStringLiteral("1 waiting document")), qPrintable(check.message));
    }

    void scheduleThatSettingsDoNotKnow()
    {
        QCOMPARE(SetupCheck::schedule(true, false).level, SetupCheckLine::Level::Warning);
        QCOMPARE(SetupCheck::schedule(false, true).level, SetupCheckLine::Level::Warning);
        QCOMPARE(SetupCheck::schedule(true, true).level, SetupCheckLine::Level::Ok);
    }

    void cliDoctorExitsNonZeroOnRed()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QProcessEnvironment login = environment(QStringLiteral("not-a-token"));
        for (const QString& key : login.keys())
            env.insert(key, login.value(key));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(BOEKHOUDBRUG_CLI),
                  {QStringLiteral("doctor"), QStringLiteral("--profile"), QStringLiteral("cli")});
        // The emulators answer on this thread: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(out.contains(QStringLiteral("[problem] e-Boekhouden connection")), qPrintable(out));

        QProcessEnvironment good = env;
        good.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), QStringLiteral("doctor-token"));
        cli.setProcessEnvironment(good);
        cli.start(QStringLiteral(BOEKHOUDBRUG_CLI),
                  {QStringLiteral("doctor"), QStringLiteral("--profile"), QStringLiteral("cli")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        const QString fine = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(fine.contains(QStringLiteral("[ok] e-Boekhouden connection")), qPrintable(fine));
    }
};

QTEST_GUILESS_MAIN(TestSetupCheck)
#include "tst_setupcheck.moc"
