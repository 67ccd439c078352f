#include "CustomerDialog.h"
#include "CustomersPage.h"
#include "CustomerTableModel.h"
#include "DashboardPage.h"
#include "DocumentsPage.h"
#include "DocumentTableModel.h"
#include "i18n/LanguageLoader.h"
#include "ImportPeriodDialog.h"
#include "MainWindow.h"
#include "PreviewDialog.h"
#include "store/CustomerRepository.h"
#include "store/RelationRepository.h"
#include "store/SyncLogRepository.h"
#include "sync/DocumentPusher.h"
#include "sync/SyncFixture.h"
#include "sync/SyncRunner.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

// Stands in for the browser: QDesktopServices hands it the links the app opens.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

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

    // Right-clicks the current row and picks the action from the menu with the keyboard, as a bookkeeper would.
    // A dialog the action opens is handed to `inspect` and closed.
    void chooseFromRowMenu(const QString& actionName, const std::function<void(QDialog*)>& inspect = {})
    {
        QTableView* view = invoices()->view();
        const QPoint position = view->visualRect(view->currentIndex()).center();
        bool chosen = false;
        bool inspected = !inspect;
        QTimer dialogWatch;
        dialogWatch.setInterval(20);
        connect(&dialogWatch, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                dialogWatch.stop();
                inspect(dialog);
                inspected = true;
                dialog->reject();
            }
        });
        if (inspect)
            dialogWatch.start();
        QTimer::singleShot(0, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY2(menu, "the row menu is open");
            const QList<QAction*> actions = menu->actions();
            const auto found = std::find_if(actions.cbegin(), actions.cend(),
                                            [&](QAction* a) { return a->objectName() == actionName; });
            QVERIFY2(found != actions.cend(), qPrintable(actionName));
            QVERIFY2((*found)->isEnabled(), qPrintable(actionName + u" is enabled"_qs));
            chosen = true;
            menu->setActiveAction(*found);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, position, view->viewport()->mapToGlobal(position));
        QApplication::sendEvent(view->viewport(), &event);
        QVERIFY(chosen);
        QTRY_VERIFY(inspected);
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

    // Issue 17: the Dashboard's "Book now (n)" books what it counted; the rows change as they are booked, and
    // the counts follow.
    void bookNowOnTheDashboardAndLiveRows()
    {
        auto* dashboard = m_window->findChild<DashboardPage*>();
        auto* bookNow = dashboard->findChild<QPushButton*>(QStringLiteral("bookNow"));
        QCOMPARE(bookNow->text(), QStringLiteral("Book now (7)"));
        QVERIFY(bookNow->isEnabled());
        // What the grid shows when the runner reports a document done (the page's connection runs first). The
        // rows on screen are loaded; those are the ones that change live.
        QVERIFY(invoices()->model()->documentId(0) > 0);
        QCOMPARE(invoices()->model()->index(0, static_cast<int>(DocumentQuery::Column::State)).data().toString(),
                 QStringLiteral("Waiting"));
        QStringList seen;
        connect(m_runner.get(), &SyncRunner::documentFinished, this, [this, &seen](qint64 id, bool success) {
            const int row = invoices()->model()->loadedRowOf(id);
            if (success && row >= 0)
                seen.append(
                    invoices()->model()->index(row, static_cast<int>(DocumentQuery::Column::State)).data().toString());
        });
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        bookNow->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<SyncSummary>().posted, 6);
        QCOMPARE(m_sync->emulator.state().mutations().size(), 6);
        QCOMPARE(seen, QStringList(6, QStringLiteral("Booked")));
        QCOMPARE(bookNow->text(), QStringLiteral("Book now (0)"));
        QVERIFY(!bookNow->isEnabled());
        QCOMPARE(m_window->navigationText(MainWindow::Page::Invoices), QStringLiteral("Invoices (1)"));
        auto* failures = dashboard->findChild<QTableWidget*>(QStringLiteral("lastFailures"));
        QCOMPARE(failures->rowCount(), 1);
        QCOMPARE(failures->item(0, 0)->text(), QStringLiteral("Invoice 100000007"));
        QVERIFY(!failures->item(0, 2)->text().isEmpty());
        QCOMPARE(dashboard->counts().booked, 6);
        QCOMPARE(dashboard->counts().postedToday, 6);
        QCOMPARE(dashboard->counts().successRate, std::optional(85)); // 6 of 7, rounded down
    }

    void syncsOnItsScheduleAndTheSettingChangesIt()
    {
        auto* schedule = m_window->findChild<QTimer*>(QStringLiteral("syncSchedule"));
        QVERIFY(schedule);
        QVERIFY(schedule->isActive());
        QCOMPARE(schedule->interval(), 60 * 60 * 1000); // the default: hourly, like the peers

        auto* interval = m_window->findChild<QSpinBox*>(QStringLiteral("syncInterval"));
        auto* save = m_window->findChild<QPushButton*>(QStringLiteral("saveSettings"));
        interval->setValue(0);
        save->click(); // Settings are written, and count, on Save
        QVERIFY(!schedule->isActive());
        QCOMPARE(m_settings->value(QStringLiteral("sync/intervalMinutes")).toInt(), 0);
        interval->setValue(15);
        save->click();
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
        chooseFromRowMenu(QStringLiteral("pushAction"));
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

    void bulkPushCanBeCancelledAndResumed()
    {
        QList<qint64> ids;
        for (int i = 8; i <= 40; ++i)
            ids.append(m_sync->add(SyncFixture::invoice(i, i)));
        invoices()->model()->refresh();
        m_sync->emulator.injectFault({EmulatorFault::Kind::Latency, QString(), -1, 200, 1, 40});
        invoices()->setConfirmBulkPush(false);
        QSignalSpy progress(m_runner.get(), &SyncRunner::progress);
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        invoices()->findChild<QPushButton*>(QStringLiteral("pushAllButton"))->click();
        auto* bar = m_window->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 20000);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), 40); // every waiting invoice the filter shows (the unbookable one included)
        m_window->findChild<QToolButton*>(QStringLiteral("cancelSync"))->click();
        QVERIFY(finished.wait(20000));

        const SyncSummary stopped = finished.at(0).at(0).value<SyncSummary>();
        QVERIFY(stopped.cancelled);
        QVERIFY2(stopped.posted > 0 && stopped.posted < 39, qPrintable(QString::number(stopped.posted)));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!bar->isVisible());
        // Nothing half done: each document is booked once or still waiting, none left "sending".
        int booked = 0;
        for (qint64 id : ids) {
            const StoredDocument document = m_sync->document(id);
            QVERIFY(document.state == SyncState::Posted || document.state == SyncState::Pending);
            QCOMPARE(m_sync->mutationsFor(document.document.number), document.state == SyncState::Posted ? 1 : 0);
            booked += document.state == SyncState::Posted ? 1 : 0;
        }
        QVERIFY(booked < ids.size());

        // Pushing again books the rest, and nothing twice.
        m_sync->emulator.clearFaults();
        invoices()->findChild<QPushButton*>(QStringLiteral("pushAllButton"))->click();
        QVERIFY(finished.wait(30000));
        for (qint64 id : ids)
            QCOMPARE(m_sync->mutationsFor(m_sync->document(id).document.number), 1);
        QCOMPARE(m_sync->emulator.state().mutations().size(), 6 + ids.size());
    }

    void previewShowsRowsOrProblems()
    {
        selectRows({0});
        chooseFromRowMenu(QStringLiteral("previewAction"), [](QDialog* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("rows"));
            QVERIFY2(table, "the posting's rows");
            QCOMPARE(table->item(table->rowCount() - 1, 5)->text(), QStringLiteral("29.20")); // total incl. VAT
            QCOMPARE(table->item(0, 1)->text(), QStringLiteral("HOOG_VERK_21"));
        });

        selectRows({6}); // 100000007, whose totals do not add up
        chooseFromRowMenu(QStringLiteral("previewAction"), [](QDialog* dialog) {
            QVERIFY(!dialog->findChild<QTableWidget*>(QStringLiteral("rows")));
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("problems"))->text().contains(QStringLiteral("30.00")));
        });
        // Previewing books nothing.
        QCOMPARE(m_sync->emulator.state().mutations().size(), 0);
    }

    // A client of the fixture's emulator (or of `url`), made on the thread that asks, as the app's factory does.
    static std::function<std::unique_ptr<EBoekhoudenClient>()> clientFactory(const QUrl& url, const QString& token)
    {
        return [url, token] {
            RestClient::Settings settings;
            settings.baseUrl = url;
            settings.timeoutMs = 1500;
            return std::unique_ptr<EBoekhoudenClient>(std::make_unique<RestClient>(token, settings));
        };
    }

    // Issue 15: Preview of a returning customer's invoice not yet booked looks the debtor up off the GUI thread
    // (saying so meanwhile), then shows the existing debtor and the exact body the push sends, byte for byte.
    // Previewing writes nothing: e-Boekhouden sees only reads (and the session), the store keeps no relation.
    void previewOfAnUnbookedInvoiceShowsTheBodyThePushSends()
    {
        EmulatorState::Relation known;
        known.code = QStringLiteral("KLANT0001");
        known.name = QStringLiteral("Klaartje Pietersen");
        known.type = QStringLiteral("P");
        known.emailAddress = QStringLiteral("klant1@example.nl");
        const auto added = m_sync->emulator.state().addRelation(known);
        QVERIFY(!added.error);
        m_window->setReconciliationClient(clientFactory(m_sync->emulator.restUrl(), m_sync->token));
        m_sync->emulator.clearRequests();
        selectRows({0}); // 100000001, of customer 1
        QString shown;
        QString note;
        QString debtor;
        chooseFromRowMenu(QStringLiteral("previewAction"), [&](QDialog* dialog) {
            auto* status = dialog->findChild<QLabel*>(QStringLiteral("lookUpStatus"));
            QVERIFY2(status, "the dialog says it is looking up");
            QCOMPARE(status->text(), u"Looking up the debtor in e-Boekhouden…"_qs);
            QTRY_VERIFY_WITH_TIMEOUT(status->isHidden(), 10000);
            shown = dialog->findChild<QPlainTextEdit*>(QStringLiteral("request"))->toPlainText();
            note = dialog->findChild<QLabel*>(QStringLiteral("requestNote"))->text();
            for (QLabel* label : dialog->findChildren<QLabel*>())
                if (label->text().startsWith(u"KLANT"_qs))
                    debtor = label->text();
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("rows"));
            QVERIFY2(table, "the posting's rows");
            QCOMPARE(table->item(table->rowCount() - 1, 5)->text(), QStringLiteral("29.20"));
        });
        QCOMPARE(debtor, u"KLANT0001 — Klaartje Pietersen"_qs);
        QCOMPARE(note, u"Sent as POST /v1/mutation."_qs);
        QCOMPARE(QJsonDocument::fromJson(shown.toUtf8()).object().value(u"relationId").toInteger(), added.value);
        QVERIFY(!m_sync->emulator.requests().isEmpty());
        for (const EmulatorRequest& request : m_sync->emulator.requests())
            QVERIFY2(request.method == "GET" || request.path == u"/v1/session", request.path.toUtf8());
        QCOMPARE(RelationRepository(*m_sync->store.database).count(), 0);
        const qint64 id = invoices()->selectedDocumentIds().first();
        QCOMPARE(m_sync->document(id).state, SyncState::Pending);

        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        chooseFromRowMenu(QStringLiteral("pushAction"));
        QVERIFY(finished.wait(20000));
        const QList<EmulatorRequest> posts = m_sync->emulator.requests("POST", QStringLiteral("/v1/mutation"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(QString::fromUtf8(posts.first().body), shown);
        QCOMPARE(posts.first().body, shown.toUtf8());
    }

    // e-Boekhouden cannot be reached: the posting still shows, and the Request tab says why there is no body.
    void previewWithoutEBoekhoudenShowsThePostingAndWhyThereIsNoBody()
    {
        QTcpServer closed; // a port of 127.0.0.1 on which nothing answers
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl nowhere(u"http://127.0.0.1:%1"_qs.arg(closed.serverPort()));
        closed.close();
        m_window->setReconciliationClient(clientFactory(nowhere, m_sync->token));
        selectRows({0});
        QString note;
        QString body;
        QString notes;
        chooseFromRowMenu(QStringLiteral("previewAction"), [&](QDialog* dialog) {
            auto* status = dialog->findChild<QLabel*>(QStringLiteral("lookUpStatus"));
            QVERIFY(status);
            QTRY_VERIFY_WITH_TIMEOUT(status->isHidden(), 10000);
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("rows"));
            QVERIFY2(table, "the posting's rows");
            QCOMPARE(table->item(table->rowCount() - 1, 5)->text(), QStringLiteral("29.20"));
            note = dialog->findChild<QLabel*>(QStringLiteral("requestNote"))->text();
            body = dialog->findChild<QPlainTextEdit*>(QStringLiteral("request"))->toPlainText();
            notes = dialog->findChild<QLabel*>(QStringLiteral("notes"))->text();
        });
        QVERIFY2(note.startsWith(u"The request cannot be shown: "_qs), qPrintable(note));
        QVERIFY2(note.size() > u"The request cannot be shown: "_qs.size(), qPrintable(note));
        QCOMPARE(body, QString());
        QVERIFY2(notes.contains(u"The debtor could not be looked up in e-Boekhouden"_qs), qPrintable(notes));
        QCOMPARE(m_sync->emulator.state().mutations().size(), 0);
    }

    void opensTheDocumentInTheShopsBackOffice()
    {
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        selectRows({2});
        auto* open = invoices()->findChild<QAction*>(QStringLiteral("openInShopAction"));
        QVERIFY(!open->isEnabled()); // no admin address known yet
        invoices()->setShopAdminUrl(QUrl(QStringLiteral("https://shop.example/beheer")));
        chooseFromRowMenu(QStringLiteral("openInShopAction"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(browser.opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://shop.example/beheer/sales/invoice/view/invoice_id/3/"))});
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
        chooseFromRowMenu(QStringLiteral("reprocessAction"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_sync->document(wrongId).state, SyncState::Posted);
        QCOMPARE(m_sync->mutationsFor(u"100000007"_qs), 1);
    }

    // A document the bookkeeper booked in e-Boekhouden by hand: marked so, it is left alone by every push
    // and sync, with a log row saying so; Reprocess brings it back.
    void aDocumentMarkedAsBookedByHandIsLeftAlone()
    {
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        m_runner->sync();
        QVERIFY(finished.wait(20000));
        DocumentRepository documents(*m_sync->store.database);
        const qint64 wrongId = documents.findByNumber(DocumentKind::Invoice, u"100000007"_qs)->id;
        QCOMPARE(m_sync->document(wrongId).state, SyncState::Failed);

        invoices()->setConfirmBulkPush(false);
        invoices()->model()->refresh();
        selectRows({6});
        chooseFromRowMenu(QStringLiteral("bookedByHandAction"));
        QCOMPARE(m_sync->document(wrongId).state, SyncState::Skipped);
        QVERIFY(m_sync->document(wrongId).lastMessage.contains(u"booked by hand"_qs));
        SyncLogRepository::Filter mine;
        mine.documentId = wrongId;
        const QList<SyncLogEntry> history = SyncLogRepository(*m_sync->store.database).find(mine);
        QVERIFY(!history.isEmpty());
        QVERIFY(history.first().message.text().contains(u"booked by hand"_qs));

        // Neither a sync nor a push of it books it now.
        const int requestsBefore = m_sync->emulator.requests("POST", QStringLiteral("/v1/mutation")).size();
        m_runner->sync();
        QVERIFY(finished.wait(20000));
        selectRows({6});
        chooseFromRowMenu(QStringLiteral("pushAction"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_sync->document(wrongId).state, SyncState::Skipped);
        QCOMPARE(m_sync->emulator.requests("POST", QStringLiteral("/v1/mutation")).size(), requestsBefore);

        // Reprocess undoes it: offered again (and refused again, as its data is still wrong).
        selectRows({6});
        chooseFromRowMenu(QStringLiteral("reprocessAction"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_sync->document(wrongId).state, SyncState::Failed);
    }

    // File → Import a period: the dialog refuses a period that ends before it starts, and what it reads is
    // reported as read, not as booked.
    void importsAPeriodChosenInTheDialog()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("importPeriodAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ImportPeriodDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* from = dialog->findChild<QDateEdit*>(QStringLiteral("fromDate"));
            auto* until = dialog->findChild<QDateEdit*>(QStringLiteral("untilDate"));
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            until->setDate(QDate(2025, 1, 1));
            from->setDate(QDate(2025, 2, 1));
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("periodProblem"))->isVisible());
            from->setDate(QDate(2024, 12, 1));
            QVERIFY(ok->isEnabled());
            checked = true;
            ok->click();
        });
        action->trigger();
        QVERIFY(checked);
        QVERIFY(finished.wait(20000));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"read from the shop"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_sync->emulator.state().mutations().size(), 0); // nothing booked
        QVERIFY(action->isEnabled());
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
        auto* push = page->findChild<QAction*>(QStringLiteral("pushAction"));
        QVERIFY(push->isEnabled());
        push->trigger();
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

        // The toolbar's View opens the same dialog for the selected row (the grid was refreshed after the push).
        page->view()->selectRow(0);
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                opened = modal->windowTitle();
                modal->close();
            }
        });
        page->findChild<QAction*>(QStringLiteral("viewAction"))->trigger();
        QCOMPARE(opened, dialog.windowTitle());

        // Open in shop: the customer's page in the back office, once its address is known.
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        auto* open = page->findChild<QAction*>(QStringLiteral("openInShopAction"));
        QVERIFY(!open->isEnabled());
        m_window->setShopAdminUrl(QUrl(QStringLiteral("https://shop.example/beheer")));
        QVERIFY(open->isEnabled());
        open->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(browser.opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://shop.example/beheer/customer/index/edit/id/1/"))});
    }
};

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
