#include "BuildInfo.h"
#include "EBoekhoudenEmulator.h"
#include "MagentoCli.h"
#include "MagentoEmulator.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/TestStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Issue 18: four worker processes (separate `boekhoudbrug-cli sync` runs, not threads) book from one PostgreSQL
// store against one e-Boekhouden emulator (this process, on 127.0.0.1): every document exactly once (the
// emulator's mutations counted by number), no debtor twice; then again with two workers killed (SIGKILL) in the
// middle and a recovery run after. BOEKHOUDBRUG_WORKERS_DOCUMENTS sets the shop's invoices (tests/bench: 10,000).
class TestFourWorkers : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhouden;
    std::unique_ptr<MagentoEmulator> m_shop;
    std::unique_ptr<ViesEmulator> m_vies;
    QString m_store;
    qsizetype m_seededRelations = 0;

    static int documentsWanted()
    {
        const int wanted = qEnvironmentVariableIntValue("BOEKHOUDBRUG_WORKERS_DOCUMENTS");
        return wanted > 0 ? wanted : 1000;
    }

    std::unique_ptr<QProcess> start(const QStringList& arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment =
            magentoCliEnvironment(m_home->path(), u"workers-token"_qs, *m_eboekhouden, *m_vies, m_shop.get());
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(BOEKHOUDBRUG_CLI), arguments);
        return process;
    }

    // Keeps this thread's event loop (the emulators) turning until the process ends.
    static bool finish(QProcess& process, int ms = 900000)
    {
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < ms)
            QTest::qWait(20);
        return process.state() == QProcess::NotRunning;
    }

    int runOne(const QStringList& arguments)
    {
        const std::unique_ptr<QProcess> process = start(arguments);
        if (!finish(*process))
            return -1;
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }

    // Each number booked at most once; the store's booked documents and the emulator's bookings the same count.
    void checkExactlyOnce(const char* what)
    {
        QHash<QString, int> perNumber;
        for (const auto& mutation : m_eboekhouden->state().mutations())
            ++perNumber[mutation.invoiceNumber];
        QStringList twice;
        for (auto it = perNumber.cbegin(); it != perNumber.cend(); ++it) {
            if (it.value() != 1)
                twice.append(it.key());
        }
        QVERIFY2(twice.isEmpty(), qPrintable(u"booked more than once: "_qs + twice.join(u", "_qs)));

        QHash<QString, int> perEmail;
        const QList<EmulatorState::Relation>& relations = m_eboekhouden->state().relations();
        for (qsizetype i = m_seededRelations; i < relations.size(); ++i)
            ++perEmail[relations[i].emailAddress.trimmed().toLower()];
        QStringList debtorsTwice;
        for (auto it = perEmail.cbegin(); it != perEmail.cend(); ++it) {
            if (it.value() != 1)
                debtorsTwice.append(it.key());
        }
        QVERIFY2(debtorsTwice.isEmpty(),
                 qPrintable(u"debtor created more than once: "_qs + debtorsTwice.join(u", "_qs)));

        Database shared(m_store);
        QVERIFY2(shared.open(), qPrintable(shared.lastError()));
        const DocumentRepository documents(shared);
        const int posted = documents.count(DocumentKind::Invoice, SyncState::Posted) +
                           documents.count(DocumentKind::CreditMemo, SyncState::Posted);
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::InFlight), 0);
        QCOMPARE(documents.count(DocumentKind::CreditMemo, SyncState::InFlight), 0);
        QCOMPARE(qsizetype(posted), perNumber.size());
        QCOMPARE(documents.count(DocumentKind::Invoice), documentsWanted());
        // Seed 7 has OSS invoices, refused without an OSS ledger in the mapping: most, not all, are booked.
        QVERIFY2(posted > documentsWanted() / 3, qPrintable(QString::number(posted)));
        qInfo("%s: %d documents booked, each once; %lld new debtors, each once", what, posted,
              qlonglong(perEmail.size()));
        // Every document is booked but those the rules hold before anything is asked of e-Boekhouden (seed 7's OSS
        // invoices, and the credit memos waiting for them), as one worker leaves them. A document that reached
        // e-Boekhouden and was then left unbooked is one the workers lost: four at 10,000 lost one or two to
        // "No free debtor code" (REL_049 five times over codes the other workers had made, BENCHMARKS.md).
        QSqlQuery lost(shared.connection());
        QVERIFY(lost.exec(u"SELECT d.number, d.sync_state, d.last_message FROM documents d WHERE d.sync_state <> "
                          u"'posted' AND EXISTS (SELECT 1 FROM audit_trail a WHERE a.document_id = d.id) "
                          u"ORDER BY d.number"_qs));
        QStringList unbooked;
        while (lost.next()) {
            unbooked.append(lost.value(0).toString() + u" ("_qs + lost.value(1).toString() + u"): "_qs +
                            lost.value(2).toString());
        }
        QVERIFY2(unbooked.isEmpty(),
                 qPrintable(u"not booked after e-Boekhouden was asked: "_qs + unbooked.join(u"; "_qs)));
        // What the others are, to compare runs (BENCHMARKS.md).
        QSqlQuery left(shared.connection());
        QVERIFY(left.exec(u"SELECT kind, sync_state, last_message_code, COUNT(*) FROM documents "
                          u"WHERE sync_state <> 'posted' GROUP BY kind, sync_state, last_message_code "
                          u"ORDER BY kind, sync_state, last_message_code"_qs));
        while (left.next()) {
            qInfo("%s: not booked: %s %s %s: %d", what, qPrintable(left.value(0).toString()),
                  qPrintable(left.value(1).toString()), qPrintable(left.value(2).toString()), left.value(3).toInt());
        }
    }

    // Four workers that each ran to completion leave nothing that one more worker would book: a sync after them
    // posts nothing new. What is left pending then is what no worker can book (a credit memo whose invoice the
    // rules refused), listed when it is not.
    void checkNothingLeftForALaterSync()
    {
        const qsizetype mutationsBefore = m_eboekhouden->state().mutations().size();
        QStringList left;
        {
            Database shared(m_store);
            QVERIFY2(shared.open(), qPrintable(shared.lastError()));
            const DocumentRepository documents(shared);
            for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditMemo}) {
                for (qint64 id : documents.idsInState(kind, SyncState::Pending)) {
                    const std::optional<StoredDocument> stored = documents.find(id);
                    left.append(stored ? stored->document.number + u": "_qs + stored->lastMessage
                                       : QString::number(id));
                }
            }
        }
        const int later = runOne({u"sync"_qs});
        QVERIFY2(later == 0 || later == 1, qPrintable(QString::number(later)));
        QVERIFY2(m_eboekhouden->state().mutations().size() == mutationsBefore,
                 qPrintable(QStringLiteral("a later sync booked %1 more; pending after the workers: %2")
                                .arg(m_eboekhouden->state().mutations().size() - mutationsBefore)
                                .arg(left.join(u"; "_qs))));
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        // The comparison with one desktop: one process, four threads, on a SQLite file.
        const bool onSqlite = QByteArray(QTest::currentTestFunction()) == "oneProcessOnSqliteForComparison";
        m_store = onSqlite ? m_home->filePath(u"store.sqlite"_qs) : TestStore::newPostgresDatabase();
        QSettings settings(m_home->filePath(QStringLiteral("config/%1/%2.conf")
                                                .arg(QString::fromLatin1(BuildInfo::organizationName),
                                                     QString::fromLatin1(BuildInfo::applicationName))),
                           QSettings::IniFormat);
        settings.setValue(Database::storeLocationKey(QStringLiteral("default")), m_store);
        settings.sync();
        m_eboekhouden = std::make_unique<EBoekhoudenEmulator>();
        m_eboekhouden->state().seedDemoAdministration();
        m_eboekhouden->addAccessToken(u"workers-token"_qs);
        QVERIFY(m_eboekhouden->start());
        m_seededRelations = m_eboekhouden->state().relations().size();
        m_shop = std::make_unique<MagentoEmulator>(
            MagentoEmulator::Options{.seed = 7, .invoices = documentsWanted(), .keepExpected = false});
        QVERIFY(m_shop->start());
        m_vies = startedViesForMagento(documentsWanted()); // the shop's Belgian business customers are in VIES
        QVERIFY(m_vies);
        // The shop read once; the workers' own pulls then find nothing new.
        QCOMPARE(runOne({u"import"_qs}), 0);
    }

    void fourWorkersBookEachDocumentOnce()
    {
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int i = 0; i < 4; ++i)
            workers.push_back(start({u"sync"_qs}));
        for (auto& worker : workers) {
            QVERIFY(finish(*worker));
            QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
            QVERIFY2(worker->exitCode() == 0 || worker->exitCode() == 1,
                     qPrintable(QString::number(worker->exitCode())));
        }
        qInfo("four workers: %d invoices in %.1f s", documentsWanted(), double(timer.elapsed()) / 1000);
        checkExactlyOnce("four workers");
        checkNothingLeftForALaterSync();
        checkExactlyOnce("four workers, then one more sync");
    }

    void oneProcessOnSqliteForComparison()
    {
        QElapsedTimer timer;
        timer.start();
        const int synced = runOne({u"sync"_qs, u"--concurrency"_qs, u"4"_qs});
        QVERIFY2(synced == 0 || synced == 1, qPrintable(QString::number(synced)));
        qInfo("one process, concurrency 4, SQLite: %d invoices in %.1f s", documentsWanted(),
              double(timer.elapsed()) / 1000);
        checkExactlyOnce("SQLite");
    }

    void twoOfFourKilledThenRecovered()
    {
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int i = 0; i < 4; ++i)
            workers.push_back(start({u"sync"_qs}));
        // Killed while booking: once a fifth of the documents are in e-Boekhouden.
        QTRY_VERIFY_WITH_TIMEOUT(m_eboekhouden->state().mutations().size() >= documentsWanted() / 5, 600000);
        workers[0]->kill(); // SIGKILL: no clean-up, a document may be left in flight, its post sent or not
        workers[1]->kill();
        for (auto& worker : workers)
            QVERIFY(finish(*worker));
        QCOMPARE(workers[0]->exitStatus(), QProcess::CrashExit);
        QCOMPARE(workers[1]->exitStatus(), QProcess::CrashExit);
        // The survivors resumed what the killed ones held (their session locks are gone); the recovery run
        // finds nothing left in flight, or resumes it with its look-up.
        const int recovery = runOne({u"sync"_qs});
        QVERIFY2(recovery == 0 || recovery == 1, qPrintable(QString::number(recovery)));
        qInfo("two of four killed, then recovered: %d invoices in %.1f s", documentsWanted(),
              double(timer.elapsed()) / 1000);
        checkExactlyOnce("two killed");
    }
};

QTEST_GUILESS_MAIN(TestFourWorkers)
#include "tst_fourworkers.moc"
