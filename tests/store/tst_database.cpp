#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsTheLatestSchemaInWalMode()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(database.open(), qPrintable(database.lastError()));
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void upgradesEveryOlderSchema_data()
    {
        QTest::addColumn<int>("startVersion");
        // Every version a file can be at: none, and each step's (the numbers are assigned per branch, so there
        // may be gaps).
        QTest::addRow("from 0") << 0;
        for (const Migrations::Step& step : Migrations::steps()) {
            if (step.version < Migrations::latestVersion())
                QTest::addRow("from %d", step.version) << step.version;
        }
    }

    void upgradesEveryOlderSchema()
    {
        QFETCH(int, startVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A file as an older release left it, with a document in it when the schema had documents.
            Database old(path);
            QSqlDatabase db = old.connection();
            QVERIFY(Migrations::migrate(db, startVersion).ok);
            QCOMPARE(Migrations::currentVersion(db), startVersion);
            if (startVersion >= 1) {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO documents (platform, kind, shop_id, number, total_incl) "
                                              "VALUES ('magento', 'invoice', '7', '100000007', 12100)")));
            }
        }
        Database upgraded(path);
        QVERIFY2(upgraded.open(), qPrintable(upgraded.lastError()));
        QCOMPARE(upgraded.schemaVersion(), Migrations::latestVersion());

        QSqlQuery q(upgraded.connection());
        for (const QString& table : {u"documents"_qs, u"customers"_qs, u"sync_log"_qs, u"payments"_qs,
                                     u"vat_mapping"_qs, u"settings"_qs, u"watermarks"_qs})
            QVERIFY2(q.exec(u"SELECT COUNT(*) FROM "_qs + table), qPrintable(table));
        if (startVersion >= 1) {
            QVERIFY(q.exec(QStringLiteral("SELECT number, total_incl FROM documents")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("100000007"));
            QCOMPARE(q.value(1).toLongLong(), 12100);
        }
    }

    // Schema 8 (document identity, payment state): what was booked before keeps the number it was booked under
    // (a credit memo without the prefix that applies from now on), and its payment's state follows from the
    // payments recorded then.
    void documentsBookedBeforeKeepTheNumberTheyWereBookedUnder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seven.sqlite"));
        {
            Database old(path);
            QSqlDatabase db = old.connection();
            QVERIFY(Migrations::migrate(db, 7).ok);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO documents (id, platform, kind, shop_id, number, total_incl, paid, sync_state, "
                "  eboekhouden_id, eboekhouden_number) VALUES "
                "(1, 'magento', 'invoice', '1', '000000001', 2920, 1, 'posted', '1001', '000000001'), "
                "(2, 'magento', 'creditmemo', '1', '000000001', 2920, 1, 'posted', '1002', '000000001'), "
                "(3, 'magento', 'invoice', '2', '000000002', 2920, 1, 'posted', '1003', '000000002'), "
                "(4, 'magento', 'invoice', '3', '000000003', 2920, 1, 'posted', '1004', '000000003')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO payments (document_id, shop_id, amount, sync_state, "
                                          "eboekhouden_id) VALUES (1, 'paid', 2920, 'posted', '2001'), "
                                          "(3, 'paid', 2920, 'skipped', '')")));
        }
        Database upgraded(path);
        QVERIFY2(upgraded.open(), qPrintable(upgraded.lastError()));
        QCOMPARE(upgraded.schemaVersion(), Migrations::latestVersion());
        const DocumentRepository documents(upgraded);
        const StoredDocument memo = *documents.find(2);
        QCOMPARE(memo.state, SyncState::Posted);
        QCOMPARE(memo.eboekhoudenNumber, QStringLiteral("000000001")); // not C000000001
        QCOMPARE(memo.eboekhoudenId, QStringLiteral("1002"));
        QCOMPARE(memo.bookedRelationId, 0);                  // not known for older bookings
        QCOMPARE(memo.bookedAmount, std::optional<Money>()); // read back by check-links
        QCOMPARE(documents.find(1)->paymentState, PaymentState::Booked);
        QCOMPARE(documents.find(3)->paymentState, PaymentState::NotOutstanding);
        QCOMPARE(documents.find(4)->paymentState, PaymentState::Pending);
        QCOMPARE(memo.paymentState, PaymentState::Pending);
        QCOMPARE(documents.countPayments(DocumentKind::Invoice, PaymentState::Booked), 1);
        QCOMPARE(documents.countPayments(DocumentKind::Invoice, PaymentState::Pending), 1);
        QCOMPARE(documents.countPayments(DocumentKind::CreditMemo, PaymentState::Pending), 1);
    }

    void refusesAFileFromANewerRelease()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            Database newer(path);
            QSqlQuery q(newer.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        Database database(path);
        QVERIFY(!database.open());
        QVERIFY(database.lastError().contains(QStringLiteral("newer")));
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(database.open());
        const QString mainName = database.connection().connectionName();

        // Two threads write 200 rows each at the same time through their own connections.
        std::atomic<int> failures = 0;
        QStringList names(2);
        auto writer = [&](int index) {
            return QThread::create([&, index] {
                QSqlDatabase db = database.connection();
                names[index] = db.connectionName();
                for (int i = 0; i < 200; ++i) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"));
                    q.addBindValue(QStringLiteral("k%1-%2").arg(index).arg(i));
                    if (!q.exec())
                        ++failures;
                }
            });
        };
        std::unique_ptr<QThread> a(writer(0)), b(writer(1));
        a->start();
        b->start();
        QVERIFY(a->wait(30000) && b->wait(30000));
        QCOMPARE(failures.load(), 0);
        QVERIFY(names[0] != names[1] && names[0] != mainName);

        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM settings")) && q.next());
        QCOMPARE(q.value(0).toInt(), 400);
        // The threads' connections were closed when they ended.
        QVERIFY(!QSqlDatabase::contains(names[0]));
        QVERIFY(!QSqlDatabase::contains(names[1]));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
