#include "BuildInfo.h"
#include "reports/IcpListing.h"
#include "reports/OssSummary.h"
#include "reports/PeriodDocuments.h"
#include "reports/ReportCsv.h"
#include "reports/VatReport.h"
#include "reports/VatReturnBox.h"
#include "ReportsFixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

// Issue 16 items 3 to 6: the VAT reconciliation, the ICP listing and the OSS summary of a quarter of documents
// booked in the e-Boekhouden emulator, their CSV, and `boekhoudbrug-cli report` with its CSV and PDF.
class TestReports : public QObject
{
    Q_OBJECT

    static QList<PeriodDocument> documents(const ReportsFixture& f)
    {
        return PeriodDocuments::read(*f.sync.store.database, f.sync.configuration.settings, ReportsFixture::mapping(),
                                     *ReportPeriod::parseQuarter(u"2026Q4"_qs));
    }

    static QString lineText(const VatReport::Line& l)
    {
        return QStringLiteral("%1 %2 %3 %4 %5/%6 %7/%8 %9")
            .arg(l.vatCode ? l.vatCode->name() : u"-"_qs, l.rate ? l.rate->toString() : u"-"_qs, l.country,
                 l.returnBox(), l.shopNet.toDecimalString(), l.shopVat.toDecimalString(), l.bookedNet.toDecimalString(),
                 l.bookedVat.toDecimalString(), l.difference().toDecimalString());
    }

    // The shop's own figures per rate and country, straight from the documents (lines and shipping), credit memos
    // negative, canceled invoices left out: what the report's shop columns must add up to.
    static std::map<std::pair<int, QString>, std::pair<qint64, qint64>> shopFigures()
    {
        std::map<std::pair<int, QString>, std::pair<qint64, qint64>> figures;
        const auto count = [&](const SalesDocument& document) {
            if (document.status == u"canceled")
                return;
            const qint64 sign = document.kind == DocumentKind::CreditMemo ? -1 : 1;
            const QString country = document.shippingAddress.countryCode.isEmpty()
                                        ? document.billingAddress.countryCode
                                        : document.shippingAddress.countryCode;
            for (const DocumentLine& line : document.lines) {
                auto& f = figures[{line.vatRate.basisPoints(), country}];
                f.first += sign * line.rowTotalExcl.cents();
                f.second += sign * (line.rowTotalIncl - line.rowTotalExcl).cents();
            }
            if (document.shipping) {
                auto& f = figures[{document.shipping->vatRate.basisPoints(), country}];
                f.first += sign * document.shipping->amountExcl.cents();
                f.second += sign * (document.shipping->amountIncl - document.shipping->amountExcl).cents();
            }
        };
        for (const Invoice& invoice : ReportsFixture::bookedInvoices())
            count(invoice);
        for (const CreditMemo& memo : ReportsFixture::bookedCreditMemos())
            count(memo);
        for (const Invoice& invoice : ReportsFixture::notBooked())
            count(invoice);
        return figures;
    }

private slots:
    void aQuarterIsWrittenAs2026Q4()
    {
        const std::optional<ReportPeriod> q4 = ReportPeriod::parseQuarter(u"2026Q4"_qs);
        QVERIFY(q4);
        QCOMPARE(q4->from, QDate(2026, 10, 1));
        QCOMPARE(q4->until, QDate(2026, 12, 31));
        QCOMPARE(q4->quarterName(), u"2026Q4"_qs);
        QCOMPARE(ReportPeriod::parseQuarter(u"2027q1"_qs)->until, QDate(2027, 3, 31));
        QVERIFY(!ReportPeriod::parseQuarter(u"2026Q5"_qs));
        QVERIFY(!ReportPeriod::parseQuarter(u"Q4 2026"_qs));
        QCOMPARE((ReportPeriod{QDate(2026, 11, 1), QDate(2026, 11, 30)}.quarterName()), QString());
    }

    void eachVatCodeLandsInItsReturnBox()
    {
        QCOMPARE(VatReturnBox::of(VatCode::HoogVerk21), u"1a"_qs);
        QCOMPARE(VatReturnBox::of(VatCode::LaagVerk9), u"1b"_qs);
        QCOMPARE(VatReturnBox::of(VatCode::VerlVerk), u"1e"_qs);
        QCOMPARE(VatReturnBox::of(VatCode::BuEuVerk), u"3a"_qs);
        QCOMPARE(VatReturnBox::of(VatCode::BiEuVerk), u"3b"_qs);
        QCOMPARE(VatReturnBox::of(VatCode::BiEuVerkD), u"3b"_qs);
        QCOMPARE(VatReturnBox::of(VatCode::AfstVerk), u"3c"_qs);
        QCOMPARE(VatReturnBox::of(VatCode::Geen), QString());
        QVERIFY(VatReturnBox::isVerified(VatCode::HoogVerk21));
        QVERIFY(!VatReturnBox::isVerified(VatCode::AfstVerk));
    }

    void theVatReportAgreesWithTheShopPerRateAndCountry()
    {
        ReportsFixture f;
        const VatReport report = VatReport::build(documents(f), *ReportPeriod::parseQuarter(u"2026Q4"_qs));
        QStringList lines;
        for (const VatReport::Line& line : report.lines)
            lines.append(lineText(line));
        QCOMPARE(lines, (QStringList{
                            u"HOOG_VERK_21 21 NL 1a 10.00/2.10 0.00/0.00 12.10"_qs,
                            u"LAAG_VERK_9 9 NL 1b 50.00/4.50 50.00/4.50 0.00"_qs,
                            u"BU_EU_VERK 0 US 3a 80.00/0.00 80.00/0.00 0.00"_qs,
                            u"BI_EU_VERK 0 DE 3b 200.00/0.00 200.00/0.00 0.00"_qs,
                            u"AFST_VERK 19 DE 3c 90.00/17.10 90.00/17.10 0.00"_qs,
                        }));
        const VatReport::Line total = report.totals();
        QCOMPARE(total.shopNet, Money::fromCents(43000));
        QCOMPARE(total.shopVat, Money::fromCents(2370));
        QCOMPARE(total.bookedNet, Money::fromCents(42000));
        QCOMPARE(total.bookedVat, Money::fromCents(2160));
        QCOMPARE(total.difference(), Money::fromCents(1210));

        // Per rate and country the report's shop columns are the shop's own figures, to the cent.
        std::map<std::pair<int, QString>, std::pair<qint64, qint64>> reported;
        for (const VatReport::Line& line : report.lines) {
            QVERIFY(line.rate);
            auto& r = reported[{line.rate->basisPoints(), line.country}];
            r.first += line.shopNet.cents();
            r.second += line.shopVat.cents();
        }
        QCOMPARE(reported, shopFigures());

        // The difference is explained: the invoice not booked yet is named, the canceled one is not a sale.
        QVERIFY2(report.notes.join(u'\n').contains(u"Invoice 000000006 is not booked yet"_qs),
                 qPrintable(report.notes.join(u'\n')));
        QVERIFY(!report.notes.join(u'\n').contains(u"000000007"_qs));
        QVERIFY(report.notes.join(u'\n').contains(u"Box 3c for VAT code AFST_VERK is not confirmed"_qs));
        // The return per box: what is booked of 1a, 1b, 3a, 3b, 3c.
        QList<QString> boxes;
        for (const auto& [box, line] : report.perBox())
            boxes.append(QStringLiteral("%1 %2/%3")
                             .arg(box, line.bookedNet.toDecimalString(), line.bookedVat.toDecimalString()));
        QCOMPARE(boxes, (QList<QString>{u"1a 0.00/0.00"_qs, u"1b 50.00/4.50"_qs, u"3a 80.00/0.00"_qs,
                                        u"3b 200.00/0.00"_qs, u"3c 90.00/17.10"_qs}));
        // The table's notes start with what goes into the return, box by box.
        QCOMPARE(report.table().notes.mid(0, 2), (QStringList{u"Box 1a: turnover 0.00, VAT 0.00 (booked)."_qs,
                                                              u"Box 1b: turnover 50.00, VAT 4.50 (booked)."_qs}));
    }

    // A booking recorded for another sum than the document's posting is not counted as booked: it shows as a
    // difference, and the note says what to do.
    void aBookingForAnotherSumIsNotCountedAsBooked()
    {
        ReportsFixture f;
        QSqlQuery q(f.sync.store.database->connection());
        QVERIFY(
            q.exec(u"UPDATE documents SET booked_amount = 5000 WHERE number = '000000002' AND kind = 'invoice'"_qs));
        const VatReport report = VatReport::build(documents(f), *ReportPeriod::parseQuarter(u"2026Q4"_qs));
        QCOMPARE(lineText(report.lines.at(1)), u"LAAG_VERK_9 9 NL 1b 50.00/4.50 0.00/0.00 54.50"_qs);
        QVERIFY2(report.notes.join(u'\n').contains(
                     u"Invoice 000000002 is booked for 50.00 incl. VAT, but its posting amounts to 54.50"_qs),
                 qPrintable(report.notes.join(u'\n')));
    }

    // A booked invoice the shop cancels later keeps its booking (DocumentRepository::upsertUnmappable): it stays in
    // both columns, and the note says to credit it. One canceled before it was booked is no sale and not in the report.
    void aBookedInvoiceCanceledLaterIsNamed()
    {
        ReportsFixture f;
        DocumentRepository(*f.sync.store.database)
            .upsertUnmappable(u"magento"_qs, DocumentKind::Invoice, u"4"_qs, u"000000004"_qs, "{}",
                              u"Invoice 000000004 was canceled in the shop."_qs, u"canceled"_qs);
        const VatReport report = VatReport::build(documents(f), *ReportPeriod::parseQuarter(u"2026Q4"_qs));
        QCOMPARE(lineText(report.lines.at(2)), u"BU_EU_VERK 0 US 3a 80.00/0.00 80.00/0.00 0.00"_qs);
        QVERIFY2(report.notes.join(u'\n').contains(
                     u"Invoice 000000004 is canceled in the shop but booked in e-Boekhouden: book a credit memo"_qs),
                 qPrintable(report.notes.join(u'\n')));
        QVERIFY(!report.notes.join(u'\n').contains(u"000000007"_qs));
    }

    void theIcpListingNamesEachCustomerVatNumber()
    {
        ReportsFixture f;
        const IcpListing listing = IcpListing::build(documents(f), *ReportPeriod::parseQuarter(u"2026Q4"_qs));
        QCOMPARE(listing.lines.size(), 1);
        QCOMPARE(listing.lines.first().country, u"DE"_qs);
        QCOMPARE(listing.lines.first().vatNumber, u"DE123456788"_qs);
        QCOMPARE(listing.lines.first().name, u"Müller GmbH"_qs);
        QCOMPARE(listing.lines.first().net, Money::fromCents(20000));
        QCOMPARE(listing.total(), Money::fromCents(20000));
        // What VIES said when the invoice was booked (the fixture's VIES knows the number).
        QCOMPARE(listing.lines.first().vies.status, ViesResult::Status::Valid);
        const QStringList line = listing.table().lines.first();
        QCOMPARE(line.size(), 5);
        QVERIFY2(line.at(4).startsWith(u"valid (checked "_qs), qPrintable(line.at(4)));
        // Only what is booked: with the ICP invoice not booked, the listing is empty and says why.
        QSqlQuery q(f.sync.store.database->connection());
        QVERIFY(q.exec(u"UPDATE documents SET sync_state = 'failed' WHERE id = %1"_qs.arg(f.icpId)));
        const IcpListing without = IcpListing::build(documents(f), *ReportPeriod::parseQuarter(u"2026Q4"_qs));
        QCOMPARE(without.lines.size(), 0);
        QCOMPARE(without.notes.size(), 1);
        QVERIFY(without.notes.first().contains(u"Invoice 000000003"_qs));
    }

    void theOssSummaryIsPerMemberStateAndRate()
    {
        ReportsFixture f;
        const OssSummary summary = OssSummary::build(documents(f), *ReportPeriod::parseQuarter(u"2026Q4"_qs));
        QCOMPARE(summary.lines.size(), 1);
        QCOMPARE(summary.lines.first().country, u"DE"_qs);
        QCOMPARE(summary.lines.first().rate, VatRate::percent(19));
        QCOMPARE(summary.lines.first().net, Money::fromCents(9000)); // 100.00 less the credit memo's 10.00
        QCOMPARE(summary.lines.first().vat, Money::fromCents(1710));
        QCOMPARE(summary.notes.size(), 0);
    }

    void theCsvHasOneHeaderRowAndDecimalAmounts()
    {
        ReportsFixture f;
        const ReportPeriod q4 = *ReportPeriod::parseQuarter(u"2026Q4"_qs);
        const QList<QByteArray> vat = ReportCsv::write(VatReport::build(documents(f), q4).table()).split('\n');
        QCOMPARE(vat.size(), 7); // header, five lines, and the empty rest after the last CRLF
        QCOMPARE(vat.at(0), QByteArray("vat_code,rate,country,return_box,shop_net,shop_vat,booked_net,booked_vat,"
                                       "difference\r"));
        QCOMPARE(vat.at(1), QByteArray("HOOG_VERK_21,21,NL,1a,10.00,2.10,0.00,0.00,12.10\r"));
        QCOMPARE(vat.at(5), QByteArray("AFST_VERK,19,DE,3c,90.00,17.10,90.00,17.10,0.00\r"));
        QCOMPARE(ReportCsv::write(IcpListing::build(documents(f), q4).table()),
                 QByteArray("country,vat_number,name,net\r\nDE,DE123456788,Müller GmbH,200.00\r\n"));
        QCOMPARE(ReportCsv::write(OssSummary::build(documents(f), q4).table()),
                 QByteArray("country,rate,net,vat\r\nDE,19,90.00,17.10\r\n"));
    }

    // `boekhoudbrug-cli report vat --quarter 2026Q4 --csv F --pdf F` on the profile's store.
    void theCliWritesCsvAndPdf()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.filePath(u"data"_qs).toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_qs).toUtf8());
        QCoreApplication::setOrganizationName(QString::fromLatin1(BuildInfo::organizationName));
        QCoreApplication::setApplicationName(QString::fromLatin1(BuildInfo::applicationName));
        const QString storePath = Database::defaultPath(u"default"_qs);
        {
            ReportsFixture f;
            QVERIFY(QDir().mkpath(QFileInfo(storePath).absolutePath()));
            QSqlQuery q(f.sync.store.database->connection());
            QVERIFY2(q.exec(u"VACUUM INTO '%1'"_qs.arg(storePath)), qPrintable(q.lastError().text()));
        }
        const auto cli = [&](const QStringList& arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"LANGUAGE"_qs, u"en"_qs);
            environment.remove(u"QT_QPA_PLATFORM"_qs); // the CLI chooses offscreen itself for a PDF
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(BOEKHOUDBRUG_CLI), arguments);
            if (!process.waitForFinished(60000))
                return std::make_tuple(-1, QString(), QString());
            return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError()));
        };
        const QString csv = home.filePath(u"vat.csv"_qs);
        const QString pdf = home.filePath(u"vat.pdf"_qs);
        const auto [code, out, err] =
            cli({u"report"_qs, u"vat"_qs, u"--quarter"_qs, u"2026Q4"_qs, u"--csv"_qs, csv, u"--pdf"_qs, pdf});
        QVERIFY2(code == 1, qPrintable(out + err)); // 1: the invoice not booked yet is a difference
        QVERIFY2(out.contains(u"LAAG_VERK_9\t9\tNL\t1b\t50.00\t4.50\t50.00\t4.50\t0.00"_qs), qPrintable(out));
        QVERIFY2(out.contains(u"Total\t\t\t\t430.00\t23.70\t420.00\t21.60\t12.10"_qs), qPrintable(out));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().split('\n');
        QCOMPARE(rows.at(0), QByteArray("vat_code,rate,country,return_box,shop_net,shop_vat,booked_net,booked_vat,"
                                        "difference\r"));
        QCOMPARE(rows.at(2), QByteArray("LAAG_VERK_9,9,NL,1b,50.00,4.50,50.00,4.50,0.00\r"));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.contains("/Type /Page\n") || bytes.contains("/Type /Page "), bytes.left(400).constData());

        const auto [ossCode, ossOut, ossErr] = cli({u"report"_qs, u"oss"_qs, u"--from"_qs, u"2026-11-01"_qs,
                                                    u"--until"_qs, u"2026-11-30"_qs, u"--csv"_qs, csv});
        QCOMPARE(ossCode, 0);
        QVERIFY(csvFile.seek(0) || (csvFile.close(), csvFile.open(QIODevice::ReadOnly)));
        csvFile.close();
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll(), QByteArray("country,rate,net,vat\r\nDE,19,90.00,17.10\r\n"));

        const auto [usage, usageOut, usageErr] = cli({u"report"_qs, u"vat"_qs, u"--quarter"_qs, u"2026Q5"_qs});
        QCOMPARE(usage, 64);
        QVERIFY(usageErr.contains(u"--quarter takes a quarter as 2026Q4"_qs));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
