#include "LogRetention.h"
#include "store/Database.h"
#include "store/SyncLogRepository.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// "Keep log entries for N days" keeps its promise without a click: once a day, on a clock the test sets.
class TestLogRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void addEntry(const Database& database, const QDateTime& at)
    {
        SyncLogEntry entry;
        entry.documentNumber = at.toString(Qt::ISODate);
        entry.message = QStringLiteral("Invoice booked.");
        entry.success = true;
        entry.createdAt = at;
        SyncLogRepository(database).append(entry);
    }

    static int count(const Database& database)
    {
        SyncLogRepository::Filter all;
        all.kind = SyncLogEntry::Kind::Invoice;
        return SyncLogRepository(database).count(all);
    }

private slots:
    void cleansOnceADayOnItsOwn()
    {
        Database database(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(database.open());
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(LogRetention::keepDaysKey(), 100);

        const QDateTime now(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC);
        addEntry(database, now.addDays(-400));
        addEntry(database, now.addDays(-101));
        addEntry(database, now.addDays(-99));
        addEntry(database, now.addSecs(-60));

        QCOMPARE(LogRetention::runIfDue(database, settings, now), 2);
        QCOMPARE(count(database), 2);

        // Later the same day (a scheduler every five minutes): not due, nothing deleted.
        addEntry(database, now.addDays(-300));
        QCOMPARE(LogRetention::runIfDue(database, settings, now.addSecs(5 * 60)), -1);
        QCOMPARE(LogRetention::runIfDue(database, settings, now.addSecs(23 * 3600)), -1);
        QCOMPARE(count(database), 3);

        // A day on, it runs by itself again; the entry 99 days old is now 101 days old.
        QCOMPARE(LogRetention::runIfDue(database, settings, now.addDays(2)), 2);
        QCOMPARE(count(database), 1);
    }

    void neverKeepsLessThanAQuarter()
    {
        Database database(m_dir.filePath(QStringLiteral("quarter.sqlite")));
        QVERIFY(database.open());
        QSettings settings(m_dir.filePath(QStringLiteral("quarter.ini")), QSettings::IniFormat);
        settings.setValue(LogRetention::keepDaysKey(), 7);
        QCOMPARE(LogRetention::keepDays(settings), SyncLogRepository::minimumKeepDays);
        const QDateTime now(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC);
        addEntry(database, now.addDays(-30));
        QCOMPARE(LogRetention::runIfDue(database, settings, now), 0);
        QCOMPARE(count(database), 1);
    }

    void aClockThatWentBackDoesNotStopIt()
    {
        Database database(m_dir.filePath(QStringLiteral("clock.sqlite")));
        QVERIFY(database.open());
        QSettings settings(m_dir.filePath(QStringLiteral("clock.ini")), QSettings::IniFormat);
        const QDateTime now(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC);
        settings.setValue(LogRetention::lastRunKey(), now.addYears(5)); // written by a clock set wrong
        addEntry(database, now.addDays(-200));
        QCOMPARE(LogRetention::runIfDue(database, settings, now), 1);
    }
};

QTEST_GUILESS_MAIN(TestLogRetention)
#include "tst_logretention.moc"
