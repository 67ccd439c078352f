#include "store/TestStore.h"
#include "sync/DebtorCache.h"
#include "sync/DebtorResolver.h"
#include "SyncFixture.h"

#include <QSqlQuery>
#include <QtTest>

// Issue 18 item 2: on a shared PostgreSQL store a document another worker holds in flight is left to it; one
// left by a worker that no longer runs is resumed (look-up first) and booked once. Run on the test cluster.
class TestSharedStore : public QObject
{
    Q_OBJECT

private slots:
    void aLiveWorkersDocumentIsLeftToIt()
    {
        QVERIFY(TestStore::onPostgres());
        SyncFixture f;
        DocumentRepository documents(*f.store.database);
        const qint64 id = *documents.upsert(SyncFixture::invoice(1, 1));
        // "Another worker" (this fixture's Database, alive: its session lock is held) claims the document.
        QVERIFY(documents.transition(id, SyncState::Pending, SyncState::InFlight));

        const SyncSummary held = f.engine()->runPending();
        Q_UNUSED(held);
        QCOMPARE(f.emulator.state().mutations().size(), 0);
        QCOMPARE(documents.find(id)->state, SyncState::InFlight);
        QCOMPARE(documents.claimedBy(id), f.store.database->workerId());

        // That worker is gone (its key held by no session): the next run resumes the document and books it once.
        QSqlQuery q(f.store.database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET claimed_by = 'gone/1/4711' WHERE id = %1").arg(id)));
        f.engine()->runPending();
        QCOMPARE(f.emulator.state().mutations().size(), 1);
        QCOMPARE(documents.find(id)->state, SyncState::Posted);
        QCOMPARE(documents.claimedBy(id), QString());
        f.engine()->runPending();
        QCOMPARE(f.emulator.state().mutations().size(), 1);
    }

    // Why four worker processes booked fewer documents than one (BENCHMARKS.md): each worker knows the codes it
    // listed at its start and those it made itself, not those the others made since. A worker that missed five
    // codes of a name (Bedrijf 4550 … 4559 BV share the base "Bedrijf455") tried five taken codes in turn, got
    // REL_049 for each (API-eboekhouden.md §1.6: a code is unique) and gave the invoice up: "No free debtor code
    // could be found". After the first collision it now asks e-Boekhouden which codes of the base are taken.
    void aWorkerFindsTheCodesOtherWorkersMade()
    {
        QVERIFY(TestStore::onPostgres());
        SyncFixture f;
        RestClient::Settings settings;
        settings.baseUrl = f.emulator.restUrl();
        settings.timeoutMs = 1500;
        settings.wait = [](int) {};
        settings.maxRateLimitRetries = 0;
        RestClient client(f.token, settings);
        // Two workers' runs: each its own cache (DebtorCache: one per run), one shared store.
        DebtorCache firstRun;
        DebtorCache secondRun;
        DebtorResolver first(client, f.configuration, &firstRun, f.store.database.get());
        DebtorResolver second(client, f.configuration, &secondRun, f.store.database.get());

        // The second worker makes the name's first debtor (and lists the administration's codes for it).
        const Result<DebtorResolver::Debtor> before = second.resolve(SyncFixture::invoice(1, 1));
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message()));
        QCOMPARE(before.value().relation.code, u"KlaartjePi"_qs); // seed 004: ten letters of the name
        // The first makes six more of the same name meanwhile.
        for (int customer = 2; customer <= 7; ++customer) {
            const Result<DebtorResolver::Debtor> made = first.resolve(SyncFixture::invoice(customer, customer));
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message()));
            QCOMPARE(made.value().relation.code, u"KlaartjePi"_qs + QString::number(customer - 1));
        }
        const qsizetype relationsBefore = f.emulator.state().relations().size();

        const Result<DebtorResolver::Debtor> after = second.resolve(SyncFixture::invoice(8, 8));
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message()));
        QVERIFY(after.value().created);
        QCOMPARE(after.value().relation.code, u"KlaartjePi7"_qs);
        QCOMPARE(f.emulator.state().relations().size(), relationsBefore + 1);
        // Its next one of that name needs no second collision: the codes it found are its run's now.
        f.emulator.clearRequests();
        const Result<DebtorResolver::Debtor> next = second.resolve(SyncFixture::invoice(9, 9));
        QVERIFY(next.ok());
        QCOMPARE(next.value().relation.code, u"KlaartjePi8"_qs);
        QCOMPARE(f.emulator.requests("POST", u"/v1/relation"_qs).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
