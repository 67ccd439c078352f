#include "store/AuditTrailRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/DocumentQuery.h"
#include "store/DocumentRepository.h"
#include "store/PaymentRepository.h"
#include "store/StoreMigration.h"
#include "store/SyncLogRepository.h"
#include "store/VatMappingRepository.h"
#include "StoreFixture.h"
#include "TestStore.h"

#include <QSqlQuery>
#include <QtTest>

// Issue 18 item 4: a profile's store moved from SQLite to PostgreSQL and back, nothing lost (row counts and a
// checksum per table compared). Needs the pg_cluster fixture: it never skips.
class TestStoreMigration : public QObject
{
    Q_OBJECT

    static void fill(const Database& database)
    {
        DocumentRepository documents(database);
        for (int i = 1; i <= 40; ++i) {
            Invoice invoice =
                StoreFixture::invoice(QString::number(i), QStringLiteral("1000000%1").arg(i, 2, 10, QChar(u'0')));
            invoice.paid = i % 3 == 0;
            invoice.customer.lastName = i % 2 ? u"Pietersen"_qs : u"Ünal"_qs; // not only ASCII
            const qint64 id = *documents.upsert(invoice);
            if (i <= 10) {
                QVERIFY(documents.transition(id, SyncState::Pending, SyncState::InFlight));
                DocumentRepository::Transition booked;
                booked.eboekhoudenId = QString::number(5000 + i);
                booked.eboekhoudenNumber = invoice.number;
                booked.relationId = 77;
                booked.amount = invoice.totalIncl;
                QVERIFY(documents.transition(id, SyncState::InFlight, SyncState::Posted, booked));
                Payment payment{u"p"_qs + QString::number(i), u"mollie"_qs, u"tr_1"_qs, invoice.totalIncl,
                                QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC)};
                QVERIFY(PaymentRepository(database).record(id, payment.shopId, payment,
                                                           PaymentRepository::State::Posted, u"9001"_qs));
                AuditEntry entry;
                entry.documentId = id;
                entry.method = u"POST"_qs;
                entry.endpoint = u"/v1/mutation"_qs;
                entry.requestBody = u"{\"invoiceNumber\":\"x\"}"_qs;
                entry.status = 201;
                QVERIFY(AuditTrailRepository(database).append(entry));
            }
        }
        QVERIFY(documents.upsertUnmappable(u"magento"_qs, DocumentKind::Invoice, u"99"_qs, u"100000099"_qs,
                                           "not json {", u"no lines"_qs));
        Customer c;
        c.shopId = u"17"_qs;
        c.email = u"klaartje@example.nl"_qs;
        QVERIFY(CustomerRepository(database).upsert(u"magento"_qs, c));
        SyncLogEntry log;
        log.kind = SyncLogEntry::Kind::Invoice;
        log.platform = u"magento"_qs;
        log.message = u"booked, with a ' quote and a \\ backslash"_qs;
        log.success = true;
        QVERIFY(SyncLogRepository(database).append(log));
        VatMapping mapping;
        VatMappingEntry rule;
        rule.documentClass = DocumentClass::Domestic;
        rule.rate = VatRate::percent(21);
        rule.vatCode = *VatCode::fromName(u"HOOG_VERK_21"_qs);
        rule.revenueLedger = u"8000"_qs;
        mapping.entries = {rule};
        QVERIFY(VatMappingRepository(database).save(mapping));
    }

    static qint64 rowsOf(const StoreMigration::Outcome& outcome, const QString& table)
    {
        for (const StoreMigration::Table& t : outcome.tables) {
            if (t.name == table)
                return t.targetRows;
        }
        return -1;
    }

private slots:
    void sqliteToPostgresAndBackLosesNothing()
    {
        QTemporaryDir dir;
        Database sqlite(dir.filePath(u"profile.sqlite"_qs));
        QVERIFY(sqlite.open());
        fill(sqlite);

        Database postgres(TestStore::newPostgresDatabase());
        QVERIFY2(postgres.open(), qPrintable(postgres.lastError()));
        const StoreMigration::Outcome there = StoreMigration::copy(sqlite, postgres);
        QVERIFY2(there.ok, qPrintable(there.error));
        QCOMPARE(there.tables.size(), StoreMigration::tables(sqlite).size());
        QCOMPARE(rowsOf(there, u"documents"_qs), 41);
        QCOMPARE(rowsOf(there, u"payments"_qs), 10);
        QCOMPARE(rowsOf(there, u"audit_trail"_qs), 10);
        QCOMPARE(rowsOf(there, u"customers"_qs), 1);
        QCOMPARE(rowsOf(there, u"sync_log"_qs), 1);
        QCOMPARE(rowsOf(there, u"vat_mapping"_qs), 1);
        QVERIFY(!StoreMigration::tables(postgres).contains(u"documents_search"_qs));
        for (const StoreMigration::Table& t : there.tables)
            QVERIFY2(t.equal(), qPrintable(t.name));

        // The copy works as a store: ids go on after the copied ones, bookings are as they were.
        DocumentRepository onPostgres(postgres);
        QCOMPARE(onPostgres.count(DocumentKind::Invoice, SyncState::Posted), 10);
        QCOMPARE(onPostgres.findByNumber(DocumentKind::Invoice, u"100000004"_qs)->eboekhoudenId, u"5004"_qs);
        const std::optional<qint64> added = onPostgres.upsert(StoreFixture::invoice(u"41"_qs, u"100000041"_qs));
        QVERIFY(added);
        QCOMPARE(*added, 42);

        // Into an store that holds data: refused, nothing changed.
        const StoreMigration::Outcome refused = StoreMigration::copy(sqlite, postgres);
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(u"already holds data"_qs));
        QCOMPARE(onPostgres.count(DocumentKind::Invoice), 42);

        // And back to a new file: equal again, and the file's full-text search rebuilt by its triggers.
        Database back(dir.filePath(u"back.sqlite"_qs));
        QVERIFY(back.open());
        const StoreMigration::Outcome home = StoreMigration::copy(postgres, back);
        QVERIFY2(home.ok, qPrintable(home.error));
        QCOMPARE(rowsOf(home, u"documents"_qs), 42);
        DocumentFilter filter;
        filter.text = u"Ünal"_qs;
        QCOMPARE(DocumentQuery(back).count(filter), 20);
        filter.text = u"100000041"_qs;
        QCOMPARE(DocumentQuery(back).count(filter), 1);
    }

    void aChangedRowChangesTheChecksum()
    {
        QTemporaryDir dir;
        Database sqlite(dir.filePath(u"profile.sqlite"_qs));
        QVERIFY(sqlite.open());
        fill(sqlite);
        Database postgres(TestStore::newPostgresDatabase());
        QVERIFY(postgres.open());
        QVERIFY(StoreMigration::copy(sqlite, postgres).ok);
        const QStringList columns = StoreMigration::columns(sqlite, u"documents"_qs);
        const auto before = StoreMigration::summary(postgres, u"documents"_qs, columns);
        QCOMPARE(before, StoreMigration::summary(sqlite, u"documents"_qs, columns));
        QSqlQuery q(postgres.connection());
        QVERIFY(q.exec(u"UPDATE documents SET total_incl = total_incl + 1 WHERE id = 7"_qs));
        const auto after = StoreMigration::summary(postgres, u"documents"_qs, columns);
        QCOMPARE(after.first, before.first);
        QVERIFY(after.second != before.second);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
