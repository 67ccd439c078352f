#include "AdministrationSettingsStore.h"
#include "SyncFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
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

    QProcess* startCli(EBoekhoudenEmulator& emulator, const QString& token, const QStringList& extra = {})
    {
        auto* cli = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), token);
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_REST_URL"), emulator.restUrl().toString());
        cli->setProcessEnvironment(environment);
        cli->setProgram(QStringLiteral(BOEKHOUDBRUG_CLI));
        cli->setArguments(QStringList{QStringLiteral("sync")} + extra);
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
        // Slow answers (40 ms each), so that kills land while requests are under way. Since a new debtor costs two
        // relation calls instead of a look-up per taken code (issue 15), a sync needs far fewer requests than when
        // 8 ms sufficed, and the twenty kills must still land before the work is done.
        f.emulator.injectFault({EmulatorFault::Kind::Latency, QString(), -1, 200, 1, 40});

        QRandomGenerator random(20261125);
        for (int kill = 0; kill < 20; ++kill) {
            QProcess* cli = startCli(f.emulator, f.token);
            QVERIFY(cli->waitForStarted(10000));
            QTest::qWait(random.bounded(200, 1200)); // the emulator answers meanwhile
            // A run that finished its work before the kill has nothing left to interrupt.
            if (cli->state() != QProcess::NotRunning) {
                cli->kill();
                QVERIFY(cli->waitForFinished(10000));
            }
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

    // Issue 14 item 7: killed 100 times mid-sync over invoices and credit memos numbered as Magento numbers them
    // (both from 000000001, API-shops.md S2), payments and refunds: afterwards each is in e-Boekhouden exactly
    // once, every credit memo under its own number, and no debtor twice. Whenever a run gets to finish before its
    // kill, a new batch of documents arrives, so that every one of the 100 kills lands in a sync with work to do.
    void killedAHundredTimesBooksInvoicesCreditMemosPaymentsAndRefundsOnce()
    {
        SyncFixture f;
        const QString profile = QStringLiteral("overlap");
        Database store(Database::defaultPath(profile));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        DocumentRepository documents(store);
        int invoices = 0;
        int memos = 0;
        int refunds = 0;
        // A batch: 20 paid invoices and 10 credit memos, half of them refunded. Memo m credits invoice 2m, so memo
        // 000000001 meets invoice 000000001 of another customer.
        const auto addBatch = [&] {
            for (int n = 0; n < 20; ++n) {
                const int i = ++invoices;
                Invoice invoice = SyncFixture::magentoInvoice(i, i % 20);
                invoice.paid = true;
                invoice.payments = {
                    {u"p%1"_qs.arg(i), u"iDEAL"_qs, u"tr_%1"_qs.arg(i), Money::fromCents(2920), invoice.createdAt}};
                documents.upsert(invoice);
            }
            for (int n = 0; n < 10; ++n) {
                const int m = ++memos;
                CreditMemo memo = SyncFixture::magentoCreditMemo(m, 2 * m, (2 * m) % 20);
                memo.paid = n % 2 == 0;
                refunds += memo.paid ? 1 : 0;
                documents.upsert(memo);
            }
        };
        for (int batch = 0; batch < 3; ++batch)
            addBatch();
        const QString config = m_home.filePath(QStringLiteral("overlap.ini"));
        {
            QSettings settings(config, QSettings::IniFormat);
            AdministrationSettingsStore::Saved saved;
            saved.settings.defaultBankLedger = QStringLiteral("1010");
            saved.settings.bookPayments = true;
            QVERIFY(AdministrationSettingsStore::save(profile, saved, settings, store));
        }
        const QStringList arguments{QStringLiteral("--profile"), profile, QStringLiteral("--config"), config};
        // Slow answers, so that the work spreads over many runs and the kills land in every step of it.
        f.emulator.injectFault({EmulatorFault::Kind::Latency, QString(), -1, 200, 1, 15});

        QElapsedTimer clock;
        clock.start();
        QRandomGenerator random(20261201);
        int kills = 0;
        int runs = 0;
        int killsAmidPayments = 0; // kills after a payment of the batch under way and before its last
        while (kills < 100) {
            QVERIFY2(runs < 400, "the runs keep finishing before their kill");
            ++runs;
            const int paymentsBefore = [&] {
                int count = 0;
                for (const auto& mutation : f.emulator.state().mutations())
                    count += mutation.type == 3 ? 1 : 0;
                return count;
            }();
            QProcess* cli = startCli(f.emulator, f.token, arguments);
            QVERIFY(cli->waitForStarted(10000));
            QTest::qWait(random.bounded(600, 1600)); // the emulator answers meanwhile
            if (cli->state() == QProcess::NotRunning) {
                addBatch(); // it finished its work: more arrives
            } else {
                cli->kill();
                QVERIFY(cli->waitForFinished(10000));
                ++kills;
                int payments = 0;
                for (const auto& mutation : f.emulator.state().mutations())
                    payments += mutation.type == 3 ? 1 : 0;
                killsAmidPayments += payments > paymentsBefore && payments < invoices + refunds ? 1 : 0;
            }
            delete cli;
        }
        const int total = invoices + memos + invoices + refunds; // sales bookings, payments and refunds
        qInfo("%d kills in %d runs, %lld s; %d invoices, %d credit memos, %d refunds; %d of %d bookings before the "
              "last run; %d kills while payments were being booked",
              kills, runs, clock.elapsed() / 1000, invoices, memos, refunds, int(f.emulator.state().mutations().size()),
              total, killsAmidPayments);

        f.emulator.clearFaults();
        QProcess* last = startCli(f.emulator, f.token, arguments);
        QSignalSpy finished(last, &QProcess::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(last->exitCode(), 0);

        for (int i = 1; i <= invoices; ++i) {
            const QString number = u"%1"_qs.arg(i, 9, 10, QLatin1Char('0'));
            QCOMPARE(f.mutationsFor(number, 2), 1);
            QCOMPARE(f.mutationsFor(number, 3), 1);
        }
        for (int m = 1; m <= memos; ++m) {
            const QString number = u"C%1"_qs.arg(m, 9, 10, QLatin1Char('0'));
            QCOMPARE(f.mutationsFor(number, 2), 1);
            QCOMPARE(f.mutationsFor(number, 3), (m - 1) % 10 % 2 == 0 ? 1 : 0);
        }
        QCOMPARE(int(f.emulator.state().mutations().size()), total);
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::Posted), invoices);
        QCOMPARE(documents.count(DocumentKind::CreditMemo, SyncState::Posted), memos);
        QCOMPARE(documents.countPayments(DocumentKind::Invoice, PaymentState::Booked), invoices);
        QCOMPARE(documents.countPayments(DocumentKind::CreditMemo, PaymentState::Booked), refunds);
        QCOMPARE(int(f.emulator.state().outstanding(true).size()), memos - refunds); // unrefunded memos stay open
        QSet<QString> emails;
        for (const auto& relation : f.emulator.state().relations()) {
            QVERIFY2(!emails.contains(relation.emailAddress), qPrintable(relation.emailAddress));
            emails.insert(relation.emailAddress);
        }
        QCOMPARE(emails.size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
