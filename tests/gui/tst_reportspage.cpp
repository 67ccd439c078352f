#include "ReconciliationPage.h"
#include "reports/IcpListing.h"
#include "ReportsPage.h"
#include "store/ViesResultRepository.h"
#include "sync/ReportsFixture.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

// Issue 16 item 6 on screen: the Reports page fills its three tables with totals from a booked quarter, in the
// user's locale, charts the VAT per rate and country, and exports CSV and PDF; the Reconciliation screen runs on
// a worker thread against the emulator and lists the differences.
class TestReportsPage : public QObject
{
    Q_OBJECT

    static QStringList row(const QTableWidget* table, int row)
    {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        return cells;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }

    void theTablesShowTheQuarterWithTotals()
    {
        ReportsFixture f;
        ReportsPage page(*f.sync.store.database);
        page.setConfiguration(&f.sync.configuration);
        // Until a period is chosen the page shows the quarter of the newest document (2 November 2026).
        page.refresh();
        QCOMPARE(page.vatReport().period.quarterName(), u"2026Q4"_qs);
        QCOMPARE(page.findChild<QComboBox*>(u"reportQuarter"_qs)->currentText(), u"2026Q4"_qs);

        const QTableWidget* vat = page.table(ReportsPage::VatTab);
        QCOMPARE(vat->rowCount(), 6); // five lines and the totals
        QCOMPARE(row(vat, 1), (QStringList{u"LAAG_VERK_9"_qs, u"9"_qs, u"NL"_qs, u"1b"_qs, u"50,00"_qs, u"4,50"_qs,
                                           u"50,00"_qs, u"4,50"_qs, u"0,00"_qs}));
        QCOMPARE(
            row(vat, 5),
            (QStringList{u"Total"_qs, {}, {}, {}, u"430,00"_qs, u"23,70"_qs, u"420,00"_qs, u"21,60"_qs, u"12,10"_qs}));
        QVERIFY(vat->item(5, 4)->font().bold());
        QVERIFY(page.notes(ReportsPage::VatTab)->text().contains(u"Invoice 000000006 is not booked yet"_qs));

        const QTableWidget* icp = page.table(ReportsPage::IcpTab);
        QCOMPARE(icp->rowCount(), 2);
        QCOMPARE(row(icp, 0).mid(0, 4), (QStringList{u"DE"_qs, u"DE123456788"_qs, u"Müller GmbH"_qs, u"200,00"_qs}));
        QCOMPARE(row(icp, 0).at(4), IcpListing::viesText(ViesResultRepository(*f.sync.store.database).find(f.icpId)));
        QCOMPARE(row(icp, 1).at(3), u"200,00"_qs);

        const QTableWidget* oss = page.table(ReportsPage::OssTab);
        QCOMPARE(oss->rowCount(), 2);
        QCOMPARE(row(oss, 0), (QStringList{u"DE"_qs, u"19"_qs, u"90,00"_qs, u"17,10"_qs}));

        // The chart: shop and booked VAT for each line that has VAT (21 % NL, 9 % NL, 19 % DE).
        QCOMPARE(page.chart()->series().size(), 1);
        auto* bars = qobject_cast<QBarSeries*>(page.chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(bars->barSets().at(0)->count(), 3);
        QCOMPARE(bars->barSets().at(0)->at(0), 2.10); // shop VAT at 21 % NL (the invoice not booked yet)
        QCOMPARE(bars->barSets().at(1)->at(0), 0.0);

        // A period without documents: empty tables, totals zero, and a note that says so.
        page.setPeriod(QDate(2026, 7, 1), QDate(2026, 9, 30));
        QCOMPARE(vat->rowCount(), 1);
        QCOMPARE(row(vat, 0).at(4), u"0,00"_qs);
        QVERIFY(page.notes(ReportsPage::OssTab)->text().contains(u"Nothing in this period."_qs));
    }

    // After a sync the window asks the page to refresh; a hidden page reads the store only when it is shown.
    void aHiddenPageIsReadWhenShown()
    {
        ReportsFixture f;
        ReportsPage page(*f.sync.store.database);
        page.setConfiguration(&f.sync.configuration);
        page.refresh();
        QCOMPARE(page.table(ReportsPage::VatTab)->rowCount(), 6);
        QSqlQuery q(f.sync.store.database->connection());
        QVERIFY(
            q.exec(u"UPDATE documents SET sync_state = 'posted', booked_amount = 1210 WHERE number = '000000006'"_qs));
        page.refreshWhenShown(); // hidden: not read yet
        QCOMPARE(page.vatReport().totals().bookedNet, Money::fromCents(42000));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.vatReport().totals().bookedNet, Money::fromCents(43000));
        QCOMPARE(page.vatReport().totals().difference(), Money());
    }

    void eachReportExportsAsCsvAndPdf()
    {
        ReportsFixture f;
        ReportsPage page(*f.sync.store.database);
        page.setConfiguration(&f.sync.configuration);
        page.setPeriod(QDate(2026, 10, 1), QDate(2026, 12, 31));
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"oss.csv"_qs);
        QCOMPARE(page.exportCsv(ReportsPage::OssTab, csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("country,rate,net,vat\r\nDE,19,90.00,17.10\r\n"));
        const QString pdf = dir.filePath(u"vat.pdf"_qs);
        QCOMPARE(page.exportPdf(ReportsPage::VatTab, pdf), QString());
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Type /Page"));
        QVERIFY(!page.exportCsv(ReportsPage::VatTab, dir.filePath(u"no/such/folder/vat.csv"_qs)).isEmpty());
    }

    void theReconciliationRunsInTheBackgroundAndListsDifferences()
    {
        // Two invoices booked, a third added after the sync (SyncFixture's November 2026 documents).
        SyncFixture f;
        f.add(SyncFixture::magentoInvoice(1, 1));
        f.add(SyncFixture::magentoInvoice(2, 2));
        QCOMPARE(f.engine()->runPending().posted, 2);
        f.add(SyncFixture::magentoInvoice(3, 3));
        ReconciliationPage page(*f.store.database);
        const QUrl url = f.emulator.restUrl();
        const QString token = f.token;
        page.setClientFactory([url, token] {
            RestClient::Settings settings;
            settings.baseUrl = url;
            settings.timeoutMs = 1500;
            settings.wait = [](int) {};
            return std::unique_ptr<EBoekhoudenClient>(std::make_unique<RestClient>(token, settings));
        });
        page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QSignalSpy finished(&page, &ReconciliationPage::finished);
        page.start();
        QVERIFY(page.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!page.isRunning());
        QCOMPARE(page.differences()->rowCount(), 1);
        QCOMPARE(page.differences()->item(0, 0)->text(), u"Not booked"_qs);
        QCOMPARE(page.differences()->item(0, 1)->text(), u"Invoice 000000003"_qs);
        QVERIFY(page.differences()->item(0, 2)->text().contains(u"Run a sync to book it"_qs));
        QVERIFY2(page.summary()->text().contains(u"1 difference(s)"_qs), qPrintable(page.summary()->text()));

        // Cancel: the answer of the run under way is dropped, nothing is listed from it.
        page.start();
        page.cancel();
        QVERIFY(!page.isRunning());
        QVERIFY(!finished.wait(1500));
        QVERIFY(page.summary()->text().contains(u"cancelled"_qs));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
