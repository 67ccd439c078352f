#include "SyncFixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

// Kills the real CLI (SIGKILL) at random moments while it books, 20 times, then lets it finish: afterwards
// every document is booked exactly once in e-Boekhouden, none is lost, and no debtor exists twice.
// The e-Boekhouden emulator runs in this test's process, so it outlives every kill.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcess* startCli(EBoekhoudenEmulator& emulator, const QString& token)
    {
        auto* cli = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), token);
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_REST_URL"), emulator.restUrl().toString());
        cli->setProcessEnvironment(environment);
        cli->setProgram(QStringLiteral(BOEKHOUDBRUG_CLI));
        cli->setArguments({QStringLiteral("sync")});
        cli->start();
        return cli;
    }

private slots:
    void initTestCase()
    {
        // The CLI finds its store where this test puts it: the same organisation, application and data home.
        QCoreApplication::setOrganizationName(QStringLiteral("Boekhoudbrug"));
        QCoreApplication::setApplicationName(QStringLiteral("Boekhoudbrug"));
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    }

    void killedTwentyTimesBooksEachDocumentOnce()
    {
        SyncFixture f;
        Database store(Database::defaultPath(QStringLiteral("default")));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        DocumentRepository documents(store);
        constexpr int count = 120;
        for (int i = 1; i <= count; ++i)
            documents.upsert(SyncFixture::invoice(i, i % 30));
        // Slow answers, so that kills land while requests are under way.
        f.emulator.injectFault({EmulatorFault::Kind::Latency, QString(), -1, 200, 1, 8});

        QRandomGenerator random(20261125);
        for (int kill = 0; kill < 20; ++kill) {
            QProcess* cli = startCli(f.emulator, f.token);
            QVERIFY(cli->waitForStarted(10000));
            QTest::qWait(random.bounded(200, 1200)); // the emulator answers meanwhile
            cli->kill();
            QVERIFY(cli->waitForFinished(10000));
            delete cli;
        }
        const int bookedBeforeTheLastRun = static_cast<int>(f.emulator.state().mutations().size());
        // The kills interrupted the work (how far each run got depends on the machine's speed).
        QVERIFY2(bookedBeforeTheLastRun < count, qPrintable(QString::number(bookedBeforeTheLastRun)));

        qInfo("before the last run: %d booked in e-Boekhouden, %d in flight, %d posted in the store",
              bookedBeforeTheLastRun, documents.count(DocumentKind::Invoice, SyncState::InFlight),
              documents.count(DocumentKind::Invoice, SyncState::Posted));

        f.emulator.clearFaults();
        QProcess* last = startCli(f.emulator, f.token);
        QSignalSpy finished(last, &QProcess::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(last->exitCode(), 0);

        // Exactly once: every number once in e-Boekhouden, every document booked in the store.
        for (int i = 1; i <= count; ++i)
            QCOMPARE(f.mutationsFor(QString::number(100000000 + i)), 1);
        QCOMPARE(f.emulator.state().mutations().size(), count);
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::Posted), count);
        QSet<QString> emails;
        for (const auto& relation : f.emulator.state().relations()) {
            QVERIFY2(!emails.contains(relation.emailAddress), qPrintable(relation.emailAddress));
            emails.insert(relation.emailAddress);
        }
        QCOMPARE(emails.size(), 30);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
