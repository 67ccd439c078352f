#include "AdministrationSettingsStore.h"
#include "EBoekhoudenEmulator.h"
#include "MagentoCli.h"
#include "MagentoEmulator.h"
#include "store/Database.h"
#include "store/TestStore.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Issue 18 ("Settings, VAT mapping and logs are shared; secrets are not"): two desktops, each with its own settings
// file and its own name for the profile, on one PostgreSQL store. The booking settings one saves are those the
// other's CLI books with. Runs on the private test cluster (pg_cluster fixture).
class TestSharedSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhouden;
    std::unique_ptr<MagentoEmulator> m_shop;
    std::unique_ptr<ViesEmulator> m_vies;

    using Run = CliRun;

    // The second desktop's CLI: its own settings file (--config), e-Boekhouden and shop from the environment.
    Run cli(const QStringList& arguments)
    {
        const QProcessEnvironment environment =
            magentoCliEnvironment(m_home.path(), u"shared-test-token"_qs, *m_eboekhouden, *m_vies, m_shop.get());
        return runCli(environment, arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestStore::onPostgres());
        m_eboekhouden = std::make_unique<EBoekhoudenEmulator>();
        m_eboekhouden->state().seedDemoAdministration();
        m_eboekhouden->addAccessToken(u"shared-test-token"_qs);
        QVERIFY(m_eboekhouden->start());
        m_shop = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 20});
        QVERIFY(m_shop->start());
        m_vies = startedViesForMagento(20); // the shop's Belgian business customers are in VIES
        QVERIFY(m_vies);
    }

    void whatOneDesktopSavesTheOthersCliBooksWith()
    {
        const QString shared = TestStore::newPostgresDatabase();

        // The first desktop (its Settings page): e-Boekhouden invoices, 30 days, payments on bank ledger 1010.
        QSettings first(m_home.filePath(u"first.ini"_qs), QSettings::IniFormat);
        first.setValue(Database::storeLocationKey(u"kantoor"_qs), shared);
        {
            Database store(Database::location(u"kantoor"_qs, first));
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            AdministrationSettingsStore::Saved saved;
            saved.settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
            saved.settings.invoiceTemplate = u"Standaard"_qs;
            saved.settings.paymentTermDays = 30;
            saved.settings.defaultBankLedger = u"1010"_qs;
            saved.settings.bookPayments = true;
            QVERIFY(AdministrationSettingsStore::save(u"kantoor"_qs, saved, first, store));
        }

        // The second desktop knows the profile as "default" and has no booking settings in its file at all.
        const QString secondConfig = m_home.filePath(u"second.ini"_qs);
        {
            QSettings second(secondConfig, QSettings::IniFormat);
            second.setValue(Database::storeLocationKey(u"default"_qs), shared);
            Database store(Database::location(u"default"_qs, second));
            QVERIFY(store.open());
            const AdministrationSettingsStore::Saved read =
                AdministrationSettingsStore::load(u"default"_qs, second, store);
            QCOMPARE(read.settings.bookingForm, AdministrationSettings::BookingForm::Invoices);
            QCOMPARE(read.settings.defaultBankLedger, u"1010"_qs);
            // Read from the store, not copied into this desktop's file.
            QCOMPARE(second.allKeys(), QStringList{Database::storeLocationKey(u"default"_qs)});
        }

        QCOMPARE(cli({u"--config"_qs, secondConfig, u"import"_qs}).exitCode, 0);
        const Run synced = cli({u"--config"_qs, secondConfig, u"sync"_qs});
        // Seed 7, 20 invoices: the 10 OSS ones refused (no OSS ledger in the mapping), 2 memos wait, 11 booked.
        QCOMPARE(synced.exitCode, 1);
        QVERIFY2(synced.out.contains(u"23 documents: 11 booked, 0 already in e-Boekhouden, 10 failed, "_qs),
                 qPrintable(synced.out + synced.err));
        // Booked as the first desktop chose: invoices (not mutations) with its payment term...
        QCOMPARE(m_eboekhouden->state().invoices().size(), 11); // 10 invoices and the credit memo
        for (const auto& invoice : m_eboekhouden->state().invoices())
            QCOMPARE(invoice.termOfPayment, std::optional<int>(30));
        QCOMPARE(m_eboekhouden->requests("POST", u"/v1/invoice"_qs).size(), 11);
        // ... and the payments on its bank ledger, as the requests sent say.
        const auto* bank = m_eboekhouden->state().ledgerByCode(u"1010"_qs);
        QVERIFY(bank);
        int payments = 0;
        for (const auto& mutation : m_eboekhouden->state().mutations()) {
            if (mutation.type != 3)
                continue;
            QCOMPARE(mutation.ledgerId, bank->id);
            ++payments;
        }
        QCOMPARE(payments, 10); // seed 7: the 9 booked invoices are paid, the booked credit memo refunded
        int paymentRequests = 0;
        const QByteArray ledgerField = "\"ledgerId\":" + QByteArray::number(bank->id);
        for (const EmulatorRequest& request : m_eboekhouden->requests("POST", u"/v1/mutation"_qs))
            paymentRequests += request.body.contains(ledgerField) ? 1 : 0;
        QCOMPARE(paymentRequests, 10);
    }
};

QTEST_GUILESS_MAIN(TestSharedSettings)
#include "tst_sharedsettings.moc"
