// Benchmark (not a test): a store with N invoices (default 1,000,000) and the Invoices grid over it, offscreen.
// Prints the time to first paint, to apply a text filter, to sort, and the peak memory (RSS).
//   QT_QPA_PLATFORM=offscreen bench_grid [invoices=1000000] [store location] [--without-trigram-indexes]
// The store location is a new, empty PostgreSQL database (postgresql://user@127.0.0.1:port/name) or a SQLite
// file; by default a SQLite file in a temporary folder. --without-trigram-indexes leaves a PostgreSQL store at
// schema step 14, before the trigram indexes of step 17: the search as it was before them.

#include "DocumentTableModel.h"
#include "store/Database.h"
#include "store/DocumentQuery.h"
#include "store/Migrations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

// PostgreSQL: the same rows as fill() below, made by the server in one statement (a million inserts one by one
// over a socket would take longer than everything measured here).
void fillPostgres(const Database& database, int count)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO documents (platform, kind, shop_id, number, order_number, website, document_date, "
        "customer_email, customer_name, company, vat_number, country_code, total_excl, total_vat, total_incl, "
        "sync_state) SELECT 'magento', 'invoice', i::text, (100000000 + i)::text, (100000000 + i)::text, "
        "'Main Website', to_char(DATE '2020-01-01' + (i % 2000), 'YYYY-MM-DD'), 'klant' || (i % 50000) || "
        "'@example.nl', 'Klant ' || (i % 50000), CASE WHEN i % 7 = 0 THEN 'Bedrijf ' || (i % 5000) || ' BV' "
        "ELSE '' END, CASE WHEN i % 7 = 0 THEN 'NL' || (100000000 + i % 5000) || 'B01' ELSE '' END, "
        "(ARRAY['NL', 'BE', 'DE', 'FR'])[i % 4 + 1], 1000 + i % 90000, 210 + i % 18900, 1210 + i % 108900, "
        "(ARRAY['posted', 'pending', 'failed'])[i % 3 + 1] FROM generate_series(1, ?) AS i"));
    q.addBindValue(count);
    if (!q.exec())
        qFatal("fill: %s", qPrintable(q.lastError().text()));
    // What autovacuum does soon after a large import: the planner learns the table's size and values.
    if (!q.exec(QStringLiteral("ANALYZE documents")))
        qFatal("analyze: %s", qPrintable(q.lastError().text()));
}

// Rows straight into the table in one transaction: the grid reads only its indexed columns.
void fill(const Database& database, int count)
{
    if (database.isPostgres()) {
        fillPostgres(database, count);
        return;
    }
    QSqlDatabase db = database.connection();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO documents (platform, kind, shop_id, number, order_number, website, document_date, "
        "customer_email, customer_name, company, vat_number, country_code, total_excl, total_vat, total_incl, "
        "sync_state) VALUES ('magento', 'invoice', ?, ?, ?, 'Main Website', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QStringList countries{QStringLiteral("NL"), QStringLiteral("BE"), QStringLiteral("DE"), QStringLiteral("FR")};
    const QStringList states{QStringLiteral("posted"), QStringLiteral("pending"), QStringLiteral("failed")};
    for (int i = 1; i <= count; ++i) {
        const QString number = QString::number(100000000 + i);
        q.addBindValue(QString::number(i));
        q.addBindValue(number);
        q.addBindValue(number);
        q.addBindValue(QDate(2020, 1, 1).addDays(i % 2000).toString(Qt::ISODate));
        q.addBindValue(QStringLiteral("klant%1@example.nl").arg(i % 50000));
        q.addBindValue(QStringLiteral("Klant %1").arg(i % 50000));
        q.addBindValue(i % 7 == 0 ? QStringLiteral("Bedrijf %1 BV").arg(i % 5000) : QStringLiteral(""));
        q.addBindValue(i % 7 == 0 ? QStringLiteral("NL%1B01").arg(100000000 + i % 5000) : QStringLiteral(""));
        q.addBindValue(countries.at(i % 4));
        q.addBindValue(qint64(1000 + i % 90000));
        q.addBindValue(qint64(210 + i % 18900));
        q.addBindValue(qint64(1210 + i % 108900));
        q.addBindValue(states.at(i % 3));
        q.exec();
    }
    db.commit();
}

double msSince(QElapsedTimer& timer)
{
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int count = app.arguments().value(1, QStringLiteral("1000000")).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString location = app.arguments().value(2, dir.filePath(QStringLiteral("grid.sqlite")));
    const bool withoutTrigrams = app.arguments().contains(QStringLiteral("--without-trigram-indexes"));
    Database database(location);
    QElapsedTimer timer;
    timer.start();
    if (database.isPostgres()) {
        // Filled at step 14, then upgraded: step 17 builds its indexes over the rows, as for a store in use.
        // Without them the store stays at 14: the search as it was before.
        QSqlDatabase db = database.connection();
        if (!Migrations::migrate(db, 14).ok)
            qFatal("cannot make a store at step 14: %s", qPrintable(db.lastError().text()));
        fill(database, count);
        out << "store with " << count << " invoices built in " << msSince(timer) / 1000.0 << " s (PostgreSQL)"
            << Qt::endl;
        if (!withoutTrigrams) {
            if (!database.open())
                qFatal("%s", qPrintable(database.lastError()));
            QSqlQuery(db).exec(QStringLiteral("ANALYZE documents")); // the statistics of the indexes' expressions
            out << "upgraded to step " << database.schemaVersion() << " (trigram indexes) in "
                << msSince(timer) / 1000.0 << " s" << Qt::endl;
        } else {
            out << "left at step 14, without the trigram indexes" << Qt::endl;
        }
    } else {
        if (!database.open())
            qFatal("%s", qPrintable(database.lastError()));
        fill(database, count);
        out << "store with " << count << " invoices built in " << msSince(timer) / 1000.0 << " s (SQLite)" << Qt::endl;
    }
    // The plan of the first text filter's count and first page (EXPLAIN), to see what the figures measure.
    DocumentFilter planned;
    planned.text = QStringLiteral("klant4242@");
    for (const QString& line : DocumentQuery(database).plan(planned))
        out << "  plan: " << line << Qt::endl;
    timer.restart();

    QTableView view;
    view.resize(1200, 800);
    timer.restart();
    DocumentTableModel model(database, DocumentKind::Invoice);
    view.setModel(&model);
    view.show();
    view.grab(); // paints the visible rows: the first page is read
    out << "open (count + first paint): " << msSince(timer) << " ms, " << model.rowCount() << " rows" << Qt::endl;

    DocumentFilter filter;
    filter.text = QStringLiteral("Bedrijf 42");
    model.setFilter(filter);
    view.grab();
    out << "text filter \"" << filter.text << "\": " << msSince(timer) << " ms, " << model.rowCount() << " rows"
        << Qt::endl;

    filter.text = QStringLiteral("klant4242@");
    model.setFilter(filter);
    view.grab();
    out << "text filter \"" << filter.text << "\": " << msSince(timer) << " ms, " << model.rowCount() << " rows"
        << Qt::endl;

    filter.text.clear();
    filter.countryCode = QStringLiteral("BE");
    model.setFilter(filter);
    view.grab();
    out << "country filter BE: " << msSince(timer) << " ms, " << model.rowCount() << " rows" << Qt::endl;

    filter = DocumentFilter{};
    model.setFilter(filter);
    model.sort(static_cast<int>(DocumentQuery::Column::TotalIncl), Qt::DescendingOrder);
    view.grab();
    out << "sort by total incl. (unindexed column): " << msSince(timer) << " ms" << Qt::endl;
    model.sort(static_cast<int>(DocumentQuery::Column::Date), Qt::AscendingOrder);
    view.grab();
    out << "sort by date (indexed): " << msSince(timer) << " ms" << Qt::endl;

    view.scrollToBottom();
    view.grab();
    out << "scroll to the last row: " << msSince(timer) << " ms" << Qt::endl;
    out << "peak RSS: " << peakRssMb() << " MB" << Qt::endl;
    return 0;
}
