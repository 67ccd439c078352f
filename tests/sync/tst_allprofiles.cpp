#include "EBoekhoudenEmulator.h"
#include "MagentoCli.h"
#include "MagentoEmulator.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Issue 18 item 3: an accounting office's server books every profile with `sync --all-profiles`, each
// administration with its own token and shop from BOEKHOUDBRUG_<PROFILE>_* variables, one line per profile,
// and an exit code that says whether any needs attention.
class TestAllProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    // Two administrations, two shops: a token of one is refused by the other, as at e-Boekhouden.
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhoudenA;
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhoudenB;
    std::unique_ptr<MagentoEmulator> m_shopA;
    std::unique_ptr<MagentoEmulator> m_shopB;
    std::unique_ptr<ViesEmulator> m_vies; // one VIES for both: the EU's

    using Run = CliRun;

    QString config() const { return m_home->filePath(QStringLiteral("office.ini")); }

    // The office's environment file: profile A complete; B's shop always, B's token only when given.
    Run cli(const QStringList& arguments, const QString& tokenB = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_VIES_URL"), m_vies->baseUrl().toString());
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_A_EB_API_TOKEN"), QStringLiteral("token-a"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_A_EB_REST_URL"), m_eboekhoudenA->restUrl().toString());
        addMagentoShop(environment, QStringLiteral("BOEKHOUDBRUG_SHOP_A_"), *m_shopA);
        if (!tokenB.isEmpty())
            environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_B_EB_API_TOKEN"), tokenB);
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_B_EB_REST_URL"), m_eboekhoudenB->restUrl().toString());
        addMagentoShop(environment, QStringLiteral("BOEKHOUDBRUG_SHOP_B_"), *m_shopB);
        // Left over from a one-administration setup: A's token under the plain name. It must never book B.
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), QStringLiteral("token-a"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_REST_URL"), m_eboekhoudenA->restUrl().toString());
        return runCli(environment, QStringList{QStringLiteral("--config"), config()} + arguments, 180000);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_eboekhoudenA = std::make_unique<EBoekhoudenEmulator>();
        m_eboekhoudenA->state().seedDemoAdministration();
        m_eboekhoudenA->addAccessToken(QStringLiteral("token-a"));
        QVERIFY(m_eboekhoudenA->start());
        m_eboekhoudenB = std::make_unique<EBoekhoudenEmulator>();
        m_eboekhoudenB->state().seedDemoAdministration();
        m_eboekhoudenB->addAccessToken(QStringLiteral("token-b"));
        QVERIFY(m_eboekhoudenB->start());
        // Seed 7, 20 invoices, as tst_cli: 11 booked, the 10 OSS ones refused, 2 credit memos wait.
        m_shopA = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 20});
        QVERIFY(m_shopA->start());
        m_shopB = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 20});
        QVERIFY(m_shopB->start());
        m_vies = startedViesForMagento(20); // the shop's Belgian business customers are in VIES
        QVERIFY(m_vies);
        // The office's settings file names the two profiles (the wizard writes these groups on a desktop).
        QSettings settings(config(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("profiles/shop-a/display/name"), QStringLiteral("Bakkerij Jansen"));
        settings.setValue(QStringLiteral("profiles/shop-b/display/name"), QStringLiteral("Fietsen de Vries"));
        settings.sync();
    }

    void oneLinePerProfileAndTheWorstExitCode()
    {
        // B has no token of its own: not connected, and the plain (A's) token is not used for it.
        const Run first = cli({QStringLiteral("sync"), QStringLiteral("--all-profiles")});
        QCOMPARE(first.exitCode, 78);
        const QStringList lines = first.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("shop-a: booked 11, failed 10, waiting 2"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("shop-b: not connected")), qPrintable(first.out));
        QCOMPARE(m_eboekhoudenA->state().mutations().size(), 11); // A's eleven, none of B's
        QCOMPARE(m_eboekhoudenB->state().mutations().size(), 0);
        QVERIFY2(first.err.contains(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN is not used with --all-profiles")),
                 qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("shop-b: ")), qPrintable(first.err)); // B's reason, named

        // B's token is refused by B's administration: login refused (77) is the worst now.
        const Run refused = cli({QStringLiteral("sync"), QStringLiteral("--all-profiles")}, QStringLiteral("token-x"));
        QCOMPARE(refused.exitCode, 77);
        const QStringList refusedLines = refused.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(refusedLines.size(), 2);
        QCOMPARE(refusedLines.at(0), QStringLiteral("shop-a: booked 0, failed 0, waiting 2"));
        // The OSS invoices are refused before any request (no OSS ledger); the first request then meets the refused
        // token, and the run stops with that document to try again.
        QCOMPARE(refusedLines.at(1),
                 QStringLiteral("shop-b: booked 0, failed 2, waiting 0, to try again later 1, login "
                                "refused: enter the token or the shop key again"));
        QCOMPARE(m_eboekhoudenB->state().mutations().size(), 0);

        // Both connected, two at once: B books its own eleven into its own administration (the 2 refused before
        // stay failed until reprocessed, so 8 more fail now); A has nothing new.
        const Run both = cli({QStringLiteral("sync"), QStringLiteral("--all-profiles"), QStringLiteral("--parallel"),
                              QStringLiteral("2")},
                             QStringLiteral("token-b"));
        QCOMPARE(both.exitCode, 1); // B's OSS invoices failed: documents need the bookkeeper
        QCOMPARE(both.out, QStringLiteral("shop-a: booked 0, failed 0, waiting 2\n"
                                          "shop-b: booked 11, failed 8, waiting 2\n"));
        QCOMPARE(m_eboekhoudenA->state().mutations().size(), 11);
        QCOMPARE(m_eboekhoudenB->state().mutations().size(), 11);
    }

    void aTokenPastItsEndDateNeedsAttention()
    {
        QFile::remove(config());
        QSettings settings(config(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("profiles/shop-c/display/name"), QStringLiteral("Kaaswinkel"));
        settings.sync();
        // Nothing to book and the login still accepted, but the token's end date is behind us: tell the office.
        const QString ended = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        qputenv("BOEKHOUDBRUG_SHOP_C_EB_API_TOKEN", "token-a");
        qputenv("BOEKHOUDBRUG_SHOP_C_EB_REST_URL", m_eboekhoudenA->restUrl().toString().toUtf8());
        qputenv("BOEKHOUDBRUG_SHOP_C_EB_TOKEN_END_DATE", ended.toUtf8());
        const Run run = cli({QStringLiteral("sync"), QStringLiteral("--all-profiles")});
        qunsetenv("BOEKHOUDBRUG_SHOP_C_EB_API_TOKEN");
        qunsetenv("BOEKHOUDBRUG_SHOP_C_EB_REST_URL");
        qunsetenv("BOEKHOUDBRUG_SHOP_C_EB_TOKEN_END_DATE");
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QStringLiteral("shop-c: booked 0, failed 0, waiting 0, token ended on %1\n").arg(ended));
    }

    void oneProfileAloneReadsItsOwnVariables()
    {
        // --profile shop-b with B's own (refused) token: B's variables replace the plain ones (A's, accepted).
        const Run own = cli({QStringLiteral("--profile"), QStringLiteral("shop-b"), QStringLiteral("test-connection")},
                            QStringLiteral("token-x"));
        QCOMPARE(own.exitCode, 77);
        // A profile without variables of its own reads the plain ones, as before there were profiles.
        const Run plain =
            cli({QStringLiteral("--profile"), QStringLiteral("shop-c"), QStringLiteral("test-connection")});
        QCOMPARE(plain.exitCode, 0);
    }

    void wrongUsageIsSaid()
    {
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--all-profiles")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--all-profiles"), QStringLiteral("--parallel"),
                      QStringLiteral("0")})
                     .exitCode,
                 64);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--parallel"), QStringLiteral("2")}).exitCode, 64);
    }

    void noProfileIsNotConfigured()
    {
        QFile::remove(config());
        const Run run = cli({QStringLiteral("sync"), QStringLiteral("--all-profiles")});
        QCOMPARE(run.exitCode, 78);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAllProfiles)
#include "tst_allprofiles.moc"
