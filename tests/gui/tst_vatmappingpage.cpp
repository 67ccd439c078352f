#include "store/DocumentRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreFixture.h"
#include "store/VatMappingRepository.h"
#include "store/VatMappingRow.h"
#include "store/VatMappingValidator.h"
#include "VatMappingDelegate.h"
#include "VatMappingModel.h"
#include "VatMappingPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QtTest>

// The VAT Mapping page over a real store whose documents use 21 %, 9 % and 5.5 %: editing through the
// drop-downs, the default proposal, checks that refuse to save, the round trips through store and CSV.
class TestVatMappingPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;

    void seed()
    {
        DocumentRepository documents(*m_store->database);
        Invoice invoice = StoreFixture::invoice(QStringLiteral("1"), QStringLiteral("100000001"));
        DocumentLine low = invoice.lines.first();
        low.vatRate = VatRate::percent(9);
        invoice.lines.append(low);
        QVERIFY(documents.upsert(invoice));
        Invoice french = StoreFixture::invoice(QStringLiteral("2"), QStringLiteral("100000002"));
        french.lines.first().vatRate = VatRate::fromBasisPoints(550);
        QVERIFY(documents.upsert(french));
    }

    // The proposal with every OSS VAT ledger filled in and an OSS row for France's 5.5 %: valid.
    static void completeProposal(VatMappingModel& model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.rows().at(row).documentClass == DocumentClass::Oss)
                QVERIFY(model.setData(model.index(row, VatMappingModel::VatLedger), QStringLiteral("1520")));
        }
        const int added = model.appendRow();
        QVERIFY(model.setData(model.index(added, VatMappingModel::Rate), QStringLiteral("5,5")));
        QVERIFY(model.setData(model.index(added, VatMappingModel::Class), QStringLiteral("oss")));
        QVERIFY(model.setData(model.index(added, VatMappingModel::Country), QStringLiteral("fr")));
        QVERIFY(model.setData(model.index(added, VatMappingModel::VatCodeColumn), QStringLiteral("AFST_VERK")));
        QVERIFY(model.setData(model.index(added, VatMappingModel::RevenueLedger), QStringLiteral("8000")));
        QVERIFY(model.setData(model.index(added, VatMappingModel::VatLedger), QStringLiteral("1521")));
    }

    // An administration with a ledger for each class and one for OSS VAT, registered for OSS: the proposal
    // fills every row (issue 17 item 5).
    static QList<Ledger> ledgers()
    {
        return {{1, QStringLiteral("8000"), QStringLiteral("Omzet hoog"), QStringLiteral("VW"), {}},
                {2, QStringLiteral("8010"), QStringLiteral("Omzet laag"), QStringLiteral("VW"), {}},
                {3, QStringLiteral("8040"), QStringLiteral("Omzet OSS"), QStringLiteral("VW"), {}},
                {4, QStringLiteral("1520"), QStringLiteral("Af te dragen btw OSS"), QStringLiteral("BAL"), {}},
                {5, QStringLiteral("1521"), QStringLiteral("Btw Frankrijk"), QStringLiteral("BAL"), {}}};
    }
    static void prepare(VatMappingPage& page)
    {
        page.setLedgers(ledgers());
        page.setAdministration(QStringLiteral("NL"), true, QStringLiteral("NL"));
    }

    static int savedRows(const Database& database) { return VatMappingRepository(database).load().entries.size(); }

private slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        seed();
    }

    void modelPassesTheTester()
    {
        VatMappingPage page(*m_store->database);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.proposeDefaults();
        page.model()->appendRow();
        QVERIFY(page.model()->setData(page.model()->index(0, VatMappingModel::Rate), QStringLiteral("9")));
        QVERIFY(page.model()->removeRows(1, 2));
        QVERIFY(!page.model()->setData(page.model()->index(0, VatMappingModel::Rate), QStringLiteral("abc")));
        QVERIFY(!page.model()->setData(page.model()->index(0, VatMappingModel::Class), QStringLiteral("moon")));
    }

    void ratesReadTheDutchWay()
    {
        QCOMPARE(VatMappingRow::displayRate(VatRate::percent(21)), QStringLiteral("21 %"));
        QCOMPARE(VatMappingRow::displayRate(VatRate::percent(9)), QStringLiteral("9 %"));
        std::optional<VatRate> rate;
        QVERIFY(VatMappingRow::parseRate(QStringLiteral("5,5 %"), rate));
        QCOMPARE(rate, std::optional(VatRate::fromBasisPoints(550)));
        QVERIFY(VatMappingRow::parseRate(QString(), rate));
        QVERIFY(!rate);
        QVERIFY(!VatMappingRow::parseRate(QStringLiteral("120"), rate));
    }

    void editingThroughTheDropDowns()
    {
        VatMappingPage page(*m_store->database);
        page.setLedgers({{1, QStringLiteral("8000"), QStringLiteral("Omzet"), QStringLiteral("VW"), {}},
                         {2, QStringLiteral("8100"), QStringLiteral("Omzet laag"), QStringLiteral("VW"), {}}});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.addRow();
        QTableView* table = page.table();
        auto* delegate = qobject_cast<VatMappingDelegate*>(table->itemDelegate());
        QVERIFY(delegate);
        const int row = page.model()->rowCount() - 1;

        const auto editWith = [&](int column, const std::function<void(QComboBox*)>& choose) {
            const QModelIndex index = page.model()->index(row, column);
            QWidget* editor = delegate->createEditor(table->viewport(), QStyleOptionViewItem(), index);
            auto* combo = qobject_cast<QComboBox*>(editor);
            QVERIFY2(combo, "a drop-down editor");
            delegate->setEditorData(combo, index);
            choose(combo);
            delegate->setModelData(combo, page.model(), index);
            delete editor;
        };
        // The rate list offers the rates the shop uses, 5,5 % included.
        editWith(VatMappingModel::Rate, [](QComboBox* combo) {
            const int found = combo->findText(QStringLiteral("9 %"));
            QVERIFY(combo->findText(QStringLiteral("5.5 %")) >= 0);
            QVERIFY(found >= 0);
            combo->setCurrentIndex(found);
        });
        editWith(VatMappingModel::VatCodeColumn, [](QComboBox* combo) {
            QVERIFY(!combo->isEditable()); // only codes e-Boekhouden knows
            QVERIFY(combo->findData(QStringLiteral("HOOG_VERK")) < 0);
            combo->setCurrentIndex(combo->findData(QStringLiteral("LAAG_VERK_9")));
        });
        editWith(VatMappingModel::RevenueLedger,
                 [](QComboBox* combo) { combo->setCurrentIndex(combo->findData(QStringLiteral("8100"))); });

        const VatMappingRow& edited = page.model()->rows().at(row);
        QCOMPARE(edited.rate, std::optional(VatRate::percent(9)));
        QCOMPARE(edited.vatCode, QStringLiteral("LAAG_VERK_9"));
        QCOMPARE(edited.revenueLedger, QStringLiteral("8100"));
        QCOMPARE(page.model()->index(row, VatMappingModel::Rate).data().toString(), QStringLiteral("9 %"));
    }

    void ledgersAreFreeTextUntilConnected()
    {
        VatMappingPage page(*m_store->database);
        page.addRow();
        const QModelIndex index = page.model()->index(0, VatMappingModel::RevenueLedger);
        QWidget* editor =
            page.table()->itemDelegate()->createEditor(page.table()->viewport(), QStyleOptionViewItem(), index);
        QVERIFY(!qobject_cast<QComboBox*>(editor));
        delete editor;
    }

    void keptLedgersFeedTheDropDownsAndTheCheck()
    {
        // What the wizard or the last sync listed: the page offers these and refuses any other code.
        QList<Ledger> ledgers;
        for (const char* code : {"8000", "1520", "1521"})
            ledgers.append({0,
                            QLatin1String(code),
                            QStringLiteral("Rekening %1").arg(QLatin1String(code)),
                            QStringLiteral("VW"),
                            {}});
        QVERIFY(LedgerRepository(*m_store->database).save(ledgers));
        VatMappingPage page(*m_store->database);
        page.proposeDefaults();
        completeProposal(*page.model());

        const QModelIndex index = page.model()->index(0, VatMappingModel::RevenueLedger);
        QWidget* editor =
            page.table()->itemDelegate()->createEditor(page.table()->viewport(), QStyleOptionViewItem(), index);
        auto* combo = qobject_cast<QComboBox*>(editor);
        QVERIFY2(combo, "a drop-down of the administration's ledgers");
        QVERIFY(combo->findData(QStringLiteral("1521")) >= 0);
        delete editor;

        QVERIFY(page.model()->setData(index, QStringLiteral("8999")));
        QVERIFY(!page.save());
        QVERIFY2(page.problems().join(u' ').contains(QStringLiteral("8999")), qPrintable(page.problems().join(u' ')));
        QVERIFY(page.model()->setData(index, QStringLiteral("8000")));
        QVERIFY2(page.save(), qPrintable(page.problems().join(u' ')));
    }

    void proposeDefaultsFillsTheTable()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        QCOMPARE(page.model()->rowCount(), 0);
        auto* propose = page.findChild<QPushButton*>(QStringLiteral("proposeButton"));
        QVERIFY(propose);
        propose->click();
        const QList<VatMappingRow>& rows = page.model()->rows();
        QCOMPARE(rows.size(), VatMapping::defaultProposal({}).entries.size());
        QCOMPARE(rows.first().vatCode, QStringLiteral("HOOG_VERK_21"));
        QCOMPARE(page.model()->index(0, VatMappingModel::Rate).data().toString(), QStringLiteral("21 %"));
        QCOMPARE(page.model()->index(0, VatMappingModel::Class).data().toString(), QStringLiteral("Domestic"));
        // Each row on the administration's ledger for it, chosen by name; the names beside the codes.
        QStringList ledgersPerRow;
        for (const VatMappingRow& row : rows)
            ledgersPerRow.append(row.revenueLedger + u'/' + row.vatLedger);
        QCOMPARE(ledgersPerRow.mid(0, 6),
                 (QStringList{u"8000/"_qs, u"8010/"_qs, u"8000/"_qs, u"8000/"_qs, u"8000/"_qs, u"8040/1520"_qs}));
        QCOMPARE(ledgersPerRow.count(u"8040/1520"_qs), 26);
        QCOMPARE(page.model()->index(1, VatMappingModel::RevenueLedger).data().toString(), u"8010 – Omzet laag"_qs);
        QCOMPARE(page.model()->index(5, VatMappingModel::VatLedger).data().toString(),
                 u"1520 – Af te dragen btw OSS"_qs);
        QCOMPARE(page.model()->index(1, VatMappingModel::RevenueLedger).data(Qt::EditRole).toString(), u"8010"_qs);
        // The proposal as it is passes the check.
        QVERIFY(
            page.model()->setData(page.model()->index(page.model()->appendRow(), VatMappingModel::Rate), u"5,5"_qs));
        QVERIFY(page.model()->setData(page.model()->index(rows.size() - 1, VatMappingModel::Class), u"oss"_qs));
        QVERIFY(page.model()->setData(page.model()->index(rows.size() - 1, VatMappingModel::Country), u"FR"_qs));
        QVERIFY(page.model()->setData(page.model()->index(rows.size() - 1, VatMappingModel::VatCodeColumn),
                                      u"AFST_VERK"_qs));
        QVERIFY(
            page.model()->setData(page.model()->index(rows.size() - 1, VatMappingModel::RevenueLedger), u"8040"_qs));
        QVERIFY(page.model()->setData(page.model()->index(rows.size() - 1, VatMappingModel::VatLedger), u"1520"_qs));
        QVERIFY2(VatMappingValidator::problems(rows, VatMappingRepository(*m_store->database).ratesSeen(), ledgers())
                     .isEmpty(),
                 qPrintable(VatMappingValidator::problems(rows, VatMappingRepository(*m_store->database).ratesSeen(),
                                                          ledgers())
                                .join(u'\n')));
        // Proposed, not saved.
        QCOMPARE(savedRows(*m_store->database), 0);
    }

    void refusesAGapAndSavesNothing()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        completeProposal(*page.model());
        // Remove the domestic 9 % row: the shop's 9 % lines would have no code.
        const auto nine = std::find_if(page.model()->rows().cbegin(), page.model()->rows().cend(), [](const auto& r) {
            return r.documentClass == DocumentClass::Domestic && r.rate == VatRate::percent(9);
        });
        QVERIFY(page.model()->removeRows(static_cast<int>(nine - page.model()->rows().cbegin()), 1));
        QVERIFY(!page.save());
        QCOMPARE(savedRows(*m_store->database), 0);
        QCOMPARE(page.problems().size(), 1);
        QVERIFY2(page.problems().first().contains(QStringLiteral("9 %")), qPrintable(page.problems().first()));
        auto* shown = page.findChild<QLabel*>(QStringLiteral("problems"));
        QVERIFY(shown && !shown->isHidden());
        QVERIFY(shown->text().contains(QStringLiteral("no domestic row maps it")));
    }

    void refusesAnOssRowWithoutVatLedgerAndAnUnknownCode()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        completeProposal(*page.model());
        QVERIFY(page.save()); // the complete proposal is valid
        const int saved = savedRows(*m_store->database);

        int ossRow = -1;
        for (int row = 0; row < page.model()->rowCount() && ossRow < 0; ++row) {
            if (page.model()->rows().at(row).country == u"DE")
                ossRow = row;
        }
        QVERIFY(ossRow >= 0);
        QVERIFY(page.model()->setData(page.model()->index(ossRow, VatMappingModel::VatLedger), QString()));
        QVERIFY(
            page.model()->setData(page.model()->index(0, VatMappingModel::VatCodeColumn), QStringLiteral("HOOG_VERK")));
        QVERIFY(!page.save());
        const QString problems = page.problems().join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("Row %1: an OSS row needs the VAT ledger").arg(ossRow + 1)),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("Row 1: HOOG_VERK is an old code")), qPrintable(problems));
        // The store still holds the last valid mapping, untouched.
        const VatMapping stored = VatMappingRepository(*m_store->database).load();
        QCOMPARE(stored.entries.size(), saved);
        QVERIFY(std::all_of(stored.entries.cbegin(), stored.entries.cend(), [](const VatMappingEntry& e) {
            return e.documentClass != DocumentClass::Oss || !e.vatLedger.isEmpty();
        }));
    }

    void refusesDuplicateRows()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        completeProposal(*page.model());
        const VatMappingRow copy = page.model()->rows().first();
        page.model()->appendRow(copy);
        QVERIFY(!page.save());
        QVERIFY(page.problems().join(u'\n').contains(
            QStringLiteral("Rows 1 and %1 are for the same rate").arg(page.model()->rowCount())));
        QCOMPARE(savedRows(*m_store->database), 0);
    }

    void saveAndReload()
    {
        {
            VatMappingPage page(*m_store->database);
            prepare(page);
            page.proposeDefaults();
            completeProposal(*page.model());
            QVERIFY(
                page.model()->setData(page.model()->index(0, VatMappingModel::RevenueLedger), QStringLiteral("8010")));
            QVERIFY2(page.save(), qPrintable(page.problems().join(u'\n')));
            QVERIFY(page.problems().isEmpty());
        }
        VatMappingPage reopened(*m_store->database);
        const QList<VatMappingRow>& rows = reopened.model()->rows();
        QCOMPARE(rows.size(), VatMapping::defaultProposal({}).entries.size() + 1);
        QCOMPARE(rows.first().rate, std::optional(VatRate::percent(21)));
        QCOMPARE(rows.first().revenueLedger, QStringLiteral("8010"));
        const auto france = std::find_if(rows.cbegin(), rows.cend(), [](const auto& r) {
            return r.country == u"FR" && r.rate == VatRate::fromBasisPoints(550);
        });
        QVERIFY(france != rows.cend());
        QCOMPARE(france->vatLedger, QStringLiteral("1521"));
    }

    void csvExportAndImport()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        completeProposal(*page.model());
        const QList<VatMappingRow> before = page.model()->rows();
        const QString path = m_store->dir.filePath(QStringLiteral("mapping.csv"));
        QVERIFY(page.exportCsv(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("rate,class,country,vat_code,revenue_ledger,vat_ledger"));
        QCOMPARE(lines.at(1).trimmed(), QByteArray("21,domestic,,HOOG_VERK_21,8000,"));
        file.close();

        VatMappingPage other(*m_store->database);
        QVERIFY2(other.importCsv(path), qPrintable(other.problems().join(u'\n')));
        const QList<VatMappingRow> after = other.model()->rows();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QVERIFY(after.at(i).sameKey(before.at(i)));
            QCOMPARE(after.at(i).vatCode, before.at(i).vatCode);
            QCOMPARE(after.at(i).revenueLedger, before.at(i).revenueLedger);
            QCOMPARE(after.at(i).vatLedger, before.at(i).vatLedger);
        }
    }

    void importRefusesAnInvalidFile()
    {
        VatMappingPage page(*m_store->database);
        page.proposeDefaults();
        const int rowsBefore = page.model()->rowCount();
        const QString path = m_store->dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Semicolons, as a Dutch spreadsheet writes them; an unknown code and an OSS row without VAT ledger.
        file.write("rate;class;country;vat_code;revenue_ledger;vat_ledger\n"
                   "21;domestic;;HOOG_VERK_21;8000;\n"
                   "9;domestic;;LAAG_VERK_9;8000;\n"
                   "5,5;oss;FR;AFST_VERK;8000;\n"
                   "0;domestic;;NUL_VERK;8000;\n");
        file.close();
        QVERIFY(!page.importCsv(path));
        const QString problems = page.problems().join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("Row 3: an OSS row needs the VAT ledger")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("Row 4: NUL_VERK is not an e-Boekhouden VAT code")),
                 qPrintable(problems));
        QCOMPARE(page.model()->rowCount(), rowsBefore); // the table is left as it was

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("rate,class\n21,domestic\n");
        file.close();
        QVERIFY(!page.importCsv(path));
        QVERIFY(page.problems().first().startsWith(QStringLiteral("The first line must name the columns")));
    }

    // Issue 17: typing "8040" into a cell that shows "8000 – Omzet hoog" gave "8000 – Omzet hoog8040".
    void typingIntoAFilledLedgerCellReplacesIt()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        page.resize(1200, 600);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTableView* table = page.table();
        const QModelIndex cell = page.model()->index(0, VatMappingModel::RevenueLedger);
        QCOMPARE(cell.data().toString(), u"8000 – Omzet hoog"_qs);
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_8); // opens the editor, which gets the key
        auto* editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
        QVERIFY2(editor && editor->lineEdit(), "the ledger editor has the focus");
        QTest::keyClicks(editor, QStringLiteral("040"));
        QVERIFY2(editor->lineEdit()->text().startsWith(u"8040"), qPrintable(editor->lineEdit()->text()));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(page.model()->rows().first().revenueLedger, u"8040"_qs); // committed when the editor closes
        QCOMPARE(cell.data().toString(), u"8040 – Omzet OSS"_qs);
    }

    void aLedgerIsTypedByCodeOrName()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        auto* delegate = qobject_cast<VatMappingDelegate*>(page.table()->itemDelegate());
        const QModelIndex cell = page.model()->index(0, VatMappingModel::RevenueLedger);
        for (const auto& [typed, stored] : {std::pair{u"8010"_qs, u"8010"_qs}, std::pair{u"omzet oss"_qs, u"8040"_qs},
                                            std::pair{u"8999"_qs, u"8999"_qs}}) {
            std::unique_ptr<QWidget> editor(
                delegate->createEditor(page.table()->viewport(), QStyleOptionViewItem(), cell));
            auto* combo = qobject_cast<QComboBox*>(editor.get());
            QVERIFY(combo);
            delegate->setEditorData(combo, cell);
            combo->setEditText(typed);
            delegate->setModelData(combo, page.model(), cell);
            QCOMPARE(page.model()->rows().first().revenueLedger, stored);
        }
    }

    // The drop-down was 110 px, the width of the column: the names did not fit.
    void theDropDownIsWideEnoughForTheNames()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        auto* delegate = page.table()->itemDelegate();
        for (const auto& [column, longest] :
             {std::pair{int(VatMappingModel::VatLedger), u"1520 – Af te dragen btw OSS"_qs},
              std::pair{int(VatMappingModel::VatCodeColumn),
                        u"BE_IC_VERK – Belgian supplies to EU businesses (ICP), 0 %"_qs}}) {
            std::unique_ptr<QWidget> editor(delegate->createEditor(page.table()->viewport(), QStyleOptionViewItem(),
                                                                   page.model()->index(0, column)));
            auto* combo = qobject_cast<QComboBox*>(editor.get());
            QVERIFY(combo);
            QVERIFY(combo->findText(longest) >= 0);
            const int needed = combo->fontMetrics().horizontalAdvance(longest);
            QVERIFY2(combo->view()->minimumWidth() > needed,
                     qPrintable(QStringLiteral("%1 <= %2").arg(combo->view()->minimumWidth()).arg(needed)));
        }
    }

    void refusedCellsAreOutlinedWithTheReason()
    {
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        completeProposal(*page.model());
        VatMappingModel* model = page.model();
        QVERIFY(model->setData(model->index(1, VatMappingModel::RevenueLedger), u"8999"_qs));
        QVERIFY(model->setData(model->index(5, VatMappingModel::VatLedger), QString()));
        page.resize(1400, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.save());

        const QModelIndex ledger = model->index(1, VatMappingModel::RevenueLedger);
        const QModelIndex vatLedger = model->index(5, VatMappingModel::VatLedger);
        const QModelIndex fine = model->index(1, VatMappingModel::VatCodeColumn);
        QCOMPARE(ledger.data(VatMappingModel::ProblemRole).toString(),
                 u"Row 2: ledger 8999 does not exist in the administration."_qs);
        QCOMPARE(ledger.data(Qt::ToolTipRole).toString(),
                 u"Row 2: ledger 8999 does not exist in the administration."_qs);
        QCOMPARE(vatLedger.data(VatMappingModel::ProblemRole).toString(),
                 u"Row 6: an OSS row needs the VAT ledger where the foreign VAT of AT is booked."_qs);
        QCOMPARE(fine.data(VatMappingModel::ProblemRole).toString(), QString());
        QCOMPARE(page.problems().size(), 2);

        // Outlined in the problems' red; a cell without problem is not.
        page.table()->scrollTo(ledger);
        const auto edgeOf = [&](const QModelIndex& index) {
            const QImage picture = page.table()->viewport()->grab().toImage();
            const QRect cell = page.table()->visualRect(index);
            return picture.pixelColor(cell.left() + 1, cell.center().y());
        };
        QCOMPARE(edgeOf(ledger), VatMappingDelegate::problemColour());
        QVERIFY(edgeOf(fine) != VatMappingDelegate::problemColour());

        // Fixed: the outline and its line go at once, the other problem stays.
        QVERIFY(model->setData(ledger, u"8010"_qs));
        QCOMPARE(ledger.data(VatMappingModel::ProblemRole).toString(), QString());
        QCOMPARE(page.problems(), QStringList{vatLedger.data(VatMappingModel::ProblemRole).toString()});
        QVERIFY(edgeOf(ledger) != VatMappingDelegate::problemColour());
    }

    // Dutch Excel splits CSV on ";" and reads "5,5" as a number; in English the file uses ",". Both are read.
    void csvFollowsTheLanguage()
    {
        const QLocale before;
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        VatMappingPage page(*m_store->database);
        prepare(page);
        page.proposeDefaults();
        completeProposal(*page.model());
        const QList<VatMappingRow> rows = page.model()->rows();
        const auto exported = [&](const QLocale& locale) {
            QLocale::setDefault(locale);
            const QString path = m_store->dir.filePath(locale.name() + u".csv"_qs);
            [&] { QVERIFY(page.exportCsv(path)); }();
            QFile file(path);
            [&] { QVERIFY(file.open(QIODevice::ReadOnly)); }();
            return std::pair{path, file.readAll().split('\n')};
        };
        const auto [dutchPath, dutch] = exported(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QCOMPARE(VatMappingPage::csvSeparator(), u';');
        QCOMPARE(dutch.first().trimmed(), QByteArray("rate;class;country;vat_code;revenue_ledger;vat_ledger"));
        QCOMPARE(dutch.at(1).trimmed(), QByteArray("21;domestic;;HOOG_VERK_21;8000;"));
        QVERIFY(dutch.contains(QByteArray("5,5;oss;FR;AFST_VERK;8000;1521\r")));
        const auto [englishPath, english] = exported(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(VatMappingPage::csvSeparator(), u',');
        QCOMPARE(english.at(1).trimmed(), QByteArray("21,domestic,,HOOG_VERK_21,8000,"));
        QVERIFY(english.contains(QByteArray("5.5,oss,FR,AFST_VERK,8000,1521\r")));

        // Whatever the language now, either file reads back to the same rows.
        for (const QString& path : {dutchPath, englishPath}) {
            VatMappingPage other(*m_store->database);
            other.setLedgers(ledgers());
            QVERIFY2(other.importCsv(path), qPrintable(other.problems().join(u'\n')));
            QCOMPARE(other.model()->rows().size(), rows.size());
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QVERIFY(other.model()->rows().at(i).sameKey(rows.at(i)));
                QCOMPARE(other.model()->rows().at(i).revenueLedger, rows.at(i).revenueLedger);
                QCOMPARE(other.model()->rows().at(i).vatLedger, rows.at(i).vatLedger);
            }
        }
    }
};

QTEST_MAIN(TestVatMappingPage)
#include "tst_vatmappingpage.moc"
