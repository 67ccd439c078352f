#include "BuildInfo.h"
#include "MagentoEmulator.h"
#include "store/Database.h"
#include "store/TestStore.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Issue 18 item 4 through the CLI: `store migrate` moves a profile from its SQLite file to PostgreSQL and back,
// says what it compared, and switches the profile only when the copy is equal. Needs the pg_cluster fixture.
class TestStoreCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<MagentoEmulator> m_shop;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_qs, m_home.filePath(u"data"_qs));
        environment.insert(u"XDG_CONFIG_HOME"_qs, m_home.filePath(u"config"_qs));
        environment.insert(u"LANGUAGE"_qs, u"en"_qs);
        const MagentoEmulator::Options& keys = m_shop->options();
        environment.insert(u"BOEKHOUDBRUG_SHOP"_qs, u"magento"_qs);
        environment.insert(u"BOEKHOUDBRUG_SHOP_URL"_qs, m_shop->restBaseUrl().toString());
        environment.insert(u"BOEKHOUDBRUG_MAGENTO_CONSUMER_KEY"_qs, keys.consumerKey);
        environment.insert(u"BOEKHOUDBRUG_MAGENTO_CONSUMER_SECRET"_qs, keys.consumerSecret);
        environment.insert(u"BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN"_qs, keys.accessToken);
        environment.insert(u"BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN_SECRET"_qs, keys.accessTokenSecret);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(BOEKHOUDBRUG_CLI), arguments);
        if (!finished.wait(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString savedLocation()
    {
        QSettings settings(m_home.filePath(QStringLiteral("config/%1/%2.conf")
                                               .arg(QString::fromLatin1(BuildInfo::organizationName),
                                                    QString::fromLatin1(BuildInfo::applicationName))),
                           QSettings::IniFormat);
        return settings.value(Database::storeLocationKey(u"default"_qs)).toString();
    }

private slots:
    void initTestCase()
    {
        m_shop = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 20});
        QVERIFY(m_shop->start());
    }

    void movesAProfileToPostgresAndBack()
    {
        QCOMPARE(cli({u"import"_qs}).exitCode, 0);
        const Run before = cli({u"status"_qs});
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(before.out.contains(u"Invoices: 20 pending"_qs), qPrintable(before.out));

        const QString postgres = TestStore::newPostgresDatabase();
        const Run there = cli({u"store"_qs, u"migrate"_qs, u"--to"_qs, postgres});
        QCOMPARE(there.exitCode, 0);
        QVERIFY2(there.out.contains(u"documents: 23 rows, 23 copied, checksum equal"_qs), qPrintable(there.out));
        QVERIFY2(there.out.contains(u"watermarks: "_qs), qPrintable(there.out));
        QVERIFY(!there.out.contains(u"DIFFERENT"_qs));
        QCOMPARE(savedLocation(), postgres);
        QCOMPARE(cli({u"store"_qs, u"where"_qs}).out.trimmed(), postgres);
        // The profile reads the shared database now: the same documents, in the same states.
        QCOMPARE(cli({u"status"_qs}).out, before.out);

        // And back into a new file.
        const QString file = m_home.filePath(u"back.sqlite"_qs);
        const Run back = cli({u"store"_qs, u"migrate"_qs, u"--to"_qs, u"sqlite:"_qs + file});
        QCOMPARE(back.exitCode, 0);
        QVERIFY2(back.out.contains(u"documents: 23 rows, 23 copied, checksum equal"_qs), qPrintable(back.out));
        QCOMPARE(savedLocation(), u"sqlite:"_qs + file);
        QCOMPARE(cli({u"status"_qs}).out, before.out);

        // Into a database that holds data: refused, the profile stays where it is.
        const Run again = cli({u"store"_qs, u"migrate"_qs, u"--to"_qs, postgres});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already holds data"_qs), qPrintable(again.err));
        QCOMPARE(savedLocation(), u"sqlite:"_qs + file);

        // A password in the address is refused: it would end up in the settings.
        const Run withPassword =
            cli({u"store"_qs, u"migrate"_qs, u"--to"_qs, u"postgresql://u:secret@127.0.0.1:5432/x"_qs});
        QCOMPARE(withPassword.exitCode, 64);
        QVERIFY2(withPassword.err.contains(u"PGPASSWORD"_qs), qPrintable(withPassword.err));
        QCOMPARE(savedLocation(), u"sqlite:"_qs + file);
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
