#include "DashboardPage.h"

#include "secrets/TokenExpiry.h"
#include "store/DocumentRepository.h"
#include "store/SyncLogRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

// A local calendar day as the store's UTC timestamps see it.
QDateTime startOfDay(const QDate& day)
{
    return day.startOfDay(Qt::LocalTime).toUTC();
}

} // namespace

DashboardPage::DashboardPage(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_waiting(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_postedToday(new QLabel(this))
    , m_payments(new QLabel(this))
    , m_token(new QLabel(this))
    , m_tokenWarning(new QLabel(this))
    , m_chart(new QChart)
    , m_series(new QBarSeries)
    , m_successSet(new QBarSet(tr("Success rate")))
{
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_failed->setObjectName(QStringLiteral("failed"));
    m_postedToday->setObjectName(QStringLiteral("postedToday"));
    m_token->setObjectName(QStringLiteral("tokenEndDate"));
    m_tokenWarning->setObjectName(QStringLiteral("tokenWarning"));
    m_tokenWarning->setWordWrap(true);
    m_tokenWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_tokenWarning->hide();

    auto* figures = new QFormLayout;
    figures->addRow(tr("Waiting to be posted:"), m_waiting);
    figures->addRow(tr("Failed:"), m_failed);
    figures->addRow(tr("Posted today:"), m_postedToday);
    m_payments->setObjectName(QStringLiteral("payments"));
    figures->addRow(tr("Payments and refunds:"), m_payments);
    figures->addRow(tr("API token:"), m_token);

    m_series->append(m_successSet);
    m_chart->addSeries(m_series);
    m_chart->setTitle(tr("Successful postings per day (last %1 days)").arg(chartDays));
    m_chart->legend()->hide();
    auto* days = new QBarCategoryAxis;
    days->setObjectName(QStringLiteral("daysAxis"));
    m_chart->addAxis(days, Qt::AlignBottom);
    m_series->attachAxis(days);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d %%"));
    m_chart->addAxis(percent, Qt::AlignLeft);
    m_series->attachAxis(percent);
    auto* chartView = new QChartView(m_chart, this); // takes ownership of the chart
    chartView->setObjectName(QStringLiteral("successChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(240);

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tokenWarning);
    layout->addLayout(figures);
    layout->addWidget(chartView, 1);
    layout->addWidget(refreshButton, 0, Qt::AlignRight);

    refresh();
}

void DashboardPage::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void DashboardPage::setTokenEndDate(const QDate& endDate)
{
    m_tokenEndDate = endDate;
    updateToken();
}

QDate DashboardPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool DashboardPage::tokenWarningShown() const
{
    return !m_tokenWarning->isHidden();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // the figures may have moved while another page was shown
}

void DashboardPage::refresh()
{
    const DocumentRepository documents(m_database);
    m_counts.waitingInvoices = documents.count(DocumentKind::Invoice, SyncState::Pending);
    m_counts.waitingCreditMemos = documents.count(DocumentKind::CreditMemo, SyncState::Pending);
    m_counts.failedInvoices = documents.count(DocumentKind::Invoice, SyncState::Failed);
    m_counts.failedCreditMemos = documents.count(DocumentKind::CreditMemo, SyncState::Failed);
    const auto payments = [&documents](PaymentState state) {
        return std::max(0, documents.countPayments(DocumentKind::Invoice, state)) +
               std::max(0, documents.countPayments(DocumentKind::CreditMemo, state));
    };
    m_counts.paymentsPending = payments(PaymentState::Pending);
    m_counts.paymentsBooked = payments(PaymentState::Booked);
    m_counts.paymentsFailed = payments(PaymentState::Failed);
    m_counts.paymentsNotOutstanding = payments(PaymentState::NotOutstanding);

    // Both counts per day run on the (kind, created_at) index of the logs.
    const SyncLogRepository log(m_database);
    const auto attempts = [&log](const QDate& day, std::optional<bool> success) {
        int total = 0;
        for (SyncLogEntry::Kind kind : {SyncLogEntry::Kind::Invoice, SyncLogEntry::Kind::CreditMemo}) {
            SyncLogRepository::Filter filter;
            filter.kind = kind;
            filter.from = startOfDay(day);
            filter.to = startOfDay(day.addDays(1));
            filter.success = success;
            total += std::max(0, log.count(filter));
        }
        return total;
    };

    QList<qreal> values;
    QStringList labels;
    m_successRates.clear();
    for (int back = chartDays - 1; back >= 0; --back) {
        const QDate day = today().addDays(-back);
        const int total = attempts(day, std::nullopt);
        const int succeeded = attempts(day, true);
        if (back == 0)
            m_counts.postedToday = succeeded;
        // Whole percent, rounded half up; a day without attempts has no rate (drawn as an empty bar).
        m_successRates.append(total ? std::optional<int>((succeeded * 200 + total) / (2 * total)) : std::nullopt);
        values.append(m_successRates.constLast().value_or(0));
        labels.append(QLocale().toString(day, QStringLiteral("d MMM")));
    }
    m_successSet->remove(0, m_successSet->count());
    m_successSet->append(values);
    if (auto* days = qobject_cast<QBarCategoryAxis*>(m_chart->axes(Qt::Horizontal).value(0)))
        days->setCategories(labels);

    m_waiting->setText(
        tr("Invoices: %1, credit memos: %2")
            .arg(QLocale().toString(m_counts.waitingInvoices), QLocale().toString(m_counts.waitingCreditMemos)));
    m_failed->setText(
        tr("Invoices: %1, credit memos: %2")
            .arg(QLocale().toString(m_counts.failedInvoices), QLocale().toString(m_counts.failedCreditMemos)));
    m_postedToday->setText(QLocale().toString(m_counts.postedToday));
    m_payments->setText(
        tr("%1 to book, %2 booked, %3 failed, %4 not outstanding")
            .arg(QLocale().toString(m_counts.paymentsPending), QLocale().toString(m_counts.paymentsBooked),
                 QLocale().toString(m_counts.paymentsFailed), QLocale().toString(m_counts.paymentsNotOutstanding)));
    updateToken();
}

void DashboardPage::updateToken()
{
    if (!m_tokenEndDate.isValid()) {
        m_token->setText(tr("No end date known"));
        m_tokenWarning->hide();
        return;
    }
    const QString date = QLocale().toString(m_tokenEndDate, QLocale::LongFormat);
    m_token->setText(tr("Valid until %1").arg(date));
    const QString warning = TokenExpiry::warning(m_tokenEndDate, today());
    m_tokenWarning->setText(warning);
    m_tokenWarning->setVisible(!warning.isEmpty());
}
