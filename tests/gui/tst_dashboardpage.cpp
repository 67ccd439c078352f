#include "DashboardPage.h"
#include "domain/CreditMemo.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "store/SyncLogRepository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QtTest>

// The dashboard over a seeded store: the counts, the success rate per day in the chart, and the token
// warning from 30 days before its end date (and not at 31).
class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    const QDate m_today{2026, 11, 20};

    void log(SyncLogEntry::Kind kind, const QDate& day, bool success)
    {
        SyncLogEntry entry;
        entry.kind = kind;
        entry.message = success ? QStringLiteral("Posted") : QStringLiteral("Invalid VAT code");
        entry.success = success;
        entry.createdAt = QDateTime(day, QTime(12, 0)); // local noon: inside that local day in any zone
        QVERIFY(SyncLogRepository(*m_store->database).append(entry));
    }

    // 7 invoices: 4 pending, 2 failed, 1 posted; 3 credit memos: 2 pending, 1 failed.
    // Logs: today 3 of 4 succeeded (one a credit memo), yesterday 1 of 2, five days ago 2 of 2,
    // 20 days ago (outside the chart) 1 failure; a customer success today does not count.
    void seed()
    {
        DocumentRepository documents(*m_store->database);
        for (int i = 1; i <= 7; ++i) {
            const qint64 id = *documents.upsert(StoreFixture::invoice(QString::number(i), QString::number(1000 + i)));
            if (i <= 2)
                QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Failed));
            else if (i == 3)
                QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Posted));
        }
        for (int i = 1; i <= 3; ++i) {
            CreditMemo memo;
            static_cast<SalesDocument&>(memo) = StoreFixture::invoice(QString::number(i), QString::number(2000 + i));
            memo.kind = DocumentKind::CreditMemo;
            const qint64 id = *documents.upsert(memo);
            if (i == 1)
                QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Failed));
        }
        using K = SyncLogEntry::Kind;
        log(K::Invoice, m_today, true);
        log(K::Invoice, m_today, true);
        log(K::CreditMemo, m_today, true);
        log(K::Invoice, m_today, false);
        log(K::Customer, m_today, true);
        log(K::Invoice, m_today.addDays(-1), true);
        log(K::CreditMemo, m_today.addDays(-1), false);
        log(K::Invoice, m_today.addDays(-5), true);
        log(K::Invoice, m_today.addDays(-5), true);
        log(K::Invoice, m_today.addDays(-20), false);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        seed();
    }

    void countsWhatIsWaitingFailedAndPosted()
    {
        DashboardPage page(*m_store->database);
        page.setToday(m_today);
        const DashboardPage::Counts counts = page.counts();
        QCOMPARE(counts.waitingInvoices, 4);
        QCOMPARE(counts.waitingCreditMemos, 2);
        QCOMPARE(counts.failedInvoices, 2);
        QCOMPARE(counts.failedCreditMemos, 1);
        QCOMPARE(counts.postedToday, 3);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("waiting"))->text(),
                 QStringLiteral("Invoices: 4, credit memos: 2"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("failed"))->text(),
                 QStringLiteral("Invoices: 2, credit memos: 1"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("postedToday"))->text(), QStringLiteral("3"));
    }

    // Payments and refunds by state (issue 14): paid and booked but not yet booked payments are "to book".
    void countsPaymentsAndRefunds()
    {
        DocumentRepository documents(*m_store->database);
        for (int i = 1; i <= 4; ++i) {
            Invoice paid = StoreFixture::invoice(QString::number(100 + i), QString::number(1100 + i));
            paid.paid = true;
            const qint64 id = *documents.upsert(paid);
            QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Posted));
            if (i == 1)
                QVERIFY(documents.setPaymentState(id, PaymentState::Booked, u"Payment booked."_qs));
            if (i == 2)
                QVERIFY(documents.setPaymentState(id, PaymentState::Failed, u"No bank ledger."_qs));
        }
        CreditMemo refunded;
        static_cast<SalesDocument&>(refunded) = StoreFixture::invoice(u"200"_qs, u"2200"_qs);
        refunded.kind = DocumentKind::CreditMemo;
        refunded.paid = true;
        const qint64 memo = *documents.upsert(refunded);
        QVERIFY(documents.transition(memo, SyncState::Pending, SyncState::Posted));
        QVERIFY(documents.setPaymentState(memo, PaymentState::NotOutstanding, u"Settled."_qs));
        DashboardPage page(*m_store->database);
        page.setToday(m_today);
        const DashboardPage::Counts counts = page.counts();
        QCOMPARE(counts.paymentsPending, 2);
        QCOMPARE(counts.paymentsBooked, 1);
        QCOMPARE(counts.paymentsFailed, 1);
        QCOMPARE(counts.paymentsNotOutstanding, 1);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("payments"))->text(),
                 QStringLiteral("2 to book, 1 booked, 1 failed, 1 not outstanding"));
    }

    void refreshSeesNewWork()
    {
        DashboardPage page(*m_store->database);
        page.setToday(m_today);
        QVERIFY(DocumentRepository(*m_store->database).upsert(StoreFixture::invoice(u"99"_qs, u"1099"_qs)));
        QCOMPARE(page.counts().waitingInvoices, 4);
        page.refresh();
        QCOMPARE(page.counts().waitingInvoices, 5);
    }

    void chartShowsTheSuccessRatePerDay()
    {
        DashboardPage page(*m_store->database);
        page.setToday(m_today);
        QBarSet* set = page.successSet();
        QCOMPARE(set->count(), DashboardPage::chartDays);
        // Oldest first: the last bar is today.
        QCOMPARE(set->at(13), 75.0);
        QCOMPARE(set->at(12), 50.0);
        QCOMPARE(set->at(8), 100.0);
        QCOMPARE(set->at(0), 0.0);
        const QList<std::optional<int>> rates = page.successRates();
        QCOMPARE(rates.at(13), std::optional(75));
        QVERIFY(!rates.at(0).has_value()); // no attempts that day: no rate, not 0 %
        QCOMPARE(std::count_if(rates.cbegin(), rates.cend(), [](const auto& r) { return r.has_value(); }), 3);

        auto* axis = qobject_cast<QBarCategoryAxis*>(page.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), DashboardPage::chartDays);
        QCOMPARE(axis->at(13), QLocale().toString(m_today, QStringLiteral("d MMM")));
    }

    void tokenWarningFrom30DaysBefore()
    {
        DashboardPage page(*m_store->database);
        page.setToday(m_today);
        QVERIFY(!page.tokenWarningShown()); // no end date known
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("tokenEndDate"))->text(), QStringLiteral("No end date known"));

        page.setTokenEndDate(m_today.addDays(31));
        QVERIFY(!page.tokenWarningShown());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("tokenEndDate"))->text().startsWith(u"Valid until"_qs));

        page.setTokenEndDate(m_today.addDays(30));
        QVERIFY(page.tokenWarningShown());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("tokenWarning"))->text().contains(u"in 30 day"_qs));

        page.setTokenEndDate(m_today.addDays(-1));
        QVERIFY(page.tokenWarningShown());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("tokenWarning"))->text().contains(u"ended on"_qs));

        // The day moves on: 31 days left today is 30 tomorrow.
        page.setTokenEndDate(m_today.addDays(31));
        page.setToday(m_today.addDays(1));
        QVERIFY(page.tokenWarningShown());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
