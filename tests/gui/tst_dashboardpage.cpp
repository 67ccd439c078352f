#include "DashboardPage.h"
#include "domain/CreditMemo.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "store/SyncLogRepository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
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

    // Dates a document's last change (a booking): the store stamps the real now, the page counts from m_today.
    void booked(qint64 id, const QDate& day)
    {
        QSqlQuery q(m_store->database->connection());
        q.prepare(QStringLiteral("UPDATE documents SET state_changed_at = ? WHERE id = ?"));
        q.addBindValue(QDateTime(day, QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(id);
        QVERIFY(q.exec());
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
            else if (i == 3) {
                QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Posted));
                booked(id, m_today);
            }
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
        // Booked today counts documents, not log rows (the logs' 3 successes today include retries and other
        // kinds): it agrees with "booked in all".
        QCOMPARE(counts.postedToday, 1);
        QCOMPARE(counts.booked, 1);
        QCOMPARE(counts.documents, 10);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("waiting"))->text(),
                 QStringLiteral("Invoices: 4, credit memos: 2"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("failed"))->text(),
                 QStringLiteral("Invoices: 2, credit memos: 1"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("postedToday"))->text(), QStringLiteral("1"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("booked"))->text(), QStringLiteral("1 of 10 documents"));
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

    // Issue 17 item 8: the success rate never says 100 % while documents need attention.
    void successRateCountsWhatNeedsAttention()
    {
        DashboardPage page(*m_store->database);
        page.setToday(m_today);
        // 1 booked, 3 failed: 1 of 4.
        QCOMPARE(page.counts().successRate, std::optional(25));
        QCOMPARE(page.counts().needingAttention(), 3);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("successRate"))->text(),
                 QStringLiteral("25 %: 3 document(s) need attention"));

        // 199 booked beside one failure is 99 %, not a rounded-up 100 %.
        DocumentRepository documents(*m_store->database);
        QVERIFY(documents.transition(documents.findByNumber(DocumentKind::Invoice, u"1001"_qs)->id, SyncState::Failed,
                                     SyncState::Skipped));
        QVERIFY(documents.transition(documents.findByNumber(DocumentKind::CreditMemo, u"2001"_qs)->id,
                                     SyncState::Failed, SyncState::Skipped));
        for (int i = 1; i <= 198; ++i) {
            const qint64 id = *documents.upsert(StoreFixture::invoice(u"b%1"_qs.arg(i), u"5%1"_qs.arg(i)));
            QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Posted));
        }
        page.refresh();
        QCOMPARE(page.counts().booked, 199);
        QCOMPARE(page.counts().needingAttention(), 1);
        QCOMPARE(page.counts().successRate, std::optional(99));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("successRate"))->text(),
                 QStringLiteral("99 %: 1 document(s) need attention"));
    }

    // Names, tiles that open the filtered grids, "Book now (n)" and the last failures with their reasons.
    void saysWhatToDo()
    {
        DocumentRepository documents(*m_store->database);
        DocumentRepository::Transition why;
        why.message = QStringLiteral("Invalid VAT code: check the VAT mapping");
        const qint64 unreadable = documents.findByNumber(DocumentKind::Invoice, u"1004"_qs)->id;
        QVERIFY(documents.transition(unreadable, SyncState::Pending, SyncState::Unmappable, why));
        booked(unreadable, QDate::currentDate().addDays(1)); // surely after the seed's failures

        DashboardPage page(*m_store->database);
        page.setToday(m_today);
        page.setNames(u"Bakkerij De Zon BV"_qs, u"Magento, shop.dezon.nl"_qs);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("names"))->text(),
                 QStringLiteral("Administration: Bakkerij De Zon BV   ·   Shop: Magento, shop.dezon.nl"));

        auto* invoices = page.findChild<QPushButton*>(QStringLiteral("attentionInvoicesTile"));
        auto* memos = page.findChild<QPushButton*>(QStringLiteral("attentionCreditMemosTile"));
        auto* waiting = page.findChild<QPushButton*>(QStringLiteral("waitingTile"));
        QCOMPARE(invoices->text(), QStringLiteral("Invoices needing attention\n3")); // 2 failed, 1 unreadable
        QCOMPARE(memos->text(), QStringLiteral("Credit memos needing attention\n1"));
        QCOMPARE(waiting->text(), QStringLiteral("Waiting to be booked\n5"));
        QSignalSpy opened(&page, &DashboardPage::documentsRequested);
        invoices->click();
        memos->click();
        waiting->click();
        QCOMPARE(opened.count(), 3);
        QCOMPARE(opened.at(0).at(0).value<DocumentKind>(), DocumentKind::Invoice);
        QCOMPARE(opened.at(0).at(1).value<DashboardPage::Show>(), DashboardPage::Show::NeedsAttention);
        QCOMPARE(opened.at(1).at(0).value<DocumentKind>(), DocumentKind::CreditMemo);
        QCOMPARE(opened.at(2).at(1).value<DashboardPage::Show>(), DashboardPage::Show::Waiting);

        auto* bookNow = page.findChild<QPushButton*>(QStringLiteral("bookNow"));
        QCOMPARE(bookNow->text(), QStringLiteral("Book now (5)"));
        QVERIFY(!bookNow->isEnabled()); // nothing to book with yet
        page.setBookingAvailable(true);
        QVERIFY(bookNow->isEnabled());
        QSignalSpy book(&page, &DashboardPage::bookNowRequested);
        bookNow->click();
        QCOMPARE(book.count(), 1);

        auto* failures = page.findChild<QTableWidget*>(QStringLiteral("lastFailures"));
        QCOMPARE(failures->rowCount(), 4);
        QCOMPARE(failures->item(0, 0)->text(), QStringLiteral("Invoice 1004")); // the most recent first
        QCOMPARE(failures->item(0, 1)->text(), QStringLiteral("Unreadable"));
        QCOMPARE(failures->item(0, 2)->text(), QStringLiteral("Invalid VAT code: check the VAT mapping"));
        QSignalSpy openedFromList(&page, &DashboardPage::documentsRequested);
        emit failures->cellActivated(0, 2);
        QCOMPARE(openedFromList.count(), 1);
        QCOMPARE(openedFromList.at(0).at(1).value<DashboardPage::Show>(), DashboardPage::Show::NeedsAttention);
    }

    void nothingToDoSaysSo()
    {
        StoreFixture empty;
        DashboardPage page(*empty.database);
        page.setBookingAvailable(true);
        QVERIFY(!page.findChild<QTableWidget*>(QStringLiteral("lastFailures"))->isVisibleTo(&page));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("noFailures"))->isVisibleTo(&page));
        QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("bookNow"))->text(), QStringLiteral("Book now (0)"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("bookNow"))->isEnabled());
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("successRate"))->text(), QStringLiteral("Nothing booked yet"));
    }

    // At 1280 × 800 the whole page fits beside the navigation, under the menu, toolbar and status bar.
    void fitsA1280By800Window()
    {
        DashboardPage page(*m_store->database);
        page.setToday(m_today);
        page.setNames(u"Bakkerij De Zon BV"_qs, u"Magento, shop.dezon.nl"_qs);
        page.setBookingAvailable(true);
        const QSize needed = page.minimumSizeHint();
        QVERIFY2(needed.width() <= 1280 - 240, qPrintable(QString::number(needed.width())));
        QVERIFY2(needed.height() <= 800 - 120, qPrintable(QString::number(needed.height())));
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
