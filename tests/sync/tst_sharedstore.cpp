#include "store/TestStore.h"
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
};

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
