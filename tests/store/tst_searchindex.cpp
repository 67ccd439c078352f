#include "store/CustomerQuery.h"
#include "store/DocumentQuery.h"
#include "store/Migrations.h"
#include "store/SqlDialect.h"
#include "StoreFixture.h"

#include <QSqlQuery>
#include <QtTest>

// The grids' free-text search finds its rows through an index on both back-ends (issue 18): SQLite through its
// trigram table documents_search (step 6), PostgreSQL through the trigram indexes of step 17. Checked on the
// plans the store chooses for the grid's own queries (DocumentQuery::plan, CustomerQuery::plan) over 200,000
// rows, as many as PostgreSQL needs before six index look-ups cost it less than one read of the table (at 60,000
// it still scans). Run on both back-ends (the _pg variant).
class TestSearchIndex : public QObject
{
    Q_OBJECT

    static constexpr int rows = 200000;

    // A store at step 14 (before the trigram indexes) with `rows` rows in `table`, made by the store itself in one
    // statement (a recursive count, which both back-ends know), then upgraded: step 17 builds its indexes over
    // the rows there are, as it does for a shared store in use. Analysed, so the planner knows the rows.
    static std::unique_ptr<Database> filledStore(const QTemporaryDir& dir, const QString& table)
    {
        auto database = std::make_unique<Database>(TestStore::freshLocation(dir, QStringLiteral("store")));
        QSqlDatabase db = database->connection();
        if (!Migrations::migrate(db, 14).ok)
            qFatal("cannot make a store at step 14");
        QSqlQuery q(db);
        const QString count = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                             "WHERE i < %1) ")
                                  .arg(rows);
        const QString documents = QStringLiteral(
            "INSERT INTO documents (platform, kind, shop_id, number, order_number, document_date, customer_email, "
            "  customer_name, company, vat_number, country_code, sync_state) "
            "SELECT 'magento', CASE WHEN i % 10 = 0 THEN 'creditmemo' ELSE 'invoice' END, CAST(i AS TEXT), "
            "  CAST(100000000 + i AS TEXT), CAST(200000000 + i AS TEXT), '2026-11-02', "
            "  'klant' || CAST(i AS TEXT) || '@example.nl', 'Klant ' || CAST(i AS TEXT), "
            "  'Bedrijf ' || CAST(i % 5000 AS TEXT) || ' BV', '', 'NL', 'posted' FROM n");
        const QString customers =
            QStringLiteral("INSERT INTO customers (platform, shop_id, email, first_name, last_name, company) "
                           "SELECT 'magento', CAST(i AS TEXT), 'klant' || CAST(i AS TEXT) || '@example.nl', 'Klant', "
                           "  'Nummer ' || CAST(i AS TEXT), '' FROM n");
        if (!q.exec(count + (table == u"documents" ? documents : customers)))
            qFatal("cannot fill the store: %s", qPrintable(q.lastError().text()));
        if (!database->open())
            qFatal("cannot upgrade the store: %s", qPrintable(database->lastError()));
        if (!q.exec(u"ANALYZE "_qs + table))
            qFatal("cannot analyse: %s", qPrintable(q.lastError().text()));
        return database;
    }

private slots:
    void documentSearchUsesTheIndex()
    {
        QTemporaryDir dir;
        const std::unique_ptr<Database> store = filledStore(dir, u"documents"_qs);
        const DocumentQuery query(*store);
        DocumentFilter filter;
        filter.text = u"KLANT4242@"_qs; // the case of the search is not the column's
        QCOMPARE(query.count(filter), 1);
        filter.text = u" bedrijf 4242 "_qs; // trimmed: "Bedrijf 4242 BV", one invoice in 5,000 documents
        QCOMPARE(query.count(filter), rows / 5000);

        const QStringList plan = query.plan(filter);
        const QString text = plan.join(u'\n');
        if (TestStore::onPostgres()) {
            // The count and the first page each: one bitmap scan a searched column, none of the table.
            QCOMPARE(plan.filter(u"Bitmap Index Scan on documents_trgm_company"_qs).size(), 2);
            for (const QString& column :
                 {u"number"_qs, u"order_number"_qs, u"customer_name"_qs, u"customer_email"_qs, u"vat_number"_qs})
                QCOMPARE(plan.filter(u"Bitmap Index Scan on documents_trgm_"_qs + column).size(), 2);
            QVERIFY2(!text.contains(u"Seq Scan"_qs), qPrintable(text));
        } else {
            // SQLite: the trigram table answers the MATCH for both; the table is read by row id only.
            QCOMPARE(plan.filter(u"documents_search VIRTUAL TABLE"_qs).size(), 2);
            QVERIFY2(!text.contains(u"SCAN documents"_qs + u'\n') && !text.endsWith(u"SCAN documents"_qs),
                     qPrintable(text));
        }
    }

    void customerSearchUsesTheIndexOnPostgres()
    {
        QTemporaryDir dir;
        const std::unique_ptr<Database> store = filledStore(dir, u"customers"_qs);
        const CustomerQuery query(*store);
        CustomerQuery::Filter filter;
        filter.text = u"Klant4242@Example"_qs;
        QCOMPARE(query.count(filter), 1);
        const QString plan = query.plan(filter).join(u'\n');
        if (TestStore::onPostgres()) {
            QVERIFY2(plan.contains(u"Bitmap Index Scan on customers_trgm_email"_qs), qPrintable(plan));
            QVERIFY2(plan.contains(u"Bitmap Index Scan on customers_trgm_debtor_code"_qs), qPrintable(plan));
            QVERIFY2(!plan.contains(u"Seq Scan"_qs), qPrintable(plan));
        } else {
            // SQLite has no index for the customers' search (a scan, as before step 17): the step adds none.
            QVERIFY2(plan.contains(u"SCAN customers"_qs), qPrintable(plan));
        }
    }

    // Step 17 is PostgreSQL's: on SQLite it leaves the schema as step 14 made it (the dialect drops it).
    void stepSeventeenIsPostgresOnly()
    {
        using K = SqlDialect::Kind;
        const auto step = std::find_if(Migrations::steps().cbegin(), Migrations::steps().cend(),
                                       [](const Migrations::Step& s) { return s.version == 17; });
        QVERIFY(step != Migrations::steps().cend());
        QCOMPARE(step->statements.size(), 13);
        QCOMPARE(SqlDialect::translate(K::Sqlite, step->statements), QStringList());
        QCOMPARE(SqlDialect::translate(K::Postgres, step->statements), step->statements);

        StoreFixture store;
        QSqlQuery q(store.database->connection());
        const QString indexes =
            TestStore::onPostgres()
                ? u"SELECT COUNT(*) FROM pg_indexes WHERE indexname LIKE '%\\_trgm\\_%'"_qs
                : u"SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%\\_trgm\\_%' ESCAPE '\\'"_qs;
        QVERIFY2(q.exec(indexes) && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), TestStore::onPostgres() ? 12 : 0);
        QCOMPARE(Migrations::currentVersion(store.database->connection()), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
