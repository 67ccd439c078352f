#include "ColumnChooser.h"
#include "CustomersPage.h"
#include "CustomerTableModel.h"
#include "DocumentDialog.h"
#include "DocumentsPage.h"
#include "DocumentTableModel.h"
#include "MainWindow.h"
#include "store/AuditTrailRepository.h"
#include "store/CustomerRepository.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "store/SyncLogRepository.h"
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
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
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
        QCOMPARE(visible, (QStringList{"ID", "Web Site", "Company", "Firstname", "Lastname", "Email", "Tax VAT Number",
                                       "Customer Code", "Country", "Created At", "Updated At"}));

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
