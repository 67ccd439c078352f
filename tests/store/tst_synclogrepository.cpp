#include "i18n/LanguageLoader.h"
#include "store/CustomerRepository.h"
#include "store/DocumentRepository.h"
#include "store/SyncLogRepository.h"
#include "StoreFixture.h"

#include <QBuffer>
#include <QSqlQuery>
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

    void codedMessagesAndOldTextRowsReadBack()
    {
        StoreFixture store;
        SyncLogRepository log(*store.database);
        SyncLogEntry coded = entry(SyncLogEntry::Kind::Invoice, u"1001"_qs, {}, true, now);
        coded.message = LogMessage::coded(u"invoice.booked"_qs, {u"1001"_qs});
        const std::optional<qint64> id = log.append(coded);
        QVERIFY(id);
        QSqlQuery q(store.database->connection());
        QVERIFY(q.exec(u"SELECT message, message_code, message_args FROM sync_log WHERE id = %1"_qs.arg(*id)) &&
                q.next());
        // The words as written stay beside the code (search, CSV); the code and arguments render it anew.
        QCOMPARE(q.value(0).toString(), QStringLiteral("Invoice booked in e-Boekhouden as 1001."));
        QCOMPARE(q.value(1).toString(), QStringLiteral("invoice.booked"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("[\"1001\"]"));
        q.finish();

        // A row as schema 9 wrote it: text only.
        QVERIFY(q.exec(u"INSERT INTO sync_log (kind, platform, order_number, document_number, message, success, "
                       "created_at) VALUES ('invoice', 'e-Boekhouden', 'ORD1000', '1000', 'Invoice created', 1, "
                       "'2026-11-24T12:00:00Z')"_qs));
        const QList<SyncLogEntry> rows = log.find(SyncLogRepository::Filter{});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).message, coded.message);
        QVERIFY(rows.at(0).message.isCoded());
        QVERIFY(!rows.at(1).message.isCoded());
        QCOMPARE(rows.at(1).message.text(), QStringLiteral("Invoice created"));
        QCOMPARE(rows.at(1).attempts, 1);
    }

    // Issue 17 item 2: a row written in English is found by the Dutch words a Dutch reader sees, also when those
    // are a reason inside another message; the words as written still find it; words shown by no row find none.
    void searchFindsARowByTheWordsShownInTodaysLanguage()
    {
        LanguageLoader language;
        QVERIFY(language.apply(QStringLiteral("en")));
        StoreFixture store;
        SyncLogRepository log(*store.database);
        SyncLogEntry booked = entry(SyncLogEntry::Kind::Invoice, u"1001"_qs, {}, true, now);
        booked.message = LogMessage::coded(u"invoice.booked"_qs, {u"1001"_qs});
        QVERIFY(log.append(booked));
        SyncLogEntry refused = entry(SyncLogEntry::Kind::Invoice, u"1002"_qs, {}, false, now.addSecs(1));
        refused.message = LogMessage::coded(u"validation.error"_qs,
                                            {LogMessage::coded(u"customer.emailRequired"_qs, {u"1002"_qs, u"x"_qs})});
        QVERIFY(log.append(refused));
        QVERIFY(log.append(entry(SyncLogEntry::Kind::Invoice, u"1000"_qs, u"Invoice created"_qs, true, now)));
        const auto found = [&](const QString& text) {
            SyncLogRepository::Filter filter;
            filter.text = text;
            QStringList numbers;
            for (const SyncLogEntry& row : log.find(filter))
                numbers.append(row.documentNumber);
            numbers.sort();
            return numbers;
        };
        QCOMPARE(found(u"Factuur geboekt"_qs), QStringList());

        QVERIFY(language.apply(QStringLiteral("nl")));
        QCOMPARE(found(u"factuur geboekt"_qs), QStringList{u"1001"_qs});
        QCOMPARE(found(u"Validatiefout"_qs), QStringList{u"1002"_qs});
        QCOMPARE(found(u"geen geldig e-mailadres"_qs), QStringList{u"1002"_qs}); // the reason inside
        QCOMPARE(found(u"Invoice booked"_qs), QStringList{u"1001"_qs});          // the words as written
        QCOMPARE(found(u"1001"_qs), QStringList{u"1001"_qs});                    // an argument
        QCOMPARE(found(u"Invoice"_qs), (QStringList{u"1000"_qs, u"1001"_qs}));
        QCOMPARE(found(u"creditnota"_qs), QStringList());
        QVERIFY(language.apply(QStringLiteral("en")));
    }

    void retriesOfOneAttemptAreOneRow()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        const qint64 first = *documents.upsert(StoreFixture::invoice(u"1"_qs, u"1001"_qs));
        const qint64 second = *documents.upsert(StoreFixture::invoice(u"2"_qs, u"1002"_qs));
        SyncLogRepository log(*store.database);
        const auto failure = [&](qint64 document, const LogMessage& message, const QDateTime& at) {
            SyncLogEntry e = entry(SyncLogEntry::Kind::Invoice, QString::number(document), {}, false, at);
            e.documentId = document;
            e.message = message;
            return log.append(e);
        };
        const LogMessage noAnswer(u"e-Boekhouden did not answer in time."_qs);
        const std::optional<qint64> row = failure(first, noAnswer, now);
        QCOMPARE(failure(first, noAnswer, now.addSecs(30)), row);
        QCOMPARE(failure(first, noAnswer, now.addSecs(90)), row);
        SyncLogRepository::Filter invoices;
        QCOMPARE(log.count(invoices), 1);
        SyncLogEntry grouped = log.find(invoices).at(0);
        QCOMPARE(grouped.attempts, 3);
        QCOMPARE(grouped.createdAt, now);
        QCOMPARE(grouped.lastAttemptAt, now.addSecs(90));

        // Another reason, then the first one again: each its own row (only a repeat of the newest row counts).
        const LogMessage refused = LogMessage::coded(u"document.notMarkedSent"_qs, {u"1001"_qs});
        QVERIFY(failure(first, refused, now.addSecs(120)) != row);
        QVERIFY(failure(first, noAnswer, now.addSecs(130)) != row);
        QCOMPARE(log.count(invoices), 3);
        QVERIFY(failure(first, LogMessage::coded(u"document.notMarkedSent"_qs, {u"1001"_qs}), now.addSecs(131)));
        QCOMPARE(log.count(invoices), 4);
        // The same code with other arguments is another message; with the same ones, a retry.
        const std::optional<qint64> codedRow =
            failure(first, LogMessage::coded(u"document.notMarkedSent"_qs, {u"9999"_qs}), now.addSecs(132));
        QCOMPARE(log.count(invoices), 5);
        QCOMPARE(failure(first, LogMessage::coded(u"document.notMarkedSent"_qs, {u"9999"_qs}), now.addSecs(133)),
                 codedRow);
        QCOMPARE(log.count(invoices), 5);

        // A success is always a row of its own, and a failure after it starts a new one.
        SyncLogEntry booked =
            entry(SyncLogEntry::Kind::Invoice, u"1001"_qs, u"Invoice booked"_qs, true, now.addSecs(140));
        booked.documentId = first;
        QVERIFY(log.append(booked));
        QVERIFY(failure(first, noAnswer, now.addSecs(150)));
        QCOMPARE(log.count(invoices), 7);

        // Longer apart than the retries of one sync: the next sync's failure is a row of its own.
        const std::optional<qint64> early = failure(second, noAnswer, now);
        QVERIFY(failure(second, noAnswer, now.addSecs(SyncLogRepository::retryWindowMinutes * 60 + 1)) != early);
        QCOMPARE(log.count(invoices), 9);
    }

    void customerRowsNameTheirCustomer()
    {
        StoreFixture store;
        Customer nina;
        nina.shopId = QStringLiteral("5");
        nina.email = QStringLiteral("nina@example.nl");
        nina.firstName = QStringLiteral("Nina");
        nina.lastName = QStringLiteral("Nieuw");
        Customer bakery = nina;
        bakery.shopId = QStringLiteral("6");
        bakery.email = QStringLiteral("inkoop@dezon.nl");
        bakery.company = QStringLiteral("Bakkerij De Zon BV");
        CustomerRepository customers(*store.database);
        const qint64 ninaId = *customers.upsert(u"magento"_qs, nina);
        const qint64 bakeryId = *customers.upsert(u"magento"_qs, bakery);
        SyncLogRepository log(*store.database);
        for (const auto& [id, minutes] : {std::pair{ninaId, 1}, std::pair{bakeryId, 2}, std::pair{qint64(0), 3}}) {
            SyncLogEntry e =
                entry(SyncLogEntry::Kind::Customer, {}, u"Customer created"_qs, true, now.addSecs(60 * minutes));
            e.customerId = id;
            QVERIFY(log.append(e));
        }
        SyncLogRepository::Filter filter;
        filter.kind = SyncLogEntry::Kind::Customer;
        const QList<SyncLogEntry> rows = log.find(filter);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).customerName, QString());
        QCOMPARE(rows.at(1).customerName, QStringLiteral("Bakkerij De Zon BV (Nina Nieuw)"));
        QCOMPARE(rows.at(1).customerEmail, QStringLiteral("inkoop@dezon.nl"));
        QCOMPARE(rows.at(2).customerName, QStringLiteral("Nina Nieuw"));
        QCOMPARE(rows.at(2).customerEmail, QStringLiteral("nina@example.nl"));
    }

    void platformsOfALog()
    {
        StoreFixture store;
        SyncLogRepository log(*store.database);
        SyncLogEntry e = entry(SyncLogEntry::Kind::Invoice, u"1"_qs, u"Invoice created"_qs, true, now);
        QVERIFY(log.append(e));
        e.platform = QStringLiteral("Exact Online");
        QVERIFY(log.append(e));
        QVERIFY(log.append(e));
        QCOMPARE(log.platforms(SyncLogEntry::Kind::Invoice),
                 (QStringList{QStringLiteral("Exact Online"), QStringLiteral("e-Boekhouden")}));
        QCOMPARE(log.platforms(SyncLogEntry::Kind::CreditMemo), QStringList());
    }
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
        QCOMPARE(log.find(memos).at(0).message.text(), QStringLiteral("Invoice not found"));
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
        QCOMPARE(rows.at(0), QStringLiteral("ID,Order,Creditmemo ID,Message,Date Created,Platform,Success,Attempts"));
        QVERIFY2(rows.at(1).contains(QStringLiteral(
                     R"(ORD2001,2001,"Refused: ""invoice 1001"" not found, push it first",2026-11-25T12:00:00Z,)")),
                 qPrintable(rows.at(1)));
        QVERIFY(rows.at(1).endsWith(QStringLiteral(",e-Boekhouden,No,1")));
    }
};

QTEST_GUILESS_MAIN(TestSyncLogRepository)
#include "tst_synclogrepository.moc"
