#include "store/SyncLogRepository.h"
#include "StoreFixture.h"

#include <QBuffer>
#include <QtTest>

class TestSyncLogRepository : public QObject
{
    Q_OBJECT

private:
    static SyncLogEntry entry(SyncLogEntry::Kind kind, const QString& number, const QString& message, bool success,
                              const QDateTime& at)
    {
        SyncLogEntry e;
        e.kind = kind;
        e.orderNumber = u"ORD"_qs + number;
        e.documentNumber = number;
        e.message = message;
        e.success = success;
        e.createdAt = at;
        return e;
    }

    const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

private slots:
    void filtersInSql()
    {
        StoreFixture store;
        SyncLogRepository log(*store.database);
        using K = SyncLogEntry::Kind;
        QVERIFY(log.append(entry(K::Invoice, u"1001"_qs, u"Invoice created"_qs, true, now.addDays(-3))));
        QVERIFY(log.append(
            entry(K::Invoice, u"1002"_qs, u"Invalid VAT code: check the VAT mapping"_qs, false, now.addDays(-2))));
        QVERIFY(log.append(entry(K::Invoice, u"1003"_qs, u"Invoice created"_qs, true, now.addDays(-1))));
        QVERIFY(log.append(entry(K::CreditMemo, u"2001"_qs, u"Invoice not found"_qs, false, now.addDays(-1))));

        SyncLogRepository::Filter invoices;
        QCOMPARE(log.count(invoices), 3);
        const QList<SyncLogEntry> newestFirst = log.find(invoices);
        QCOMPARE(newestFirst.first().documentNumber, QStringLiteral("1003"));

        SyncLogRepository::Filter failed = invoices;
        failed.success = false;
        QCOMPARE(log.count(failed), 1);

        SyncLogRepository::Filter text = invoices;
        text.text = QStringLiteral("vat mapping"); // case-insensitive, as LIKE is for ASCII
        QCOMPARE(log.find(text).size(), 1);
        text.text = QStringLiteral("ORD1001");
        QCOMPARE(log.find(text).size(), 1);
        text.text = QStringLiteral("100%"); // a literal percent sign, not a wildcard
        QCOMPARE(log.find(text).size(), 0);

        SyncLogRepository::Filter range = invoices;
        range.from = now.addDays(-2).addSecs(-1);
        range.to = now.addDays(-1);
        QCOMPARE(log.count(range), 1);

        SyncLogRepository::Filter memos;
        memos.kind = K::CreditMemo;
        QCOMPARE(log.find(memos).at(0).message, QStringLiteral("Invoice not found"));
    }

    void retentionKeepsAtLeastNinetyDays()
    {
        StoreFixture store;
        SyncLogRepository log(*store.database);
        using K = SyncLogEntry::Kind;
        QVERIFY(log.append(entry(K::Customer, u""_qs, u"old"_qs, true, now.addDays(-200))));
        QVERIFY(log.append(entry(K::Customer, u""_qs, u"quarter"_qs, true, now.addDays(-80))));
        QVERIFY(log.append(entry(K::Customer, u""_qs, u"new"_qs, true, now.addDays(-1))));

        QCOMPARE(log.removeOlderThan(now, 7), 1); // a setting of 7 days still keeps 90
        SyncLogRepository::Filter customers;
        customers.kind = K::Customer;
        QCOMPARE(log.count(customers), 2);
        QCOMPARE(log.removeOlderThan(now, 365), 0);
    }

    void exportsCsv()
    {
        StoreFixture store;
        SyncLogRepository log(*store.database);
        QVERIFY(log.append(entry(SyncLogEntry::Kind::CreditMemo, u"2001"_qs,
                                 u"Refused: \"invoice 1001\" not found, push it first"_qs, false, now)));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        SyncLogRepository::Filter memos;
        memos.kind = SyncLogEntry::Kind::CreditMemo;
        QVERIFY(log.exportCsv(memos, buffer));
        const QStringList rows = QString::fromUtf8(buffer.data()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), QStringLiteral("ID,Order,Creditmemo ID,Message,Date Created,Platform,Success"));
        QVERIFY2(rows.at(1).contains(QStringLiteral(
                     R"(ORD2001,2001,"Refused: ""invoice 1001"" not found, push it first",2026-11-25T12:00:00Z,)")),
                 qPrintable(rows.at(1)));
        QVERIFY(rows.at(1).endsWith(QStringLiteral(",e-Boekhouden,No")));
    }
};

QTEST_GUILESS_MAIN(TestSyncLogRepository)
#include "tst_synclogrepository.moc"
