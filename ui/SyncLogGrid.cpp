#include "SyncLogGrid.h"

#include "DateRangeFilter.h"
#include "SyncLogTableModel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

SyncLogGrid::SyncLogGrid(const Database& database, SyncLogEntry::Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new SyncLogTableModel(database, kind, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_success(new QComboBox(this))
    , m_dates(new DateRangeFilter(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search message, order or number"));
    m_search->setClearButtonEnabled(true);
    m_success->setObjectName(QStringLiteral("successFilter"));
    m_success->addItem(tr("Successful and failed"));
    m_success->addItem(tr("Successful only"), true);
    m_success->addItem(tr("Failed only"), false);
    auto* exportButton = new QPushButton(tr("Export to CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &SyncLogGrid::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_success, &QComboBox::currentIndexChanged, this, &SyncLogGrid::applyFilter);
    connect(m_dates, &DateRangeFilter::rangeChanged, this, &SyncLogGrid::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &SyncLogGrid::exportCsv);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_success);
    filters->addWidget(m_dates);
    filters->addWidget(exportButton);

    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
}

void SyncLogGrid::applyFilter()
{
    SyncLogRepository::Filter filter;
    filter.kind = m_model->filter().kind;
    filter.text = m_search->text().trimmed();
    if (m_success->currentIndex() > 0)
        filter.success = m_success->currentData().toBool();
    // Dates are picked in local time; the log is kept in UTC.
    if (m_dates->from().isValid())
        filter.from = QDateTime(m_dates->from(), QTime(0, 0)).toUTC();
    if (m_dates->until().isValid())
        filter.to = QDateTime(m_dates->until().addDays(1), QTime(0, 0)).toUTC();
    m_model->setFilter(filter);
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
