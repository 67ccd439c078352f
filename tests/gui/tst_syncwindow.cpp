#include "CustomerDialog.h"
#include "CustomersPage.h"
#include "CustomerTableModel.h"
#include "DocumentsPage.h"
#include "DocumentTableModel.h"
#include "i18n/LanguageLoader.h"
#include "MainWindow.h"
#include "PreviewDialog.h"
#include "store/CustomerRepository.h"
#include "sync/DocumentPusher.h"
#include "sync/SyncFixture.h"
#include "sync/SyncRunner.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

// The window driving the engine: Synchronise now, Push of a selection, Preview and Reprocess, with the
// engine on its worker thread and the e-Boekhouden emulator answering on the GUI thread.
class TestSyncWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncFixture> m_sync;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SyncRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    LanguageLoader m_language;

    DocumentsPage* invoices() { return m_window->findChild<DocumentsPage*>(QStringLiteral("Invoices")); }

    void selectRows(const QList<int>& rows)
    {
        QTableView* view = invoices()->view();
        view->clearSelection();
        for (int row : rows)
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(view->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

private slots:
    void initTestCase()
    {
        // English proper, plurals included ("6 documents booked"), as the app loads it.
        QVERIFY(m_language.apply(QStringLiteral("en")));
    }

    void init()
    {
        m_sync = std::make_unique<SyncFixture>();
        m_settings = std::make_unique<QSettings>(m_sync->store.dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        for (int i = 1; i <= 6; ++i)
            m_sync->add(SyncFixture::invoice(i, i));
        Invoice wrong = SyncFixture::invoice(7, 7);
        wrong.totalIncl = Money::fromCents(3000);
        wrong.totalExcl = Money::fromCents(2493);
        m_sync->add(wrong);
        m_runner = std::make_unique<SyncRunner>(m_sync->engine());
        m_window = std::make_unique<MainWindow>(*m_settings, m_sync->store.database.get());
        m_window->setSync(m_runner.get(), &m_sync->configuration, true);
        m_window->show();
        invoices()->view()->sortByColumn(static_cast<int>(DocumentQuery::Column::Number), Qt::AscendingOrder);
    }

    void cleanup()
    {
        m_window.reset();
        m_runner.reset();
        m_sync.reset();
    }

    void synchroniseNowBooksEverythingWaiting()
    {
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        m_window->findChild<QAction*>(QStringLiteral("syncAction"))->trigger();
        QVERIFY(m_window->findChild<QProgressBar*>(QStringLiteral("syncProgress"))->isVisible());
        QVERIFY(finished.wait(20000));
        const SyncSummary summary = finished.at(0).at(0).value<SyncSummary>();
        QVERIFY2(summary.posted == 6, qPrintable(QStringLiteral("%1 posted, %2 refused, %3 postponed %4")
                                                     .arg(summary.posted)
                                                     .arg(summary.refused)
                                                     .arg(summary.postponed)
                                                     .arg(summary.stoppedBecause + m_sync->document(1).lastMessage)));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("6 documents booked")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 failed")));
        QVERIFY(!m_window->findChild<QProgressBar*>(QStringLiteral("syncProgress"))->isVisible());
        QCOMPARE(m_sync->emulator.state().mutations().size(), 6);
        // The grid shows the new states without being asked.
        const QModelIndex state = invoices()->model()->index(0, static_cast<int>(DocumentQuery::Column::State));
        QCOMPARE(state.data().toString(), QStringLiteral("Booked"));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("connectionStatus"))->text().startsWith(u"Demo mode"_qs));
    }

    void syncsOnItsScheduleAndTheSettingChangesIt()
    {
        auto* schedule = m_window->findChild<QTimer*>(QStringLiteral("syncSchedule"));
        QVERIFY(schedule);
        QVERIFY(schedule->isActive());
        QCOMPARE(schedule->interval(), 60 * 60 * 1000); // the default: hourly, like the peers

        auto* interval = m_window->findChild<QSpinBox*>(QStringLiteral("syncInterval"));
        interval->setValue(0);
        QVERIFY(!schedule->isActive());
        QCOMPARE(m_settings->value(QStringLiteral("sync/intervalMinutes")).toInt(), 0);
        interval->setValue(15);
        QCOMPARE(schedule->interval(), 15 * 60 * 1000);

        // When it fires, the engine syncs without anyone asking.
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        schedule->start(10);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<SyncSummary>().posted, 6);
    }

    void pushesOnlyTheSelection()
    {
        selectRows({1, 3});
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        invoices()->pushSelectedDocuments();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<SyncSummary>().posted, 2);
        QCOMPARE(m_sync->emulator.state().mutations().size(), 2);
        QCOMPARE(m_sync->mutationsFor(u"100000002"_qs), 1);
        QCOMPARE(m_sync->mutationsFor(u"100000004"_qs), 1);
    }

    void pushesEverythingTheFilterShows()
    {
        DocumentFilter filter;
        filter.text = QStringLiteral("100000003");
        invoices()->model()->setFilter(filter);
        invoices()->setConfirmBulkPush(false);
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        invoices()->findChild<QPushButton*>(QStringLiteral("pushAllButton"))->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<SyncSummary>().posted, 1);
        QCOMPARE(m_sync->emulator.state().mutations().size(), 1);
        QCOMPARE(m_sync->mutationsFor(u"100000003"_qs), 1);
    }

    void previewShowsRowsOrProblems()
    {
        const StoredDocument good =
            *DocumentRepository(*m_sync->store.database).findByNumber(DocumentKind::Invoice, u"100000001"_qs);
        PreviewDialog rows(good.document.number, DocumentPusher::preview(good, m_sync->configuration));
        auto* table = rows.findChild<QTableWidget*>(QStringLiteral("rows"));
        QVERIFY(table);
        QCOMPARE(table->item(table->rowCount() - 1, 5)->text(), QStringLiteral("29.20")); // total incl. VAT
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("HOOG_VERK_21"));

        const StoredDocument wrong =
            *DocumentRepository(*m_sync->store.database).findByNumber(DocumentKind::Invoice, u"100000007"_qs);
        PreviewDialog problems(wrong.document.number, DocumentPusher::preview(wrong, m_sync->configuration));
        QVERIFY(!problems.findChild<QTableWidget*>(QStringLiteral("rows")));
        QVERIFY(problems.findChild<QLabel*>(QStringLiteral("problems"))->text().contains(QStringLiteral("30.00")));
    }

    void reprocessOffersAFailedDocumentAgain()
    {
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        m_runner->sync();
        QVERIFY(finished.wait(20000));
        const qint64 wrongId =
            DocumentRepository(*m_sync->store.database).findByNumber(DocumentKind::Invoice, u"100000007"_qs)->id;
        QCOMPARE(m_sync->document(wrongId).state, SyncState::Failed);

        // The bookkeeper fixes the shop's data; the next pull would bring it. Here the store gets it directly.
        Invoice fixed = SyncFixture::invoice(7, 7);
        DocumentRepository(*m_sync->store.database).upsert(fixed);
        QCOMPARE(m_sync->document(wrongId).state, SyncState::Pending); // changed content: offered again
        DocumentRepository(*m_sync->store.database)
            .transition(wrongId, SyncState::Pending, SyncState::Failed); // as if still failed
        invoices()->model()->refresh();
        selectRows({6});
        invoices()->reprocessSelectedDocuments();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_sync->document(wrongId).state, SyncState::Posted);
        QCOMPARE(m_sync->mutationsFor(u"100000007"_qs), 1);
    }

    void pushesTheSelectedCustomersAndShowsOne()
    {
        Customer customer;
        customer.shopId = QStringLiteral("1");
        customer.email = QStringLiteral("klant1@example.nl");
        customer.firstName = QStringLiteral("Klaartje");
        customer.lastName = QStringLiteral("Pietersen");
        customer.vatNumber = QStringLiteral("NL123456789B01");
        const qint64 id = *CustomerRepository(*m_sync->store.database).upsert(QStringLiteral("magento"), customer);
        auto* page = m_window->findChild<CustomersPage*>();
        QVERIFY(page);
        page->applyFilter();
        QCOMPARE(page->model()->rowCount(), 1);
        page->view()->selectRow(0);
        QCOMPARE(page->selectedCustomerIds(), QList<qint64>{id});

        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        auto* push = page->findChild<QPushButton*>(QStringLiteral("pushButton"));
        QVERIFY(push->isEnabled());
        push->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<SyncSummary>().debtorsPushed, 1);
        QCOMPARE(m_sync->emulator.state().relations().size(), 1);
        QCOMPARE(m_sync->emulator.state().relations().first().vatNumber, QStringLiteral("NL123456789B01"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("updated or created")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // View: the customer's fields, its new debtor code and its customer log row.
        CustomerDialog dialog(*m_sync->store.database, id);
        QStringList texts;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            texts.append(label->text());
        QVERIFY2(texts.contains(QStringLiteral("klant1@example.nl")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("NL123456789B01")));
        QVERIFY(texts.contains(QStringLiteral("KlaartjePi")));
        auto* history = dialog.findChild<QTableWidget*>(QStringLiteral("history"));
        QCOMPARE(history->rowCount(), 1);
        QVERIFY(history->item(0, 2)->text().startsWith(QStringLiteral("Customer created")));

        // The toolbar's View opens the same dialog for the current row.
        QTimer::singleShot(0, this, [] {
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        });
        page->findChild<QPushButton*>(QStringLiteral("viewButton"))->click();
    }
};

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
