#include "store/Database.h"
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
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
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
