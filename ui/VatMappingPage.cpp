#include "VatMappingPage.h"

#include "store/LedgerRepository.h"
#include "store/VatMappingCsv.h"
#include "store/VatMappingRepository.h"
#include "store/VatMappingRow.h"
#include "store/VatMappingValidator.h"
#include "VatMappingDelegate.h"
#include "VatMappingModel.h"
#include "VatMappingProposal.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

VatMappingPage::VatMappingPage(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new VatMappingModel(this))
    , m_delegate(new VatMappingDelegate(this))
    , m_table(new QTableView(this))
    , m_problemsLabel(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto* intro = new QLabel(tr("Which e-Boekhouden VAT code and ledgers each shop tax rate is booked on. A row "
                                "without a rate or country holds for any rate or country."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("vatMappingTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(true); // row numbers: the problems refer to them

    m_problemsLabel->setObjectName(QStringLiteral("problems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemsLabel->hide();
    m_status->setObjectName(QStringLiteral("status"));

    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    QPushButton* add = button(tr("&Add row"), "addRowButton");
    QPushButton* remove = button(tr("&Remove row"), "removeRowButton");
    QPushButton* propose = button(tr("&Propose defaults"), "proposeButton");
    QPushButton* import = button(tr("&Import CSV…"), "importButton");
    QPushButton* exportButton = button(tr("E&xport CSV…"), "exportButton");
    QPushButton* saveButton = button(tr("&Save"), "saveButton");
    connect(add, &QPushButton::clicked, this, &VatMappingPage::addRow);
    connect(remove, &QPushButton::clicked, this, &VatMappingPage::removeSelectedRows);
    connect(propose, &QPushButton::clicked, this, &VatMappingPage::proposeDefaults);
    connect(import, &QPushButton::clicked, this, &VatMappingPage::chooseImportFile);
    connect(exportButton, &QPushButton::clicked, this, &VatMappingPage::chooseExportFile);
    connect(saveButton, &QPushButton::clicked, this, &VatMappingPage::save);
    connect(m_model, &VatMappingModel::edited, this, [this] {
        showStatus(tr("Changed, not saved yet."));
        // After a refused save the outlines follow the edits: what is fixed loses its outline at once.
        if (!m_problems.isEmpty())
            showProblems(VatMappingValidator::cellProblems(m_model->rows(), m_ratesSeen, m_ledgers));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(propose);
    buttons->addStretch();
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    buttons->addWidget(saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    reload();
}

void VatMappingPage::setLedgers(const QList<Ledger>& ledgers)
{
    m_ledgers = ledgers;
    m_delegate->setLedgers(ledgers);
    m_model->setLedgers(ledgers);
    m_table->resizeColumnsToContents(); // room for the names beside the codes
}

void VatMappingPage::setAdministration(const QString& shopCountry, bool ossRegistered,
                                       const QString& administrationCountry)
{
    m_shopCountry = shopCountry.isEmpty() ? QStringLiteral("NL") : shopCountry;
    m_ossRegistered = ossRegistered;
    if (!administrationCountry.isEmpty()) // empty: as it was (the sync's configuration does not know it)
        m_administrationCountry = administrationCountry;
}

void VatMappingPage::refreshLedgers()
{
    // Kept in the store by the setup wizard and each sync; the rows being edited stay as they are.
    const QList<Ledger> kept = LedgerRepository(m_database).load();
    if (!kept.isEmpty())
        setLedgers(kept);
}

void VatMappingPage::reload()
{
    refreshLedgers();
    VatMappingRepository repository(m_database);
    m_ratesSeen = repository.ratesSeen();
    m_delegate->setRatesSeen(m_ratesSeen);
    QList<VatMappingRow> rows;
    for (const VatMappingEntry& entry : repository.load().entries)
        rows.append(VatMappingRow::fromEntry(entry));
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    showProblems({});
    showStatus(rows.isEmpty() ? tr("No VAT mapping saved yet: propose defaults or add rows.") : QString());
}

void VatMappingPage::addRow()
{
    VatMappingRow row;
    row.vatCode = VatCode(VatCode::HoogVerk21).name();
    const int number = m_model->appendRow(row);
    m_table->setCurrentIndex(m_model->index(number, VatMappingModel::Rate));
    m_table->edit(m_table->currentIndex());
}

void VatMappingPage::removeSelectedRows()
{
    std::set<int, std::greater<>> rows; // from the bottom up, so the numbers stay valid while removing
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.insert(m_table->currentIndex().row());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

void VatMappingPage::proposeDefaults()
{
    VatMappingProposal::Inputs inputs;
    inputs.shopCountry = m_shopCountry;
    inputs.administrationCountry = m_administrationCountry;
    inputs.ossRegistered = m_ossRegistered;
    inputs.ledgers = m_ledgers;
    inputs.ratesSeenByCountry = VatMappingRepository(m_database).ratesSeenByCountry();
    // The OSS VAT ledger the bookkeeper already chose stays theirs.
    for (const VatMappingRow& row : m_model->rows())
        if (row.documentClass == DocumentClass::Oss && !row.vatLedger.trimmed().isEmpty() &&
            inputs.ossVatLedger.isEmpty())
            inputs.ossVatLedger = row.vatLedger.trimmed();
    const VatMappingProposal::Result proposed = VatMappingProposal::propose(inputs);
    QList<VatMappingRow> rows;
    for (const VatMappingEntry& entry : proposed.mapping.entries)
        rows.append(VatMappingRow::fromEntry(entry));
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    showProblems({});
    QStringList status{tr("Mapping proposed from the administration's ledgers: check it and save.")};
    status.append(proposed.notes);
    showStatus(status.join(u' '));
}

bool VatMappingPage::save()
{
    const QList<VatMappingValidator::Problem> problems =
        VatMappingValidator::cellProblems(m_model->rows(), m_ratesSeen, m_ledgers);
    showProblems(problems);
    if (!problems.isEmpty()) {
        showStatus(tr("Not saved: fix the problems above first."));
        return false;
    }
    VatMapping mapping;
    for (const VatMappingRow& row : m_model->rows())
        mapping.entries.append(row.toEntry());
    if (!VatMappingRepository(m_database).save(mapping)) {
        showStatus(tr("The VAT mapping could not be saved; see the log file for the reason."));
        return false;
    }
    showStatus(tr("VAT mapping saved."));
    return true;
}

bool VatMappingPage::exportCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !VatMappingCsv::write(m_model->rows(), file, csvSeparator()) ||
        !file.commit()) {
        showStatus(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showStatus(tr("Exported to %1.").arg(path));
    return true;
}

bool VatMappingPage::importCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const VatMappingCsv::Read read = VatMappingCsv::read(file);
    QList<VatMappingValidator::Problem> problems;
    for (const QString& text : read.problems)
        problems.append({-1, VatMappingValidator::Field::None, text});
    if (problems.isEmpty())
        problems = VatMappingValidator::cellProblems(read.rows, m_ratesSeen, m_ledgers);
    if (!problems.isEmpty()) {
        // The table keeps its rows: the row numbers name the file's rows, not the table's cells.
        for (VatMappingValidator::Problem& problem : problems)
            problem.row = -1;
        showProblems(problems);
        showStatus(tr("Not imported: fix the problems above in the file first."));
        return false;
    }
    showProblems({});
    m_model->setRows(read.rows);
    m_table->resizeColumnsToContents();
    showStatus(tr("Imported %1 rows from %2; not saved yet.").arg(read.rows.size()).arg(path));
    return true;
}

void VatMappingPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export VAT mapping"), QStringLiteral("vat-mapping.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void VatMappingPage::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import VAT mapping"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importCsv(path);
}

void VatMappingPage::showProblems(const QList<VatMappingValidator::Problem>& problems)
{
    m_problems.clear();
    for (const VatMappingValidator::Problem& problem : problems)
        m_problems.append(problem.text);
    m_model->setProblems(problems); // the wrong cells outlined, the reason as their tooltip
    m_problemsLabel->setText(m_problems.join(u'\n'));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
}

QChar VatMappingPage::csvSeparator()
{
    return QLocale().language() == QLocale::Dutch ? u';' : u',';
}

void VatMappingPage::showStatus(const QString& text)
{
    m_status->setText(text);
}
