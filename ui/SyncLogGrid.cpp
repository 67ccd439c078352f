#include "SyncLogGrid.h"

#include "ColumnChooser.h"
#include "CustomerDialog.h"
#include "DateRangeFilter.h"
#include "DocumentDialog.h"
#include "store/SyncLogRepository.h"
#include "SyncLogTableModel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using Column = SyncLogTableModel::Column;

SyncLogGrid::SyncLogGrid(const Database& database, SyncLogEntry::Kind kind, QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_settings(settings)
    , m_model(new SyncLogTableModel(database, kind, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_success(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_dates(new DateRangeFilter(this))
    , m_detail(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search message, order or number"));
    m_search->setClearButtonEnabled(true);
    m_success->setObjectName(QStringLiteral("successFilter"));
    m_success->addItem(tr("Successful and failed"));
    m_success->addItem(tr("Successful only"), true);
    m_success->addItem(tr("Failed only"), false);
    // Seed 001: "Platform: Filter by accounting platform".
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_platform->setToolTip(tr("Platform"));
    fillPlatforms();
    auto* exportButton = new QPushButton(tr("Export to CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &SyncLogGrid::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_success, &QComboBox::currentIndexChanged, this, &SyncLogGrid::applyFilter);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &SyncLogGrid::applyFilter);
    connect(m_dates, &DateRangeFilter::rangeChanged, this, &SyncLogGrid::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &SyncLogGrid::exportCsv);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_success);
    filters->addWidget(m_platform);
    filters->addWidget(m_dates);
    filters->addWidget(exportButton);

    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false); // one line a row; the whole message is in the pane below
    m_view->verticalHeader()->hide();
    // The message takes what is left, not the last column: Success is an icon and needs no more than its title.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(m_model->section(Column::Message), QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 3 * metrics.horizontalAdvance(u'M');
    const auto fit = [&](Column column, const QString& sample) {
        const int section = m_model->section(column);
        if (section >= 0)
            header->resizeSection(
                section, std::max(metrics.horizontalAdvance(sample),
                                  metrics.horizontalAdvance(m_model->headerData(section, Qt::Horizontal).toString())) +
                             padding);
    };
    fit(Column::Id, QStringLiteral("000000"));
    fit(Column::Order, QStringLiteral("000000000"));
    fit(Column::Document, QStringLiteral("C000000000"));
    fit(Column::Customer, QStringLiteral("Bakkerij De Zon BV <inkoop@example.nl>"));
    fit(Column::Date, QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat));
    fit(Column::Platform, QStringLiteral("e-Boekhouden"));
    fit(Column::Success, QString());
    fit(Column::Attempts, QStringLiteral("00"));
    // The widths the bookkeeper gave the columns, per grid.
    const QVariantList widths = m_settings.value(widthsKey()).toList();
    for (int section = 0; section < widths.size() && section < m_model->columnCount(); ++section) {
        if (section != m_model->section(Column::Message) && widths.at(section).toInt() > 0)
            header->resizeSection(section, widths.at(section).toInt());
    }
    connect(header, &QHeaderView::sectionResized, this, [this](int, int, int newSize) {
        if (newSize > 0) // hiding a column resizes it to 0: not a width to remember
            saveWidths();
    });
    new ColumnChooser(header, settings, QStringLiteral("logs/%1/hiddenColumns").arg(SyncLogRepository::kindName(kind)),
                      {});

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SyncLogGrid::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncLogGrid::showDetail);

    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setMargin(6);
    auto* detailArea = new QScrollArea(this);
    detailArea->setWidget(m_detail);
    detailArea->setWidgetResizable(true);
    detailArea->setFrameShape(QFrame::StyledPanel);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailArea);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    showDetail();
}

QString SyncLogGrid::widthsKey() const
{
    return QStringLiteral("logs/%1/columnWidths").arg(SyncLogRepository::kindName(m_model->filter().kind));
}

void SyncLogGrid::saveWidths()
{
    const QHeaderView* header = m_view->horizontalHeader();
    QVariantList widths;
    for (int section = 0; section < header->count(); ++section)
        widths.append(header->isSectionHidden(section) ? 0 : header->sectionSize(section));
    m_settings.setValue(widthsKey(), widths);
}

void SyncLogGrid::fillPlatforms()
{
    const QString chosen = m_platform->currentData().toString();
    const QSignalBlocker blocker(m_platform);
    m_platform->clear();
    m_platform->addItem(tr("All platforms"));
    for (const QString& platform : SyncLogRepository(m_database).platforms(m_model->filter().kind))
        m_platform->addItem(platform, platform);
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(chosen)));
}

void SyncLogGrid::applyFilter()
{
    SyncLogRepository::Filter filter;
    filter.kind = m_model->filter().kind;
    filter.text = m_search->text().trimmed();
    if (m_success->currentIndex() > 0)
        filter.success = m_success->currentData().toBool();
    filter.platform = m_platform->currentData().toString();
    // Dates are picked in local time; the log is kept in UTC.
    if (m_dates->from().isValid())
        filter.from = QDateTime(m_dates->from(), QTime(0, 0)).toUTC();
    if (m_dates->until().isValid())
        filter.to = QDateTime(m_dates->until().addDays(1), QTime(0, 0)).toUTC();
    m_model->setFilter(filter);
}

QString SyncLogGrid::detailText() const
{
    const QModelIndex current = m_view->currentIndex();
    const SyncLogEntry* entry = current.isValid() ? m_model->entry(current.row()) : nullptr;
    if (!entry)
        return {};
    const QLocale locale;
    const auto when = [&locale](const QDateTime& at) { return locale.toString(at.toLocalTime(), QLocale::LongFormat); };
    QStringList lines{entry->message.text(), QString()};
    if (!entry->documentNumber.isEmpty()) {
        const QString document = m_model->filter().kind == SyncLogEntry::Kind::CreditMemo
                                     ? tr("Credit memo: %1").arg(entry->documentNumber)
                                     : tr("Invoice: %1").arg(entry->documentNumber);
        lines.append(entry->orderNumber.isEmpty() ? document : tr("%1 (order %2)").arg(document, entry->orderNumber));
    }
    const QString customer = SyncLogTableModel::customerText(*entry);
    if (!entry->customerName.isEmpty() || !entry->customerEmail.isEmpty())
        lines.append(tr("Customer: %1").arg(customer));
    lines.append(tr("Time: %1").arg(when(entry->createdAt)));
    if (entry->attempts > 1) {
        lines.append(
            tr("Attempts: %1, the last at %2").arg(QString::number(entry->attempts), when(entry->lastAttemptAt)));
    } else {
        lines.append(tr("Attempts: 1"));
    }
    lines.append(entry->success ? tr("Result: successful") : tr("Result: failed"));
    if (entry->documentId)
        lines.append(tr("Double-click the row to open the document."));
    else if (entry->customerId)
        lines.append(tr("Double-click the row to open the customer."));
    return lines.join(u'\n');
}

void SyncLogGrid::showDetail()
{
    const QString text = detailText();
    m_detail->setText(text.isEmpty() ? tr("Select a row to read its message in full.") : text);
}

QDialog* SyncLogGrid::openRow(const QModelIndex& index)
{
    const SyncLogEntry* entry = index.isValid() ? m_model->entry(index.row()) : nullptr;
    if (!entry)
        return nullptr;
    QDialog* dialog = nullptr;
    if (entry->documentId)
        dialog = new DocumentDialog(m_database, entry->documentId, this);
    else if (entry->customerId)
        dialog = new CustomerDialog(m_database, entry->customerId, this);
    if (!dialog)
        return nullptr;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool SyncLogGrid::exportTo(const QString& path)
{
    // QSaveFile: a failed export never leaves half a file where a previous export was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!SyncLogRepository(m_database).exportCsv(m_model->filter(), file)) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

void SyncLogGrid::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export log"), QStringLiteral("sync-log.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        QMessageBox::warning(this, tr("Export log"),
                             tr("The log could not be written to %1. Choose another folder and try again.").arg(path));
}
