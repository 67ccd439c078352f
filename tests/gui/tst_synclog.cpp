#include "ColumnChooser.h"
#include "CustomerDialog.h"
#include "DateRangeFilter.h"
#include "DocumentDialog.h"
#include "DocumentTableModel.h"
#include "i18n/LanguageLoader.h"
#include "store/CustomerRepository.h"
#include "store/DocumentQuery.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "store/SyncLogRepository.h"
#include "SyncLogGrid.h"
#include "SyncLogTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

// The Synchronisation Logs grids (issue 17 items 2 and 4): messages in the reader's language, the message
// readable in full, success as an icon, the customer named, retries counted in one row, a row opening its
// document or customer, widths and columns remembered, the platform filter and the date presets.
class TestSyncLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<QSettings> m_settings;
    LanguageLoader m_language;
    qint64 m_invoiceId = 0;
    qint64 m_customerId = 0;
    const QDateTime m_now = QDateTime::currentDateTimeUtc().addSecs(-60);

    using Column = SyncLogTableModel::Column;

    static QString cell(const SyncLogTableModel& model, int row, Column column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, model.section(column)), role).toString();
    }

    std::optional<qint64> append(SyncLogEntry::Kind kind, const LogMessage& message, bool success, const QDateTime& at,
                                 qint64 documentId = 0, qint64 customerId = 0)
    {
        SyncLogEntry e;
        e.kind = kind;
        e.message = message;
        e.success = success;
        e.createdAt = at;
        e.documentId = documentId;
        e.customerId = customerId;
        if (documentId) {
            e.documentNumber = QStringLiteral("100000001");
            e.orderNumber = QStringLiteral("ORD100000001");
        }
        return SyncLogRepository(*m_store->database).append(e);
    }

private slots:
    void init()
    {
        QVERIFY(m_language.apply(QStringLiteral("en")));
        m_store = std::make_unique<StoreFixture>();
        m_settings =
            std::make_unique<QSettings>(m_store->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_invoiceId = *DocumentRepository(*m_store->database).upsert(StoreFixture::invoice(u"1"_qs, u"100000001"_qs));
        Customer nina;
        nina.shopId = QStringLiteral("5");
        nina.email = QStringLiteral("nina@example.nl");
        nina.firstName = QStringLiteral("Nina");
        nina.lastName = QStringLiteral("Nieuw");
        m_customerId = *CustomerRepository(*m_store->database).upsert(u"magento"_qs, nina);
    }

    void cleanupTestCase() { m_language.apply(QStringLiteral("en")); }

    void aRowWrittenInEnglishIsShownInDutch()
    {
        // Written while the app speaks English, as DocumentPusher writes it.
        QVERIFY(append(SyncLogEntry::Kind::Invoice, LogMessage::coded(u"invoice.booked"_qs, {u"100000001"_qs}), true,
                       m_now, m_invoiceId));
        // A row of before the message codes: text only, shown as written.
        QSqlQuery q(m_store->database->connection());
        QVERIFY(q.exec(u"INSERT INTO sync_log (kind, platform, message, success, created_at) VALUES ('invoice', "
                       "'e-Boekhouden', 'Invoice created', 1, '2026-01-05T10:00:00Z')"_qs));
        DocumentRepository::Transition refused;
        refused.message = LogMessage::coded(u"creditmemo.invoiceNotFound"_qs, {u"100000009"_qs});
        QVERIFY(DocumentRepository(*m_store->database)
                    .transition(m_invoiceId, SyncState::Pending, SyncState::Failed, refused));

        QVERIFY(m_language.apply(QStringLiteral("nl")));
        SyncLogTableModel log(*m_store->database, SyncLogEntry::Kind::Invoice);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(cell(log, 0, Column::Message), QStringLiteral("Factuur geboekt in e-Boekhouden als 100000001."));
        QCOMPARE(cell(log, 0, Column::Message, Qt::ToolTipRole),
                 QStringLiteral("Factuur geboekt in e-Boekhouden als 100000001."));
        QCOMPARE(cell(log, 1, Column::Message), QStringLiteral("Invoice created"));
        SyncLogGrid grid(*m_store->database, SyncLogEntry::Kind::Invoice, *m_settings);
        grid.view()->setCurrentIndex(grid.model()->index(0, 0));
        QVERIFY2(grid.detailText().startsWith(u"Factuur geboekt in e-Boekhouden als 100000001."_qs),
                 qPrintable(grid.detailText()));

        // The reason a document grid shows, written in English too.
        DocumentTableModel documents(*m_store->database, DocumentKind::Invoice);
        documents.refresh();
        const QString reason = documents.data(documents.index(0, int(DocumentQuery::Column::Message))).toString();
        QCOMPARE(reason,
                 QStringLiteral("Factuur niet gevonden: factuur 100000009 is nog niet in e-Boekhouden geboekt. "
                                "Boek eerst de factuur; deze creditnota volgt bij de volgende synchronisatie."));
    }

    void successIsAnIconAndTheMessageTakesTheRoom()
    {
        QVERIFY(append(SyncLogEntry::Kind::Invoice, LogMessage(u"Invalid VAT code: check the VAT mapping"_qs), false,
                       m_now, m_invoiceId));
        QVERIFY(append(SyncLogEntry::Kind::Invoice, LogMessage(u"Invoice created"_qs), true, m_now.addSecs(1)));
        SyncLogGrid grid(*m_store->database, SyncLogEntry::Kind::Invoice, *m_settings);
        grid.resize(1280, 800);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const SyncLogTableModel& model = *grid.model();
        QCOMPARE(model.data(model.index(0, model.section(Column::Success))), QVariant());
        QVERIFY(
            !model.data(model.index(0, model.section(Column::Success)), Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(model, 0, Column::Success, Qt::ToolTipRole), QStringLiteral("Successful"));
        QCOMPARE(cell(model, 1, Column::Success, Qt::ToolTipRole), QStringLiteral("Failed"));
        QCOMPARE(cell(model, 1, Column::Success, Qt::AccessibleTextRole), QStringLiteral("Failed"));

        const QHeaderView* header = grid.view()->horizontalHeader();
        const int message = header->sectionSize(model.section(Column::Message));
        const int success = header->sectionSize(model.section(Column::Success));
        QVERIFY2(success < 120, qPrintable(QString::number(success)));
        QVERIFY2(message > 400, qPrintable(QString::number(message)));
        QCOMPARE(header->sectionResizeMode(model.section(Column::Message)), QHeaderView::Stretch);
    }

    void theCustomerLogNamesTheCustomer()
    {
        QVERIFY(append(SyncLogEntry::Kind::Customer, LogMessage(u"Customer created"_qs), true, m_now, 0, m_customerId));
        SyncLogTableModel log(*m_store->database, SyncLogEntry::Kind::Customer);
        QCOMPARE(log.columnCount(), 7);
        QCOMPARE(log.headerData(log.section(Column::Customer), Qt::Horizontal).toString(), QStringLiteral("Customer"));
        QCOMPARE(log.section(Column::Order), -1);
        QCOMPARE(cell(log, 0, Column::Customer), QStringLiteral("Nina Nieuw <nina@example.nl>"));
    }

    void retriesAreOneRowAndTheDetailSaysAll()
    {
        const LogMessage noAnswer(u"e-Boekhouden did not answer in time. It is tried again."_qs);
        for (int retry = 0; retry < 3; ++retry)
            QVERIFY(append(SyncLogEntry::Kind::Invoice, noAnswer, false, m_now.addSecs(10 * retry), m_invoiceId));
        SyncLogGrid grid(*m_store->database, SyncLogEntry::Kind::Invoice, *m_settings);
        QCOMPARE(grid.model()->rowCount(), 1);
        QCOMPARE(cell(*grid.model(), 0, Column::Attempts), QStringLiteral("3"));
        QCOMPARE(grid.detailText(), QString());
        QCOMPARE(grid.findChild<QLabel*>(QStringLiteral("detail"))->text(),
                 QStringLiteral("Select a row to read its message in full."));

        grid.view()->setCurrentIndex(grid.model()->index(0, 0));
        const QStringList lines = grid.detailText().split(u'\n');
        QCOMPARE(lines.at(0), noAnswer.text());
        QCOMPARE(lines.at(2), QStringLiteral("Invoice: 100000001 (order ORD100000001)"));
        QVERIFY2(lines.at(4).startsWith(u"Attempts: 3, the last at "_qs), qPrintable(lines.at(4)));
        QCOMPARE(lines.at(5), QStringLiteral("Result: failed"));
        QCOMPARE(grid.findChild<QLabel*>(QStringLiteral("detail"))->text(), grid.detailText());
    }

    void aDoubleClickOpensTheDocumentOrTheCustomer()
    {
        QVERIFY(append(SyncLogEntry::Kind::Invoice, LogMessage(u"Invoice created"_qs), true, m_now, m_invoiceId));
        QVERIFY(append(SyncLogEntry::Kind::Invoice, LogMessage(u"Invoice created"_qs), true, m_now.addSecs(-5)));
        SyncLogGrid invoices(*m_store->database, SyncLogEntry::Kind::Invoice, *m_settings);
        invoices.resize(1280, 600);
        invoices.show();
        QVERIFY(QTest::qWaitForWindowExposed(&invoices));
        QTableView* view = invoices.view();
        const QModelIndex first = invoices.model()->index(0, invoices.model()->section(Column::Message));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        QTRY_VERIFY(invoices.findChild<DocumentDialog*>() != nullptr);
        QVERIFY(invoices.findChild<DocumentDialog*>()->isVisible());
        invoices.findChild<DocumentDialog*>()->close();
        // A row about no document opens nothing.
        QCOMPARE(invoices.openRow(invoices.model()->index(1, 0)), nullptr);

        QVERIFY(append(SyncLogEntry::Kind::Customer, LogMessage(u"Customer created"_qs), true, m_now, 0, m_customerId));
        SyncLogGrid customers(*m_store->database, SyncLogEntry::Kind::Customer, *m_settings);
        QDialog* dialog = customers.openRow(customers.model()->index(0, 0));
        QVERIFY(qobject_cast<CustomerDialog*>(dialog) != nullptr);
        dialog->close();
    }

    void widthsAndColumnsAreRemembered()
    {
        const int order = SyncLogTableModel(*m_store->database, SyncLogEntry::Kind::Invoice).section(Column::Order);
        const int platform =
            SyncLogTableModel(*m_store->database, SyncLogEntry::Kind::Invoice).section(Column::Platform);
        {
            SyncLogGrid grid(*m_store->database, SyncLogEntry::Kind::Invoice, *m_settings);
            QVERIFY(grid.view()->horizontalHeader()->sectionSize(order) != 217);
            grid.view()->horizontalHeader()->resizeSection(order, 217);
            auto* chooser = grid.view()->horizontalHeader()->findChild<ColumnChooser*>();
            QVERIFY(chooser);
            chooser->setColumnVisible(platform, false);
        }
        SyncLogGrid again(*m_store->database, SyncLogEntry::Kind::Invoice, *m_settings);
        QCOMPARE(again.view()->horizontalHeader()->sectionSize(order), 217);
        QVERIFY(again.view()->horizontalHeader()->isSectionHidden(platform));
        // Per grid: the credit memo log keeps its own.
        SyncLogGrid memos(*m_store->database, SyncLogEntry::Kind::CreditMemo, *m_settings);
        QVERIFY(memos.view()->horizontalHeader()->sectionSize(order) != 217);
        QVERIFY(!memos.view()->horizontalHeader()->isSectionHidden(platform));
    }

    void platformFilterAndDatePresets()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(append(SyncLogEntry::Kind::Invoice, LogMessage(u"Invoice created"_qs), true, now.addSecs(-30)));
        QVERIFY(append(SyncLogEntry::Kind::Invoice, LogMessage(u"Invoice created"_qs), true, now.addDays(-8)));
        SyncLogEntry other;
        other.platform = QStringLiteral("Exact Online");
        other.message = LogMessage(u"Invoice created"_qs);
        other.success = true;
        other.createdAt = now.addSecs(-20);
        QVERIFY(SyncLogRepository(*m_store->database).append(other));

        SyncLogGrid grid(*m_store->database, SyncLogEntry::Kind::Invoice, *m_settings);
        QCOMPARE(grid.model()->rowCount(), 3);
        auto* platforms = grid.findChild<QComboBox*>(QStringLiteral("platformFilter"));
        QCOMPARE(platforms->count(), 3);
        QCOMPARE(platforms->itemText(0), QStringLiteral("All platforms"));
        platforms->setCurrentIndex(platforms->findText(QStringLiteral("Exact Online")));
        QCOMPARE(grid.model()->rowCount(), 1);
        platforms->setCurrentIndex(platforms->findText(QStringLiteral("e-Boekhouden")));
        QCOMPARE(grid.model()->rowCount(), 2);
        platforms->setCurrentIndex(0);

        grid.dates()->choose(DateRangeFilter::Period::Today);
        QCOMPARE(grid.model()->rowCount(), 2);
        grid.dates()->choose(DateRangeFilter::Period::ThisWeek); // eight days ago is never this week
        QCOMPARE(grid.model()->rowCount(), 2);
        grid.dates()->clear();
        QCOMPARE(grid.model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestSyncLog)
#include "tst_synclog.moc"
