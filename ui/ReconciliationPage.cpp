#include "ReconciliationPage.h"

#include "concurrency/RunOnWorkerThread.h"
#include "DateRangeFilter.h"
#include "store/VatMappingRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString findingText(Reconciliation::Finding finding)
{
    switch (finding) {
    case Reconciliation::Finding::Missing:
        return QCoreApplication::translate("ReconciliationPage", "Missing in e-Boekhouden");
    case Reconciliation::Finding::OtherDate:
        return QCoreApplication::translate("ReconciliationPage", "Booked on another date");
    case Reconciliation::Finding::AmountDiffers:
        return QCoreApplication::translate("ReconciliationPage", "Other amount");
    case Reconciliation::Finding::VatDiffers:
        return QCoreApplication::translate("ReconciliationPage", "Other VAT");
    case Reconciliation::Finding::BookedTwice:
        return QCoreApplication::translate("ReconciliationPage", "Booked twice");
    case Reconciliation::Finding::NotBookedByUs:
        return QCoreApplication::translate("ReconciliationPage", "Not booked by Boekhoudbrug");
    case Reconciliation::Finding::NotBooked:
        return QCoreApplication::translate("ReconciliationPage", "Not booked");
    }
    return {};
}

} // namespace

ReconciliationPage::ReconciliationPage(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_range(new DateRangeFilter(this))
    , m_start(new QPushButton(tr("Compare with e-Boekhouden"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_range->setObjectName(QStringLiteral("reconciliationPeriod"));
    m_start->setObjectName(QStringLiteral("startReconciliation"));
    m_cancel->setObjectName(QStringLiteral("cancelReconciliation"));
    m_progress->setObjectName(QStringLiteral("reconciliationProgress"));
    m_progress->setRange(0, 0); // busy: e-Boekhouden does not say how many pages a period has
    m_progress->hide();
    m_cancel->hide();
    m_summary->setObjectName(QStringLiteral("reconciliationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose a period and compare: e-Boekhouden's sales bookings of the period are read and "
                          "compared with the shop's documents."));
    m_table->setObjectName(QStringLiteral("reconciliationDifferences"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Difference"), tr("Document"), tr("What differs and what to do")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_range);
    bar->addWidget(m_start);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_start, &QPushButton::clicked, this, &ReconciliationPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &ReconciliationPage::cancel);
    m_range->choose(DateRangeFilter::Period::LastQuarter);
}

void ReconciliationPage::setClientFactory(SyncEngine::ClientFactory factory)
{
    m_clientFactory = std::move(factory);
}

void ReconciliationPage::setConfiguration(const SyncConfiguration* configuration)
{
    m_configuration = configuration;
}

void ReconciliationPage::setPeriod(const QDate& from, const QDate& until)
{
    m_range->setRange(from, until);
}

void ReconciliationPage::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_start->setEnabled(!running);
    m_range->setEnabled(!running);
}

void ReconciliationPage::start()
{
    const QDate from = m_range->from();
    const QDate until = m_range->until();
    if (!from.isValid() || !until.isValid() || from > until) {
        m_summary->setText(tr("Choose a period: a from and an until date, the second not before the first."));
        return;
    }
    if (!m_clientFactory) {
        m_summary->setText(tr("Boekhoudbrug is not connected to e-Boekhouden. Set up the connection in Settings, "
                              "then compare again."));
        return;
    }
    const quint64 run = ++m_run;
    setRunning(true);
    m_summary->setText(tr("Reading e-Boekhouden's sales bookings of %1 to %2…")
                           .arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate)));
    // The worker makes its own client and its own connection to the store (Database is per thread).
    const Database* database = &m_database;
    std::optional<SyncConfiguration> rules;
    if (m_configuration) {
        rules = *m_configuration;
        rules->vatMapping = VatMappingRepository(m_database).loadOr(rules->vatMapping); // what the sync books with
    }
    runOnWorkerThread(
        this,
        [factory = m_clientFactory, database, from, until, rules] {
            const std::unique_ptr<EBoekhoudenClient> client = factory();
            Reconciliation reconciliation(*database, *client);
            if (rules)
                reconciliation.setPostingRules(rules->settings, rules->vatMapping);
            return reconciliation.run(from, until);
        },
        [this, run, from, until](Reconciliation::Report report) {
            if (run != m_run)
                return; // cancelled, or a newer run was started
            setRunning(false);
            show(report, from, until);
            emit finished();
        });
}

void ReconciliationPage::cancel()
{
    ++m_run; // the result of the run under way is dropped when it arrives
    setRunning(false);
    m_summary->setText(tr("Comparison cancelled; nothing was changed."));
}

void ReconciliationPage::show(const Reconciliation::Report& report, const QDate& from, const QDate& until)
{
    m_table->setRowCount(0);
    if (report.error) {
        m_summary->setText(tr("e-Boekhouden could not be read, so nothing was compared: %1 Try again later.")
                               .arg(report.error->message()));
        return;
    }
    m_table->setRowCount(static_cast<int>(report.differences.size()));
    for (int row = 0; row < report.differences.size(); ++row) {
        const Reconciliation::Difference& difference = report.differences.at(row);
        QString document = difference.number;
        if (!document.isEmpty())
            document = difference.kind == DocumentKind::CreditMemo ? tr("Credit memo %1").arg(document)
                                                                   : tr("Invoice %1").arg(document);
        else
            document = tr("Booking %1").arg(difference.eboekhoudenNumber);
        m_table->setItem(row, 0, new QTableWidgetItem(findingText(difference.finding)));
        m_table->setItem(row, 1, new QTableWidgetItem(document));
        m_table->setItem(row, 2, new QTableWidgetItem(difference.message));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
    const QString period = tr("%1 to %2").arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate));
    m_summary->setText(report.differences.isEmpty()
                           ? tr("%1: the books agree. %n sales booking(s) in e-Boekhouden, each booked by "
                                "Boekhoudbrug and equal to its document.",
                                nullptr, report.bookings)
                                 .arg(period)
                           : tr("%1: %n difference(s) to look at; each line says what to do.", nullptr,
                                static_cast<int>(report.differences.size()))
                                 .arg(period));
}
