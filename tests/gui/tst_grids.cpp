#include "ColumnChooser.h"
#include "CustomersPage.h"
#include "CustomerTableModel.h"
#include "DashboardPage.h"
#include "DocumentDialog.h"
#include "DocumentsPage.h"
#include "DocumentTableModel.h"
#include "domain/CreditMemo.h"
#include "MainWindow.h"
#include "MoneyText.h"
#include "posting/PostingResult.h"
#include "PreviewDialog.h"
#include "store/AuditTrailRepository.h"
#include "store/CustomerRepository.h"
#include "store/DocumentRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreFixture.h"
#include "store/SyncLogRepository.h"
#include "sync/ManualBooking.h"
#include "sync/SyncRunner.h"
#include "SyncLogGrid.h"
#include "SyncLogPage.h"
#include "SyncLogTableModel.h"
#include "SyncStateText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

// The grids over a real store: paging, filtering, sorting, column choice, View, logs and CSV export.
class TestGrids : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<QSettings> m_settings;

    // 450 invoices (more than two pages), every tenth failed, half of them from Belgium.
    void seed()
    {
        DocumentRepository documents(*m_store->database);
        SyncLogRepository log(*m_store->database);
        for (int i = 1; i <= 450; ++i) {
            Invoice invoice = StoreFixture::invoice(QString::number(i), QString::number(100000000 + i));
            invoice.documentDate = QDate(2026, 1, 1).addDays(i % 300);
            invoice.website = i % 3 ? QStringLiteral("Main Website") : QStringLiteral("Outlet");
            if (i % 2)
                invoice.billingAddress.countryCode = QStringLiteral("BE");
            if (i == 77) {
                invoice.billingAddress.company = QStringLiteral("Bakkerij De Zon BV");
                invoice.customer.email = QStringLiteral("inkoop@dezon.nl");
            }
            const qint64 id = *documents.upsert(invoice);
            if (i % 10 == 0) {
                DocumentRepository::Transition failed;
                failed.message = QStringLiteral("Invalid VAT code: check the VAT mapping");
                QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Failed, failed));
                SyncLogEntry entry;
                entry.documentId = id;
                entry.documentNumber = invoice.number;
                entry.orderNumber = invoice.orderNumber;
                entry.message = failed.message;
                entry.createdAt = QDateTime::currentDateTimeUtc().addDays(-(i % 200));
                QVERIFY(log.append(entry));
            }
        }
    }

    DocumentsPage* invoicesPage(MainWindow& window)
    {
        return window.findChild<DocumentsPage*>(QStringLiteral("Invoices"));
    }

    // An engine that is never asked to book: the row actions only need to know no sync is running.
    std::unique_ptr<SyncRunner> idleRunner()
    {
        return std::make_unique<SyncRunner>(std::make_unique<SyncEngine>(
            m_store->database->path(), [] { return std::unique_ptr<EBoekhoudenClient>(); }, SyncConfiguration{}));
    }

    qint64 idOf(const QString& number)
    {
        return DocumentRepository(*m_store->database).findByNumber(DocumentKind::Invoice, number)->id;
    }

    void selectDocuments(DocumentsPage* page, const QList<qint64>& ids)
    {
        page->view()->clearSelection();
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (ids.contains(page->model()->documentId(row))) {
                page->view()->selectionModel()->select(page->model()->index(row, 0),
                                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
                page->view()->selectionModel()->setCurrentIndex(page->model()->index(row, 0),
                                                                QItemSelectionModel::NoUpdate);
            }
        }
    }

private slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        m_settings =
            std::make_unique<QSettings>(m_store->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        seed();
    }

    void modelsAreWellBehaved()
    {
        DocumentTableModel documents(*m_store->database, DocumentKind::Invoice);
        QAbstractItemModelTester documentTester(&documents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        documents.sort(static_cast<int>(DocumentQuery::Column::TotalIncl), Qt::AscendingOrder);
        SyncLogTableModel log(*m_store->database, SyncLogEntry::Kind::Invoice);
        QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(log.rowCount(), 45);
        SyncLogRepository::Filter onlyFailed;
        onlyFailed.success = false;
        log.setFilter(onlyFailed);
        QCOMPARE(log.rowCount(), 45);
    }

    void statesHaveAnIconThatScales()
    {
        // Every state has its own icon, drawn from SVG: it renders at 2x (high-DPI) without a bitmap to blur.
        QSet<size_t> seen;
        for (SyncState state : {SyncState::Pending, SyncState::InFlight, SyncState::Posted, SyncState::Failed,
                                SyncState::Skipped, SyncState::Unmappable}) {
            const QIcon icon = SyncStateText::icon(state);
            QVERIFY2(!icon.isNull(), qPrintable(SyncStateText::label(state)));
            const QImage large = icon.pixmap(QSize(32, 32)).toImage();
            QCOMPARE(large.size(), QSize(32, 32));
            seen.insert(qHash(QByteArray(reinterpret_cast<const char*>(large.constBits()), large.sizeInBytes())));
        }
        QCOMPARE(seen.size(), 6);
        // The grid shows it beside the state's name.
        DocumentTableModel documents(*m_store->database, DocumentKind::Invoice);
        const QVariant decoration =
            documents.index(0, static_cast<int>(DocumentQuery::Column::State)).data(Qt::DecorationRole);
        QVERIFY(decoration.canConvert<QIcon>() && !decoration.value<QIcon>().isNull());
    }

    // The Payment column (Refund on the credit memo grid): the payment's state, its message as the tooltip.
    void paymentColumnShowsThePaymentState()
    {
        DocumentRepository documents(*m_store->database);
        const qint64 first = documents.findByNumber(DocumentKind::Invoice, u"100000001"_qs)->id;
        QVERIFY(documents.transition(first, SyncState::Pending, SyncState::Posted));
        QVERIFY(documents.setPaymentState(first, PaymentState::Failed, u"No bank ledger is set."_qs));
        DocumentTableModel model(*m_store->database, DocumentKind::Invoice);
        const int payment = static_cast<int>(DocumentQuery::Column::Payment);
        QCOMPARE(model.headerData(payment, Qt::Horizontal).toString(), QStringLiteral("Payment"));
        model.sort(static_cast<int>(DocumentQuery::Column::Number), Qt::AscendingOrder);
        QCOMPARE(model.index(0, payment).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(0, payment).data(Qt::ToolTipRole).toString(), QStringLiteral("No bank ledger is set."));
        QCOMPARE(model.index(1, payment).data().toString(), QStringLiteral("Not paid"));
        DocumentTableModel memos(*m_store->database, DocumentKind::CreditMemo);
        QCOMPARE(memos.headerData(payment, Qt::Horizontal).toString(), QStringLiteral("Refund"));
    }

    void gridPagesThroughAllDocuments()
    {
        DocumentTableModel model(*m_store->database, DocumentKind::Invoice);
        QCOMPARE(model.rowCount(), 450);
        model.sort(static_cast<int>(DocumentQuery::Column::Number), Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("100000001"));
        QCOMPARE(model.index(449, 0).data().toString(), QStringLiteral("100000450")); // third page
        model.sort(static_cast<int>(DocumentQuery::Column::Number), Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("100000450"));
    }

    void filterBarFiltersInSql()
    {
        MainWindow window(*m_settings, m_store->database.get());
        window.show();
        DocumentsPage* page = invoicesPage(window);
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 450);

        // Free text over company and email, after the typing pause.
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("search")), QStringLiteral("dezon"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("100000077"));
        page->findChild<QLineEdit*>(QStringLiteral("search"))->clear();
        QTRY_COMPARE(page->model()->rowCount(), 450);

        auto* state = page->findChild<QComboBox*>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findData(static_cast<int>(SyncState::Failed)));
        QCOMPARE(page->model()->rowCount(), 45);
        QCOMPARE(page->model()->index(0, static_cast<int>(DocumentQuery::Column::State)).data().toString(),
                 QStringLiteral("Failed"));

        auto* country = page->findChild<QComboBox*>(QStringLiteral("countryFilter"));
        country->setCurrentIndex(country->findData(QStringLiteral("BE")));
        QCOMPARE(page->model()->rowCount(), 0); // failed ones are even numbers: all Dutch
        state->setCurrentIndex(0);
        QCOMPARE(page->model()->rowCount(), 225);

        auto* website = page->findChild<QComboBox*>(QStringLiteral("websiteFilter"));
        QCOMPARE(website->count(), 3); // all, Main Website, Outlet
    }

    void keyboardOnly()
    {
        // Page by Ctrl+number, search by Ctrl+F, open the row with Enter: no mouse needed.
        MainWindow window(*m_settings, m_store->database.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        DocumentsPage* page = invoicesPage(window);
        QTRY_VERIFY(page->isVisible());
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_F, Qt::ControlModifier);
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("search"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("dezon"));
        QTRY_COMPARE(page->model()->rowCount(), 1);

        page->view()->setFocus();
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                opened = dialog->windowTitle();
                QTest::keyClick(dialog, Qt::Key_Escape);
            }
        });
        QTest::keyClick(page->view(), Qt::Key_Return);
        QCOMPARE(opened, QStringLiteral("Invoice 100000077"));
    }

    void columnChoiceIsRemembered()
    {
        const int email = static_cast<int>(DocumentQuery::Column::Email);
        const int company = static_cast<int>(DocumentQuery::Column::Company);
        {
            MainWindow window(*m_settings, m_store->database.get());
            QHeaderView* header = invoicesPage(window)->view()->horizontalHeader();
            QVERIFY(header->isSectionHidden(email)); // hidden until chosen
            QVERIFY(!header->isSectionHidden(company));
            header->findChild<ColumnChooser*>()->setColumnVisible(email, true);
            header->findChild<ColumnChooser*>()->setColumnVisible(company, false);
        }
        MainWindow again(*m_settings, m_store->database.get());
        QHeaderView* header = invoicesPage(again)->view()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(email));
        QVERIFY(header->isSectionHidden(company));
    }

    void customersGridHasTheSeedsColumns()
    {
        CustomerRepository customers(*m_store->database);
        for (int i = 1; i <= 30; ++i) {
            Customer c;
            c.shopId = QString::number(i);
            c.email = QStringLiteral("klant%1@example.nl").arg(i);
            c.firstName = QStringLiteral("Klaartje");
            c.lastName = QStringLiteral("Pietersen %1").arg(i);
            c.website = QStringLiteral("Main Website");
            c.company = i == 5 ? QStringLiteral("Bakkerij De Zon BV") : QString();
            const qint64 id = *customers.upsert(QStringLiteral("magento"), c);
            if (i <= 10)
                QVERIFY(customers.setDebtor(id, QStringLiteral("KlaartjePi%1").arg(i), QString::number(900 + i)));
        }
        CustomersPage page(*m_store->database, *m_settings);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 30);
        QStringList visible;
        QHeaderView* header = page.view()->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                visible.append(page.model()->headerData(column, Qt::Horizontal).toString());
        }
        // In the bookkeeper's words, not the shop's field names; whether e-Boekhouden has the customer beside
        // the code it has them under.
        QCOMPARE(visible, (QStringList{"ID", "Web site", "Company", "First name", "Last name", "Email", "VAT number",
                                       "Debtor code", "Country", "Created", "Changed", "In e-Boekhouden"}));
        const int inEBoekhouden = static_cast<int>(CustomerQuery::Column::InEBoekhouden);
        QCOMPARE(header->visualIndex(inEBoekhouden),
                 header->visualIndex(static_cast<int>(CustomerQuery::Column::CustomerCode)) - 1);
        page.model()->sort(static_cast<int>(CustomerQuery::Column::Id), Qt::AscendingOrder);
        QCOMPARE(page.model()->index(0, inEBoekhouden).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(page.model()->index(0, static_cast<int>(CustomerQuery::Column::CustomerCode)).data().toString(),
                 QStringLiteral("KlaartjePi1"));
        QCOMPARE(page.model()->index(10, inEBoekhouden).data().toString(), QStringLiteral("Not yet"));
        QVERIFY(page.model()->index(10, inEBoekhouden).data(Qt::ToolTipRole).toString().contains(u"Push to"_qs));

        auto* synced = page.findChild<QComboBox*>(QStringLiteral("syncedFilter"));
        synced->setCurrentIndex(2); // not yet synced
        QCOMPARE(page.model()->rowCount(), 20);
        synced->setCurrentIndex(1);
        QCOMPARE(page.model()->rowCount(), 10);
        synced->setCurrentIndex(0);
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("search")), QStringLiteral("de zon"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, static_cast<int>(CustomerQuery::Column::CustomerCode)).data().toString(),
                 QStringLiteral("KlaartjePi5"));
    }

    // Issue 17 item 3: "Needs attention (n)" in the state filter and in the navigation, refreshed after changes.
    void needsAttentionFilterAndNavigationCounts()
    {
        MainWindow window(*m_settings, m_store->database.get());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(static_cast<int>(MainWindow::Page::Invoices))->text(),
                 QStringLiteral("Invoices (45)"));
        QCOMPARE(navigation->item(static_cast<int>(MainWindow::Page::CreditMemos))->text(),
                 QStringLiteral("Credit Memos"));
        DocumentsPage* page = invoicesPage(window);
        auto* state = page->findChild<QComboBox*>(QStringLiteral("stateFilter"));
        QCOMPARE(state->itemText(1), QStringLiteral("Needs attention (45)"));
        state->setCurrentIndex(1);
        QCOMPARE(page->model()->rowCount(), 45);
        QCOMPARE(page->model()->index(0, static_cast<int>(DocumentQuery::Column::State)).data().toString(),
                 QStringLiteral("Failed"));

        // Two are handled by hand: the counts follow after the refresh a sync or an action makes.
        QCOMPARE(ManualBooking::markBookedByHand(*m_store->database, u"magento"_qs,
                                                 {idOf(u"100000010"_qs), idOf(u"100000020"_qs)})
                     .size(),
                 2);
        window.refreshPages();
        QCOMPARE(navigation->item(static_cast<int>(MainWindow::Page::Invoices))->text(),
                 QStringLiteral("Invoices (43)"));
        QCOMPARE(state->itemText(1), QStringLiteral("Needs attention (43)"));
        QCOMPARE(page->model()->rowCount(), 43);
        // The View menu keeps the plain names.
        QCOMPARE(window.navigationText(MainWindow::Page::Customers), QStringLiteral("Customers"));
    }

    // "n of N" and the sums of the filtered rows, counted in SQL; a credit memo's sums negative.
    void summaryCountsAndSumsTheFilteredRows()
    {
        DocumentsPage page(*m_store->database, DocumentKind::Invoice, *m_settings);
        auto* summary = page.findChild<QLabel*>(QStringLiteral("summary"));
        QCOMPARE(page.model()->totals().count, 450);
        QCOMPARE(page.model()->totals().incl, Money::fromCents(450 * 2920));
        QVERIFY2(summary->text().startsWith(u"450 of 450 invoices"_qs), qPrintable(summary->text()));
        page.showNeedsAttention();
        const DocumentQuery::Totals totals = page.model()->totals();
        QCOMPARE(totals.count, 45);
        QCOMPARE(totals.excl, Money::fromCents(45 * 2413));
        QCOMPARE(totals.vat, Money::fromCents(45 * 507));
        QCOMPARE(totals.incl, Money::fromCents(45 * 2920));
        QCOMPARE(summary->text(), QStringLiteral("45 of 450 invoices · excl. VAT %1 · VAT %2 · incl. VAT %3")
                                      .arg(euroText(Money::fromCents(108585)), euroText(Money::fromCents(22815)),
                                           euroText(Money::fromCents(131400))));

        // With a searched text (the trigram index) the condition holds as well.
        DocumentFilter searched;
        searched.text = u"100000"_qs;
        searched.needsAttention = true;
        QCOMPARE(DocumentQuery(*m_store->database).totals(searched).count, 45);
        searched.text = u"10000001"_qs; // 100000010 … 100000019: one of them failed
        QCOMPARE(DocumentQuery(*m_store->database).totals(searched).count, 1);

        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = StoreFixture::invoice(u"m1"_qs, u"900001"_qs);
        memo.kind = DocumentKind::CreditMemo;
        memo.invoiceNumber = u"100000005"_qs;
        QVERIFY(DocumentRepository(*m_store->database).upsert(memo));
        DocumentsPage memos(*m_store->database, DocumentKind::CreditMemo, *m_settings);
        QCOMPARE(memos.model()->totals().incl, Money::fromCents(-2920));
        QCOMPARE(memos.findChild<QLabel*>(QStringLiteral("summary"))->text(),
                 QStringLiteral("1 of 1 credit memos · excl. VAT %1 · VAT %2 · incl. VAT %3")
                     .arg(euroText(Money::fromCents(-2413)), euroText(Money::fromCents(-507)),
                          euroText(Money::fromCents(-2920))));
    }

    // The credit memo grid names the invoice each credits, beside its own number; the invoice grid has no such
    // column.
    void creditMemoGridShowsTheCreditedInvoice()
    {
        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = StoreFixture::invoice(u"m1"_qs, u"900001"_qs);
        memo.kind = DocumentKind::CreditMemo;
        memo.invoiceNumber = u"100000005"_qs;
        QVERIFY(DocumentRepository(*m_store->database).upsert(memo));
        const int credited = static_cast<int>(DocumentQuery::Column::CreditedInvoice);
        DocumentsPage memos(*m_store->database, DocumentKind::CreditMemo, *m_settings);
        QCOMPARE(memos.model()->headerData(credited, Qt::Horizontal).toString(), QStringLiteral("Credits invoice"));
        QCOMPARE(memos.model()->index(0, credited).data().toString(), QStringLiteral("100000005"));
        QHeaderView* header = memos.view()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(credited));
        QCOMPARE(header->visualIndex(credited),
                 header->visualIndex(static_cast<int>(DocumentQuery::Column::Number)) + 1);
        DocumentsPage invoices(*m_store->database, DocumentKind::Invoice, *m_settings);
        QVERIFY(invoices.view()->horizontalHeader()->isSectionHidden(credited));
    }

    // Empty grids say why and what to do next, with a button that does it.
    void emptyGridsSayWhatToDo()
    {
        DocumentsPage memos(*m_store->database, DocumentKind::CreditMemo, *m_settings);
        memos.show();
        auto* empty = memos.findChild<QWidget*>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(memos.view()->isVisible()); // the headers stay; the words lie over the rows
        QCOMPARE(empty->geometry(), memos.view()->viewport()->rect());
        QCOMPARE(memos.findChild<QLabel*>(QStringLiteral("emptyText"))->text(),
                 QStringLiteral("No credit memos yet. Synchronise now reads new ones from the shop; to book older "
                                "ones, import a period from the shop."));
        auto* action = memos.findChild<QPushButton*>(QStringLiteral("emptyAction"));
        QCOMPARE(action->text(), QStringLiteral("Import from the shop…"));
        QSignalSpy importAsked(&memos, &DocumentsPage::importRequested);
        action->click();
        QCOMPARE(importAsked.count(), 1);

        DocumentsPage invoices(*m_store->database, DocumentKind::Invoice, *m_settings);
        invoices.show();
        QVERIFY(!invoices.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        QTest::keyClicks(invoices.findChild<QLineEdit*>(QStringLiteral("search")), QStringLiteral("nobody-at-all"));
        QTRY_COMPARE(invoices.model()->rowCount(), 0);
        QVERIFY(invoices.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        QCOMPARE(invoices.findChild<QLabel*>(QStringLiteral("emptyText"))->text(),
                 QStringLiteral("No invoice matches the filter. Change the filter or clear it."));
        auto* clear = invoices.findChild<QPushButton*>(QStringLiteral("emptyAction"));
        QCOMPARE(clear->text(), QStringLiteral("Clear the filter"));
        clear->click();
        QCOMPARE(invoices.model()->rowCount(), 450);
        QVERIFY(!invoices.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(invoices.findChild<QLineEdit*>(QStringLiteral("search"))->text().isEmpty());
    }

    // Push and "Mark as booked by hand" are off on booked documents; Reprocess on one says why it does nothing.
    void rowActionsOnlyWhereTheyMakeSense()
    {
        DocumentRepository documents(*m_store->database);
        const qint64 booked = idOf(u"100000001"_qs);
        QVERIFY(documents.transition(booked, SyncState::Pending, SyncState::Posted));
        const std::unique_ptr<SyncRunner> runner = idleRunner();
        SyncConfiguration configuration;
        DocumentsPage page(*m_store->database, DocumentKind::Invoice, *m_settings);
        page.setSync(runner.get(), &configuration);
        auto* push = page.findChild<QAction*>(QStringLiteral("pushAction"));
        auto* byHand = page.findChild<QAction*>(QStringLiteral("bookedByHandAction"));
        auto* reprocess = page.findChild<QAction*>(QStringLiteral("reprocessAction"));

        selectDocuments(&page, {booked});
        QCOMPARE(page.selectedDocumentIds(), QList<qint64>{booked});
        QVERIFY(!push->isEnabled());
        QVERIFY(!byHand->isEnabled());
        QCOMPARE(push->toolTip(), QStringLiteral("The selected documents are booked in e-Boekhouden already."));
        QVERIFY(reprocess->isEnabled());
        reprocess->trigger();
        QCOMPARE(page.notice(),
                 QStringLiteral("Reprocess did nothing: the selected document(s) are booked in e-Boekhouden already. "
                                "If a booking is wrong, Check the links offers every document whose booking is not "
                                "its own again."));
        QCOMPARE(documents.find(booked)->state, SyncState::Posted);

        // A waiting one beside it: there is something to push again.
        selectDocuments(&page, {booked, idOf(u"100000002"_qs)});
        QVERIFY(push->isEnabled());
        QVERIFY(byHand->isEnabled());
    }

    // Live rows: a document the sync has booked changes in the grid at once, without a reset of the grid.
    void rowsChangeAsTheSyncBooksThem()
    {
        const std::unique_ptr<SyncRunner> runner = idleRunner();
        SyncConfiguration configuration;
        DocumentsPage page(*m_store->database, DocumentKind::Invoice, *m_settings);
        page.setSync(runner.get(), &configuration);
        page.model()->sort(static_cast<int>(DocumentQuery::Column::Number), Qt::AscendingOrder);
        const int state = static_cast<int>(DocumentQuery::Column::State);
        QCOMPARE(page.model()->index(2, state).data().toString(), QStringLiteral("Waiting"));
        const qint64 third = page.model()->documentId(2);
        selectDocuments(&page, {third});

        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
        QVERIFY(DocumentRepository(*m_store->database).transition(third, SyncState::Pending, SyncState::Posted));
        emit runner->documentFinished(third, true, u"Booked"_qs);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(page.model()->index(2, state).data().toString(), QStringLiteral("Booked"));
        QCOMPARE(page.selectedDocumentIds(), QList<qint64>{third});
        // A document the grid has not loaded is left alone.
        emit runner->documentFinished(999999, true, u"Booked"_qs);
        QCOMPARE(changed.count(), 1);
    }

    // The selection survives refreshes and actions: the same documents, wherever they now are.
    void selectionIsKeptAcrossRefreshes()
    {
        MainWindow window(*m_settings, m_store->database.get());
        DocumentsPage* page = invoicesPage(window);
        page->model()->sort(static_cast<int>(DocumentQuery::Column::Number), Qt::AscendingOrder);
        const QList<qint64> chosen{idOf(u"100000003"_qs), idOf(u"100000007"_qs)};
        selectDocuments(page, chosen);
        QCOMPARE(page->selectedDocumentIds(), chosen);
        window.refreshPages();
        QCOMPARE(page->selectedDocumentIds(), chosen);
        QCOMPARE(page->model()->documentId(page->view()->currentIndex().row()), chosen.last());

        // A new document sorted before them moves them down a row: still the same two are selected.
        QVERIFY(DocumentRepository(*m_store->database).upsert(StoreFixture::invoice(u"0"_qs, u"100000000"_qs)));
        window.refreshPages();
        QList<qint64> after = page->selectedDocumentIds();
        std::sort(after.begin(), after.end());
        QCOMPARE(after, chosen);
    }

    // The Dashboard's tiles open the grid on what they count.
    void dashboardTilesOpenTheFilteredGrid()
    {
        MainWindow window(*m_settings, m_store->database.get());
        auto* dashboard = window.findChild<DashboardPage*>();
        auto* tile = dashboard->findChild<QPushButton*>(QStringLiteral("attentionInvoicesTile"));
        QCOMPARE(tile->text(), QStringLiteral("Invoices needing attention\n45"));
        tile->click();
        QCOMPARE(window.currentPage(), MainWindow::Page::Invoices);
        QCOMPARE(invoicesPage(window)->model()->rowCount(), 45);
        QVERIFY(invoicesPage(window)->model()->filter().needsAttention);

        window.showPage(MainWindow::Page::Dashboard);
        dashboard->findChild<QPushButton*>(QStringLiteral("waitingTile"))->click();
        QCOMPARE(window.currentPage(), MainWindow::Page::Invoices);
        QCOMPARE(invoicesPage(window)->model()->rowCount(), 405);
        QCOMPARE(invoicesPage(window)->model()->filter().state, std::optional(SyncState::Pending));
    }

    // Issue 17 item 7: a booked document's Preview shows what was posted, from the audit trail, as a journal
    // entry (ledger code and name, amounts on the right, totals that are the sums), with the request as sent.
    void previewOfABookedDocumentShowsWhatWasPosted()
    {
        DocumentRepository documents(*m_store->database);
        const qint64 id = idOf(u"100000005"_qs);
        DocumentRepository::Transition done;
        done.eboekhoudenId = u"4711"_qs;
        done.eboekhoudenNumber = u"100000005"_qs;
        QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Posted, done));
        QVERIFY(LedgerRepository(*m_store->database)
                    .save({Ledger{31, u"8000"_qs, u"Omzet hoog"_qs, u"VW"_qs, {}},
                           Ledger{32, u"8010"_qs, u"Omzet verzendkosten"_qs, u"VW"_qs, {}}}));
        AuditEntry post;
        post.documentId = id;
        post.sentAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        post.method = u"POST"_qs;
        post.endpoint = u"https://api.e-boekhouden.nl/v1/mutation"_qs;
        // Booked then at 9 % on the shipping: today's settings would book it otherwise.
        post.requestBody =
            u"{\"type\":2,\"date\":\"2026-11-02\",\"ledgerId\":13,\"relationId\":905,"
            u"\"invoiceNumber\":\"100000005\",\"inExVat\":\"EX\",\"rows\":["
            u"{\"ledgerId\":31,\"vatCode\":\"HOOG_VERK_21\",\"amount\":20.00,\"description\":\"Theepot\"},"
            u"{\"ledgerId\":32,\"vatCode\":\"LAAG_VERK_9\",\"amount\":4.13}]}"_qs;
        post.status = 201;
        post.answerBody = u"{\"id\":4711}"_qs;
        QVERIFY(AuditTrailRepository(*m_store->database).append(post));

        SyncConfiguration configuration;
        DocumentsPage page(*m_store->database, DocumentKind::Invoice, *m_settings);
        page.setSync(nullptr, &configuration);
        page.model()->sort(static_cast<int>(DocumentQuery::Column::Number), Qt::AscendingOrder);
        selectDocuments(&page, {id});
        QString title;
        QStringList cells;
        QString request;
        bool rightAligned = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            auto* rows = dialog->findChild<QTableWidget*>(QStringLiteral("rows"));
            for (int row = 0; rows && row < rows->rowCount(); ++row)
                for (int column = 0; column < rows->columnCount(); ++column)
                    cells.append(rows->item(row, column)->text());
            rightAligned = rows && (rows->item(0, 5)->textAlignment() & Qt::AlignRight);
            if (auto* body = dialog->findChild<QPlainTextEdit*>(QStringLiteral("request")))
                request = body->toPlainText();
            dialog->reject();
        });
        page.previewSelectedDocument();
        QCOMPARE(title, QStringLiteral("Booking of 100000005"));
        QCOMPARE(cells, (QStringList{"8000 – Omzet hoog", "HOOG_VERK_21", "Theepot", "20.00", "4.20", "24.20",
                                     "8010 – Omzet verzendkosten", "LAAG_VERK_9", "", "4.13", "0.37", "4.50", "Total",
                                     "", "", "24.13", "4.57", "28.70"}));
        QVERIFY(rightAligned);
        QCOMPARE(request, post.requestBody);

        // View offers the same booking; a document not booked has none to show.
        DocumentDialog view(*m_store->database, id);
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("showBookingButton")));
        DocumentDialog failed(*m_store->database, idOf(u"100000010"_qs));
        QVERIFY(!failed.findChild<QPushButton*>(QStringLiteral("showBookingButton")));
    }

    // Booked without a kept post (linked to e-Boekhouden's booking): said so, no re-booking shown.
    void previewOfABookedDocumentWithoutARecordSaysSo()
    {
        DocumentRepository::Transition done;
        done.eboekhoudenNumber = u"100000006"_qs;
        const qint64 id = idOf(u"100000006"_qs);
        QVERIFY(DocumentRepository(*m_store->database).transition(id, SyncState::Pending, SyncState::Posted, done));
        SyncConfiguration configuration;
        DocumentsPage page(*m_store->database, DocumentKind::Invoice, *m_settings);
        page.setSync(nullptr, &configuration);
        selectDocuments(&page, {id});
        QString verdict;
        bool hasRows = true;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            verdict = dialog->findChild<QLabel*>(QStringLiteral("verdict"))->text();
            hasRows = dialog->findChild<QTableWidget*>(QStringLiteral("rows")) != nullptr;
            dialog->reject();
        });
        page.previewSelectedDocument();
        QVERIFY2(verdict.startsWith(u"This document is booked in e-Boekhouden (as 100000006), but Boekhoudbrug kept "
                                    u"no record of what was sent"_qs),
                 qPrintable(verdict));
        QVERIFY(!hasRows);
    }

    // The Request tab: the exact body, where a core function gives it (PreviewDialog::setRequestBody).
    void previewHasARequestTab()
    {
        PostingResult nothing;
        PreviewDialog dialog(u"1"_qs, nothing);
        QCOMPARE(dialog.findChild<QTabWidget*>(QStringLiteral("tabs"))->count(), 1);
        dialog.setRequestBody(u"{\"type\":2}"_qs);
        QCOMPARE(dialog.findChild<QTabWidget*>(QStringLiteral("tabs"))->count(), 2);
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("request"))->toPlainText(), u"{\"type\":2}"_qs);
    }

    void viewShowsLinesAndHistory()
    {
        const StoredDocument failed =
            *DocumentRepository(*m_store->database).findByNumber(DocumentKind::Invoice, u"100000010"_qs);
        DocumentDialog dialog(*m_store->database, failed.id);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Invoice 100000010"));
        auto* lines = dialog.findChild<QTableWidget*>(QStringLiteral("lines"));
        QCOMPARE(lines->rowCount(), 2); // the line and the shipping
        QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("Theepot"));
        QCOMPARE(lines->item(0, 5)->text(), QStringLiteral("24.20"));
        auto* history = dialog.findChild<QTableWidget*>(QStringLiteral("history"));
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Invalid VAT code: check the VAT mapping"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("status"))->text(), QStringLiteral("Failed"));
    }

    // Issue 16: the View dialog's timeline of the requests sent for the document, the bodies on selection.
    void viewShowsTheRequestsSentToEBoekhouden()
    {
        const StoredDocument failed =
            *DocumentRepository(*m_store->database).findByNumber(DocumentKind::Invoice, u"100000010"_qs);
        AuditEntry sent;
        sent.documentId = failed.id;
        sent.sentAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        sent.method = QStringLiteral("POST");
        sent.endpoint = QStringLiteral("https://api.e-boekhouden.nl/v1/mutation");
        sent.requestBody = QStringLiteral("{\"invoiceNumber\":\"100000010\"}");
        sent.status = 400;
        sent.durationMs = 35;
        sent.answerBody = QStringLiteral("{\"code\":\"MUT_001\"}");
        QVERIFY(AuditTrailRepository(*m_store->database).append(sent));

        DocumentDialog dialog(*m_store->database, failed.id);
        auto* timeline = dialog.findChild<QTableWidget*>(QStringLiteral("timeline"));
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(timeline->item(0, 2)->text(), QStringLiteral("POST /v1/mutation"));
        QCOMPARE(timeline->item(0, 3)->text(), QStringLiteral("400 (35 ms)"));
        auto* exchange = dialog.findChild<QPlainTextEdit*>(QStringLiteral("exchange"));
        timeline->setCurrentCell(0, 0);
        QVERIFY(exchange->toPlainText().contains(u"{\"invoiceNumber\":\"100000010\"}"_qs));
        QVERIFY(exchange->toPlainText().contains(u"MUT_001"_qs));
    }

    void logsExportAndRetention()
    {
        SyncLogPage page(*m_store->database, *m_settings);
        SyncLogGrid* invoices = page.grid(0);
        QCOMPARE(invoices->model()->rowCount(), 45);

        const QString path = m_store->dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(invoices->exportTo(path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(csv.readAll()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 46);
        QVERIFY(rows.at(0).startsWith(QStringLiteral("ID,Order,Invoice ID,Message")));

        // Entries are 0..199 days old (i % 200 for i = 10, 20, ...); 90 days are always kept.
        const int removed = page.cleanUp();
        QVERIFY(removed > 0);
        QCOMPARE(invoices->model()->rowCount(), 45 - removed);
        SyncLogRepository::Filter all;
        for (const SyncLogEntry& entry : SyncLogRepository(*m_store->database).find(all))
            QVERIFY(entry.createdAt > QDateTime::currentDateTimeUtc().addDays(-91));
    }
};

QTEST_MAIN(TestGrids)
#include "tst_grids.moc"
