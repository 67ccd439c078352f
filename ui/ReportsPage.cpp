#include "ReportsPage.h"

#include "DateRangeFilter.h"
#include "MoneyText.h"
#include "reports/PeriodDocuments.h"
#include "reports/ReportCsv.h"
#include "reports/ReportPdf.h"
#include "store/VatMappingRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int quartersOffered = 8;

} // namespace

ReportsPage::ReportsPage(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_quarter(new QComboBox(this))
    , m_range(new DateRangeFilter(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new QChart)
{
    m_quarter->setObjectName(QStringLiteral("reportQuarter"));
    m_quarter->setAccessibleName(tr("Quarter"));
    m_range->setObjectName(QStringLiteral("reportPeriod"));
    // The quarters a bookkeeper files for: this one and the seven before it, newest first.
    ReportPeriod quarter = ReportPeriod::quarterOf(QDate::currentDate());
    for (int i = 0; i < quartersOffered; ++i) {
        m_quarter->addItem(quarter.quarterName(), QVariant::fromValue(quarter.from));
        quarter = ReportPeriod::quarterOf(quarter.from.addDays(-1));
    }
    m_quarter->addItem(tr("Other period"));
    auto* show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("showReports"));
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* pdf = new QPushButton(tr("Export PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));

    auto* bar = new QHBoxLayout;
    auto* quarterLabel = new QLabel(tr("&Quarter:"), this);
    quarterLabel->setBuddy(m_quarter);
    bar->addWidget(quarterLabel);
    bar->addWidget(m_quarter);
    bar->addWidget(m_range);
    bar->addWidget(show);
    bar->addStretch(1);
    bar->addWidget(csv);
    bar->addWidget(pdf);

    const QStringList titles{tr("VAT reconciliation"), tr("ICP listing"), tr("OSS summary")};
    for (int tab = VatTab; tab <= OssTab; ++tab) {
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        auto* grid = new QTableWidget(page);
        grid->setObjectName(QStringLiteral("reportTable%1").arg(tab));
        grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
        grid->setSelectionBehavior(QAbstractItemView::SelectRows);
        grid->verticalHeader()->hide();
        grid->horizontalHeader()->setStretchLastSection(true);
        auto* notes = new QLabel(page);
        notes->setObjectName(QStringLiteral("reportNotes%1").arg(tab));
        notes->setWordWrap(true);
        notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Table, notes and chart share the height; the notes scroll when a period has many.
        auto* notesArea = new QScrollArea(page);
        notesArea->setWidget(notes);
        notesArea->setWidgetResizable(true);
        notesArea->setFrameShape(QFrame::NoFrame);
        auto* splitter = new QSplitter(Qt::Vertical, page);
        splitter->addWidget(grid);
        splitter->addWidget(notesArea);
        if (tab == VatTab) {
            auto* chartView = new QChartView(m_chart, page); // takes ownership of the chart
            chartView->setObjectName(QStringLiteral("vatChart"));
            chartView->setMinimumHeight(180);
            chartView->setRenderHint(QPainter::Antialiasing);
            splitter->addWidget(chartView);
        }
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 1);
        splitter->setStretchFactor(2, 2);
        layout->addWidget(splitter, 1);
        m_tables.append(grid);
        m_notes.append(notes);
        m_tabs->addTab(page, titles.at(tab));
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_quarter, &QComboBox::activated, this, [this](int index) {
        const QDate first = m_quarter->itemData(index).toDate();
        if (first.isValid()) {
            const ReportPeriod quarter = ReportPeriod::quarterOf(first);
            setPeriod(quarter.from, quarter.until);
        }
    });
    connect(m_range, &DateRangeFilter::rangeChanged, this,
            [this] { showQuarterOf(m_range->from(), m_range->until()); });
    connect(show, &QPushButton::clicked, this, [this] {
        m_periodChosen = true;
        refresh();
    });
    connect(csv, &QPushButton::clicked, this, [this] { exportCurrent(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportCurrent(true); });

    refresh();
}

void ReportsPage::showQuarterOf(const QDate& from, const QDate& until)
{
    const QString name = ReportPeriod{from, until}.quarterName();
    int index = name.isEmpty() ? -1 : m_quarter->findText(name);
    if (index < 0 && !name.isEmpty()) { // an older quarter than the list holds: offered too
        m_quarter->insertItem(m_quarter->count() - 1, name, QVariant::fromValue(from));
        index = m_quarter->count() - 2;
    }
    m_quarter->setCurrentIndex(index >= 0 ? index : m_quarter->count() - 1);
}

void ReportsPage::setConfiguration(const SyncConfiguration* configuration)
{
    m_configuration = configuration;
}

void ReportsPage::setPeriod(const QDate& from, const QDate& until)
{
    m_periodChosen = true;
    m_range->setRange(from, until);
    refresh();
}

void ReportsPage::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportsPage::refresh()
{
    m_stale = false;
    if (!m_periodChosen) {
        const QDate newest = PeriodDocuments::newestDocumentDate(m_database);
        const ReportPeriod quarter = ReportPeriod::quarterOf(newest.isValid() ? newest : QDate::currentDate());
        m_range->setRange(quarter.from, quarter.until);
    }
    const ReportPeriod period{m_range->from(), m_range->until()};
    if (!period.isValid()) {
        for (QLabel* notes : std::as_const(m_notes))
            notes->setText(tr("Choose a period: a quarter, or a from and an until date."));
        return;
    }
    SyncConfiguration configuration = m_configuration ? *m_configuration : SyncConfiguration{};
    VatMapping::Proposal proposal;
    proposal.shopCountry = configuration.settings.shopCountry;
    // The mapping the sync books with: the store's, else the proposal for the shop's country.
    const VatMapping mapping =
        VatMappingRepository(m_database)
            .loadOr(configuration.vatMapping.entries.isEmpty() ? VatMapping::defaultProposal(proposal)
                                                               : configuration.vatMapping);
    const QList<PeriodDocument> documents = PeriodDocuments::read(m_database, configuration.settings, mapping, period);
    m_vat = VatReport::build(documents, period);
    m_icp = IcpListing::build(documents, period);
    m_oss = OssSummary::build(documents, period);
    for (int tab = VatTab; tab <= OssTab; ++tab)
        fill(static_cast<Tab>(tab));
    fillChart();
}

ReportTable ReportsPage::reportTable(Tab tab) const
{
    switch (tab) {
    case VatTab:
        return m_vat.table();
    case IcpTab:
        return m_icp.table();
    case OssTab:
        return m_oss.table();
    }
    return {};
}

void ReportsPage::fill(Tab tab)
{
    const ReportTable report = reportTable(tab);
    QTableWidget* grid = m_tables.at(tab);
    grid->clear();
    grid->setColumnCount(static_cast<int>(report.headings.size()));
    grid->setHorizontalHeaderLabels(report.headings);
    const qsizetype rows = report.lines.size() + (report.totals.isEmpty() ? 0 : 1);
    grid->setRowCount(static_cast<int>(rows));
    const auto put = [&](int row, const QStringList& cells, bool bold) {
        for (int column = 0; column < cells.size(); ++column) {
            QString text = cells.at(column);
            if (report.moneyColumns.contains(column))
                if (const std::optional<Money> amount = Money::parse(text))
                    text = moneyText(*amount);
            auto* item = new QTableWidgetItem(text);
            if (report.amountColumns.contains(column))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            grid->setItem(row, column, item);
        }
    };
    for (int row = 0; row < report.lines.size(); ++row)
        put(row, report.lines.at(row), false);
    if (!report.totals.isEmpty())
        put(static_cast<int>(report.lines.size()), report.totals, true);
    grid->resizeColumnsToContents();
    QStringList notes = report.notes;
    if (report.lines.isEmpty())
        notes.prepend(tr("Nothing in this period."));
    m_notes.at(tab)->setText(notes.join(u'\n'));
}

void ReportsPage::fillChart()
{
    // VAT per rate and country, the shop's against what is booked: a difference shows as two unequal bars.
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto* shop = new QBarSet(tr("Shop VAT"));
    auto* booked = new QBarSet(tr("Booked VAT"));
    QStringList categories;
    std::int64_t highest = 0;
    std::int64_t lowest = 0; // a quarter of more credit memos than sales: negative VAT
    for (const VatReport::Line& line : m_vat.lines) {
        if (line.shopVat.isZero() && line.bookedVat.isZero())
            continue;
        categories.append(
            QStringLiteral("%1% %2").arg(line.rate ? line.rate->toString() : QStringLiteral("?"), line.country));
        // QtCharts plots doubles; these are for the picture only, the tables hold the exact amounts.
        *shop << static_cast<double>(line.shopVat.cents()) / 100;
        *booked << static_cast<double>(line.bookedVat.cents()) / 100;
        highest = std::max({highest, line.shopVat.cents(), line.bookedVat.cents()});
        lowest = std::min({lowest, line.shopVat.cents(), line.bookedVat.cents()});
    }
    auto* series = new QBarSeries;
    series->append(shop);
    series->append(booked);
    m_chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(static_cast<double>(lowest) / 100 * 1.1,
                static_cast<double>(std::max<std::int64_t>(highest, 100)) / 100 * 1.1);
    y->setLabelFormat(highest >= 10000 || lowest <= -10000 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_chart->setTitle(tr("VAT per rate and country"));
}

QString ReportsPage::exportCsv(Tab tab, const QString& path) const
{
    return ReportCsv::save(reportTable(tab), path);
}

QString ReportsPage::exportPdf(Tab tab, const QString& path) const
{
    return ReportPdf::save(reportTable(tab), path);
}

void ReportsPage::exportCurrent(bool pdf)
{
    const Tab tab = static_cast<Tab>(m_tabs->currentIndex());
    const QString period = ReportPeriod{m_range->from(), m_range->until()}.quarterName();
    const QStringList names{QStringLiteral("vat"), QStringLiteral("icp"), QStringLiteral("oss")};
    const QString suggested = QStringLiteral("%1-%2.%3")
                                  .arg(names.at(tab), period.isEmpty() ? QStringLiteral("period") : period,
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export as PDF") : tr("Export as CSV"), suggested,
                                                      pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = pdf ? exportPdf(tab, path) : exportCsv(tab, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
}

QTableWidget* ReportsPage::table(Tab tab) const
{
    return m_tables.at(tab);
}

QLabel* ReportsPage::notes(Tab tab) const
{
    return m_notes.at(tab);
}
