#include "LogRetention.h"
#include "store/AuditTrailRepository.h"
#include "store/DocumentRepository.h"
#include "store/Migrations.h"
#include "StoreFixture.h"

#include <QSettings>
#include <QSqlQuery>
#include <QtTest>

// Issue 16: the audit trail's own table (schema 9) and its retention.
class TestAuditTrailRepository : public QObject
{
    Q_OBJECT

    static AuditEntry entry(qint64 documentId, const QDateTime& sentAt)
    {
        AuditEntry e;
        e.documentId = documentId;
        e.sentAt = sentAt;
        e.method = QStringLiteral("POST");
        e.endpoint = QStringLiteral("https://api.e-boekhouden.nl/v1/mutation");
        e.requestBody = QStringLiteral("{\"invoiceNumber\":\"1\"}");
        e.status = 201;
        e.answerBody = QStringLiteral("{\"id\":7}");
        e.durationMs = 12;
        return e;
    }

private slots:
    void aStoreOfSchemaEightGetsAnEmptyTrail()
    {
        QTemporaryDir dir;
        const QString path = TestStore::freshLocation(dir, QStringLiteral("eight"));
        {
            Database old(path);
            QSqlDatabase db = old.connection();
            QVERIFY(Migrations::migrate(db, 8).ok);
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_trail")));
        }
        Database upgraded(path);
        QVERIFY2(upgraded.open(), qPrintable(upgraded.lastError()));
        QVERIFY(upgraded.schemaVersion() >= 9);
        QSqlQuery q(upgraded.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_trail")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void keepsTheTrailInOrderWithItsAttempts()
    {
        StoreFixture f;
        AuditTrailRepository audit(*f.database);
        QCOMPARE(audit.nextAttempt(5), 1);
        const QDateTime t(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        AuditEntry later = entry(5, t.addSecs(2));
        AuditEntry earlier = entry(5, t);
        earlier.attempt = 2;
        QVERIFY(audit.append(later));
        QVERIFY(audit.append(earlier));
        QVERIFY(audit.append(entry(6, t)));
        const QList<AuditEntry> trail = audit.forDocument(5);
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail[0].sentAt, t);
        QCOMPARE(trail[0].attempt, 2);
        QCOMPARE(trail[0].status, 201);
        QCOMPARE(trail[0].durationMs, 12);
        QCOMPARE(trail[0].answerBody, u"{\"id\":7}"_qs);
        QCOMPARE(audit.nextAttempt(5), 3);
        QCOMPARE(audit.forPeriod(QDate(2026, 11, 2), QDate(2026, 11, 2)).size(), 3);
        QCOMPARE(audit.forPeriod(QDate(2026, 11, 3), QDate(2026, 11, 30)).size(), 0);
    }

    // The clean-up drops old entries, but never the trail of a booked document within the legal 7 years.
    void theCleanUpKeepsTheTrailOfABookedDocumentForSevenYears()
    {
        StoreFixture f;
        DocumentRepository documents(*f.database);
        const qint64 booked = *documents.upsert(StoreFixture::invoice(u"1"_qs, u"000000001"_qs));
        const qint64 failed = *documents.upsert(StoreFixture::invoice(u"2"_qs, u"000000002"_qs));
        QVERIFY(documents.transition(booked, SyncState::Pending, SyncState::InFlight));
        QVERIFY(documents.transition(booked, SyncState::InFlight, SyncState::Posted));
        AuditTrailRepository audit(*f.database);
        const QDateTime sent(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC); // the documents' date
        QVERIFY(audit.append(entry(booked, sent)));
        QVERIFY(audit.append(entry(failed, sent)));

        // A year on, with 30 days of logs kept: the failed document's trail goes, the booked one's stays.
        QCOMPARE(audit.removeOlderThan(sent.addYears(1), 30, AuditTrailRepository::legalRetentionYears), 1);
        QCOMPARE(audit.forDocument(booked).size(), 1);
        QCOMPARE(audit.forDocument(failed).size(), 0);
        // Seven years and a day after the document: the legal period is over.
        QCOMPARE(audit.removeOlderThan(sent.addYears(7).addDays(1), 30, AuditTrailRepository::legalRetentionYears), 1);
        QCOMPARE(audit.forDocument(booked).size(), 0);
    }

    // The sync log's daily clean-up thins the trail too, by the same days, and keeps the legal years (never
    // fewer than 7, whatever the setting says).
    void theLogCleanUpKeepsABookedDocumentsTrail()
    {
        StoreFixture f;
        DocumentRepository documents(*f.database);
        const qint64 booked = *documents.upsert(StoreFixture::invoice(u"1"_qs, u"000000001"_qs));
        const qint64 failed = *documents.upsert(StoreFixture::invoice(u"2"_qs, u"000000002"_qs));
        QVERIFY(documents.transition(booked, SyncState::Pending, SyncState::InFlight));
        QVERIFY(documents.transition(booked, SyncState::InFlight, SyncState::Posted));
        AuditTrailRepository audit(*f.database);
        const QDateTime sent(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        QVERIFY(audit.append(entry(booked, sent)));
        QVERIFY(audit.append(entry(failed, sent)));

        QSettings settings(f.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(LogRetention::legalYearsKey(), 3); // below the legal 7: ignored
        QCOMPARE(LogRetention::legalYears(settings), 7);
        LogRetention::run(*f.database, settings, sent.addYears(5));
        QCOMPARE(audit.forDocument(booked).size(), 1);
        QCOMPARE(audit.forDocument(failed).size(), 0);
        LogRetention::run(*f.database, settings, sent.addYears(8));
        QCOMPARE(audit.forDocument(booked).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrailRepository)
#include "tst_audittrailrepository.moc"
