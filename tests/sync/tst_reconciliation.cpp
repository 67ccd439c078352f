#include "ReportsFixture.h"
#include "store/DocumentRepository.h"
#include "sync/Reconciliation.h"
#include "SyncFixture.h"

#include <QSqlQuery>
#include <QtTest>

// Issue 16 item 2: e-Boekhouden's sales bookings of a period read back and compared with the shop's documents.
class TestReconciliation : public QObject
{
    Q_OBJECT

    // November 2026, the month of the fixture's documents.
    const QDate first{2026, 11, 1};
    const QDate last{2026, 11, 30};

    static std::unique_ptr<RestClient> restClient(const SyncFixture& f)
    {
        RestClient::Settings settings;
        settings.baseUrl = f.emulator.restUrl();
        settings.timeoutMs = 1500;
        settings.wait = [](int) {};
        return std::make_unique<RestClient>(f.token, settings);
    }

    // Three invoices of 29.20 and a credit memo of the first, dated 2 November 2026 (StoreFixture), all booked.
    struct Booked
    {
        QList<qint64> ids;
    };
    static Booked bookAll(SyncFixture& f)
    {
        Booked booked;
        for (int i = 1; i <= 3; ++i)
            booked.ids.append(f.add(SyncFixture::magentoInvoice(i, i)));
        booked.ids.append(f.add(SyncFixture::magentoCreditMemo(1, 1, 1)));
        const SyncSummary summary = f.engine()->runPending();
        if (summary.posted != 4)
            qFatal("expected 4 booked, got %d", summary.posted);
        return booked;
    }

    static qint64 bookingOf(const SyncFixture& f, const QString& number)
    {
        for (const auto& mutation : f.emulator.state().mutations())
            if (mutation.invoiceNumber == number && mutation.type == 2)
                return mutation.id;
        return 0;
    }

private slots:
    // An OSS sale books its foreign VAT as an amount on the country's VAT ledger with GEEN (seed 004), so
    // e-Boekhouden's own VAT of that booking is 0: with the posting rules that is what is expected, and the OSS
    // invoice and its credit memo agree. (Before, both were reported as vat_differs.)
    void ossBookingsAgreeWithTheirPostingsVat()
    {
        ReportsFixture f;
        auto client = restClient(f.sync);
        Reconciliation reconciliation(*f.sync.store.database, *client);
        reconciliation.setPostingRules(f.sync.configuration.settings, ReportsFixture::mapping());
        const Reconciliation::Report report = reconciliation.run(first, last);
        QVERIFY(!report.error);
        QCOMPARE(report.bookings, 7);
        QCOMPARE(report.matched, 7);
        QStringList findings;
        for (const Reconciliation::Difference& d : report.differences)
            findings.append(Reconciliation::findingName(d.finding) + u' ' + d.number);
        // Only the invoice added after the sync (ReportsFixture) is not booked.
        QCOMPARE(findings, (QStringList{u"not_booked 000000006"_qs}));
    }

    void afterASyncNothingDiffers()
    {
        SyncFixture f;
        bookAll(f);
        auto client = restClient(f);
        const Reconciliation::Report report = Reconciliation(*f.store.database, *client).run(first, last);
        QVERIFY(!report.error);
        QCOMPARE(report.bookings, 4);
        QCOMPARE(report.matched, 4);
        QCOMPARE(report.differences.size(), 0);
        QVERIFY(report.clean());
        // A period without the documents' date: nothing there, nothing of ours either.
        const Reconciliation::Report december =
            Reconciliation(*f.store.database, *client).run(QDate(2026, 12, 1), QDate(2026, 12, 31));
        QCOMPARE(december.bookings, 0);
        QVERIFY(december.clean());
    }

    // GET /v1/mutation's date[range] is inclusive on both ends (API-eboekhouden.md §1.2), over REST and SOAP.
    void thePeriodIncludesBothEnds()
    {
        SyncFixture f;
        bookAll(f);
        auto rest = restClient(f);
        QCOMPARE(rest->salesMutations(QDate(2026, 11, 2), QDate(2026, 11, 2)).value().size(), 4);
        QCOMPARE(rest->salesMutations(QDate(2026, 10, 1), QDate(2026, 11, 1)).value().size(), 0);
        QCOMPARE(rest->salesMutations(QDate(2026, 11, 3), QDate(2026, 11, 30)).value().size(), 0);
        f.emulator.addSoapUser(QStringLiteral("soap-user"), QStringLiteral("code-one"), QStringLiteral("code-two"));
        SoapClient::Settings settings;
        settings.endpoint = f.emulator.soapUrl();
        settings.timeoutMs = 1500;
        SoapClient soap(QStringLiteral("soap-user"), QStringLiteral("code-one"), QStringLiteral("code-two"), settings);
        QCOMPARE(soap.salesMutations(QDate(2026, 11, 2), QDate(2026, 11, 2)).value().size(), 4);
        QCOMPARE(soap.salesMutations(QDate(2026, 11, 3), QDate(2026, 11, 30)).value().size(), 0);
        QCOMPARE(Reconciliation(*f.store.database, soap).run(first, last).matched, 4);
    }

    void aBookingAddedByHandIsNamed()
    {
        SyncFixture f;
        bookAll(f);
        EmulatorState::Mutation byHand = *f.emulator.state().mutation(bookingOf(f, u"000000002"_qs));
        byHand.id = 0;
        byHand.invoiceNumber = QStringLiteral("HAND-7");
        byHand.dateText = QStringLiteral("2026-11-20");
        QVERIFY(f.emulator.state().addMutation(byHand).ok());

        auto client = restClient(f);
        const Reconciliation::Report report = Reconciliation(*f.store.database, *client).run(first, last);
        QCOMPARE(report.bookings, 5);
        QCOMPARE(report.matched, 4);
        QCOMPARE(report.differences.size(), 1);
        const Reconciliation::Difference& d = report.differences.first();
        QCOMPARE(d.finding, Reconciliation::Finding::NotBookedByUs);
        QCOMPARE(d.eboekhoudenNumber, u"HAND-7"_qs);
        QCOMPARE(d.documentId, 0);
        QVERIFY2(d.message.contains(u"2026-11-20"_qs) && d.message.contains(u"29.20"_qs), qPrintable(d.message));
    }

    void aBookingRemovedFromEBoekhoudenIsNamed()
    {
        SyncFixture f;
        const Booked booked = bookAll(f);
        QVERIFY(f.emulator.state().removeMutation(bookingOf(f, u"000000002"_qs)));

        auto client = restClient(f);
        const Reconciliation::Report report = Reconciliation(*f.store.database, *client).run(first, last);
        QCOMPARE(report.matched, 3);
        QCOMPARE(report.differences.size(), 1);
        const Reconciliation::Difference& d = report.differences.first();
        QCOMPARE(d.finding, Reconciliation::Finding::Missing);
        QCOMPARE(d.documentId, booked.ids.at(1));
        QCOMPARE(d.number, u"000000002"_qs);
        QVERIFY2(d.message.contains(u"check-links --repair"_qs), qPrintable(d.message));
    }

    void anAmountChangedInEBoekhoudenIsNamed()
    {
        SyncFixture f;
        const Booked booked = bookAll(f);
        EmulatorState::Mutation changed = *f.emulator.state().mutation(bookingOf(f, u"000000003"_qs));
        changed.rows[0].amount = *changed.rows[0].amount + Money::fromCents(100);
        QVERIFY(!f.emulator.state().changeMutation(changed));
        const Money now = f.emulator.state().grossTotal(*f.emulator.state().mutation(changed.id));
        QVERIFY(now != Money::fromCents(2920));

        auto client = restClient(f);
        const Reconciliation::Report report = Reconciliation(*f.store.database, *client).run(first, last);
        QCOMPARE(report.matched, 3);
        QCOMPARE(report.differences.size(), 1);
        const Reconciliation::Difference& d = report.differences.first();
        QCOMPARE(d.finding, Reconciliation::Finding::AmountDiffers);
        QCOMPARE(d.documentId, booked.ids.at(2));
        QVERIFY2(d.message.contains(now.toDecimalString()) && d.message.contains(u"29.20"_qs), qPrintable(d.message));
    }

    // The same amount incl. VAT, but booked at 9% instead of 21%: the VAT in the books is wrong (REST detail).
    void aVatChangedInEBoekhoudenIsNamed()
    {
        SyncFixture f;
        const Booked booked = bookAll(f);
        EmulatorState::Mutation changed = *f.emulator.state().mutation(bookingOf(f, u"000000003"_qs));
        // One row of 24.13 excl. VAT at 21% (the fixture's 20.00 line and 4.13 shipping): 5.07 VAT.
        QCOMPARE(changed.rows.size(), 1);
        QCOMPARE(*changed.rows[0].amount, Money::fromCents(2413));
        changed.rows[0].vatCode = QStringLiteral("LAAG_VERK_9");
        changed.rows[0].amount = Money::fromCents(2679); // 26.79 + 9% (2.41) = 29.20, as 24.13 + 21% (5.07)
        QVERIFY(!f.emulator.state().changeMutation(changed));
        QCOMPARE(f.emulator.state().grossTotal(*f.emulator.state().mutation(changed.id)), Money::fromCents(2920));

        auto client = restClient(f);
        const Reconciliation::Report report = Reconciliation(*f.store.database, *client).run(first, last);
        QCOMPARE(report.matched, 3);
        QCOMPARE(report.differences.size(), 1);
        const Reconciliation::Difference& d = report.differences.first();
        QCOMPARE(d.finding, Reconciliation::Finding::VatDiffers);
        QCOMPARE(d.documentId, booked.ids.at(2));
        QVERIFY2(d.message.contains(u"2.41"_qs) && d.message.contains(u"5.07"_qs), qPrintable(d.message));
    }

    // Two documents marked as booked under one number (a link as older versions made them, see LinkChecker).
    void twoDocumentsOnOneBookingAreNamed()
    {
        SyncFixture f;
        const Booked booked = bookAll(f);
        QSqlQuery q(f.store.database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET eboekhouden_number = '000000001' WHERE id = %1")
                           .arg(booked.ids.at(1))));

        auto client = restClient(f);
        const Reconciliation::Report report = Reconciliation(*f.store.database, *client).run(first, last);
        QCOMPARE(report.matched, 2);
        int twice = 0;
        int notOurs = 0;
        for (const Reconciliation::Difference& d : report.differences) {
            twice += d.finding == Reconciliation::Finding::BookedTwice ? 1 : 0;
            notOurs +=
                d.finding == Reconciliation::Finding::NotBookedByUs && d.eboekhoudenNumber == u"000000002" ? 1 : 0;
            if (d.finding == Reconciliation::Finding::BookedTwice)
                QVERIFY(d.documentId == booked.ids.at(0) || d.documentId == booked.ids.at(1));
        }
        QCOMPARE(twice, 2);
        QCOMPARE(notOurs, 1); // 000000002's own booking: now no document of ours claims it
        QCOMPARE(report.differences.size(), 3);
    }

    void aShopDocumentNotBookedIsNamed()
    {
        SyncFixture f;
        bookAll(f);
        const qint64 waiting = f.add(SyncFixture::magentoInvoice(4, 4));

        auto client = restClient(f);
        const Reconciliation::Report report = Reconciliation(*f.store.database, *client).run(first, last);
        QCOMPARE(report.matched, 4);
        QCOMPARE(report.differences.size(), 1);
        QCOMPARE(report.differences.first().finding, Reconciliation::Finding::NotBooked);
        QCOMPARE(report.differences.first().documentId, waiting);
        QVERIFY(report.differences.first().message.contains(u"Run a sync"_qs));
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
