#include "DashboardPage.h"

#include "secrets/TokenExpiry.h"
#include "store/DocumentQuery.h"
#include "store/DocumentRepository.h"
#include "store/SyncLogRepository.h"
#include "SyncStateText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
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
    , m_names(new QLabel(this))
    , m_attentionInvoicesTile(new QPushButton(this))
    , m_attentionCreditMemosTile(new QPushButton(this))
    , m_waitingTile(new QPushButton(this))
    , m_bookNow(new QPushButton(this))
    , m_waiting(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_postedToday(new QLabel(this))
    , m_booked(new QLabel(this))
    , m_successRate(new QLabel(this))
    , m_payments(new QLabel(this))
    , m_token(new QLabel(this))
    , m_tokenWarning(new QLabel(this))
    , m_lastFailures(new QTableWidget(0, 3, this))
    , m_noFailures(new QLabel(this))
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

    m_names->setObjectName(QStringLiteral("names"));
    m_names->setWordWrap(true);
    QFont namesFont = m_names->font();
    namesFont.setPointSizeF(namesFont.pointSizeF() * 1.25);
    namesFont.setBold(true);
    m_names->setFont(namesFont);
    m_names->hide();

    // Tiles: each count opens the grid that shows those documents.
    m_attentionInvoicesTile->setObjectName(QStringLiteral("attentionInvoicesTile"));
    m_attentionCreditMemosTile->setObjectName(QStringLiteral("attentionCreditMemosTile"));
    m_waitingTile->setObjectName(QStringLiteral("waitingTile"));
    for (QPushButton* tile : {m_attentionInvoicesTile, m_attentionCreditMemosTile, m_waitingTile}) {
        tile->setMinimumHeight(3 * fontMetrics().height());
        tile->setCursor(Qt::PointingHandCursor);
    }
    connect(m_attentionInvoicesTile, &QPushButton::clicked, this,
            [this] { emit documentsRequested(DocumentKind::Invoice, Show::NeedsAttention); });
    connect(m_attentionCreditMemosTile, &QPushButton::clicked, this,
            [this] { emit documentsRequested(DocumentKind::CreditMemo, Show::NeedsAttention); });
    connect(m_waitingTile, &QPushButton::clicked, this, [this] {
        // The invoices first, unless only credit memos wait.
        emit documentsRequested(m_counts.waitingInvoices == 0 && m_counts.waitingCreditMemos > 0
                                    ? DocumentKind::CreditMemo
                                    : DocumentKind::Invoice,
                                Show::Waiting);
    });
    m_bookNow->setObjectName(QStringLiteral("bookNow"));
    m_bookNow->setDefault(true);
    connect(m_bookNow, &QPushButton::clicked, this, &DashboardPage::bookNowRequested);
    auto* tiles = new QHBoxLayout;
    tiles->addWidget(m_attentionInvoicesTile, 1);
    tiles->addWidget(m_attentionCreditMemosTile, 1);
    tiles->addWidget(m_waitingTile, 1);
    tiles->addWidget(m_bookNow, 0, Qt::AlignVCenter);

    auto* figures = new QFormLayout;
    figures->addRow(tr("Waiting to be booked:"), m_waiting);
    figures->addRow(tr("Needs attention:"), m_failed);
    figures->addRow(tr("Booked today:"), m_postedToday);
    m_booked->setObjectName(QStringLiteral("booked"));
    figures->addRow(tr("Booked in all:"), m_booked);
    m_successRate->setObjectName(QStringLiteral("successRate"));
    figures->addRow(tr("Success rate:"), m_successRate);
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
    chartView->setMinimumHeight(200);

    // The last failures with why: what the bookkeeper fixes first. A double-click opens the grid on them.
    auto* failuresTitle = new QLabel(tr("Last documents that need attention"), this);
    QFont titleFont = failuresTitle->font();
    titleFont.setBold(true);
    failuresTitle->setFont(titleFont);
    m_lastFailures->setObjectName(QStringLiteral("lastFailures"));
    m_lastFailures->setHorizontalHeaderLabels({tr("Document"), tr("Status"), tr("Why")});
    m_lastFailures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lastFailures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lastFailures->setWordWrap(false);
    m_lastFailures->verticalHeader()->hide();
    m_lastFailures->horizontalHeader()->setStretchLastSection(true);
    m_lastFailures->setMaximumHeight(m_lastFailures->horizontalHeader()->sizeHint().height() +
                                     lastFailuresShown * (fontMetrics().height() + 10) + 4);
    connect(m_lastFailures, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem* item = m_lastFailures->item(row, 0);
        if (item)
            emit documentsRequested(static_cast<DocumentKind>(item->data(Qt::UserRole).toInt()), Show::NeedsAttention);
    });
    m_noFailures->setObjectName(QStringLiteral("noFailures"));
    m_noFailures->setText(tr("Nothing needs attention."));

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_names);
    layout->addWidget(m_tokenWarning);
    layout->addLayout(tiles);
    layout->addLayout(figures);
    layout->addWidget(failuresTitle);
    layout->addWidget(m_lastFailures);
    layout->addWidget(m_noFailures);
    layout->addWidget(chartView, 1);
    layout->addWidget(refreshButton, 0, Qt::AlignRight);

    refresh();
}

void DashboardPage::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void DashboardPage::setNames(const QString& administration, const QString& shop)
{
    QStringList parts;
    if (!administration.isEmpty())
        parts.append(tr("Administration: %1").arg(administration));
    if (!shop.isEmpty())
        parts.append(tr("Shop: %1").arg(shop));
    m_names->setText(parts.join(u"   ·   "_qs));
    m_names->setVisible(!parts.isEmpty());
}

void DashboardPage::setBookingAvailable(bool available)
{
    m_bookingAvailable = available;
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
    const DocumentQuery query(m_database);
    m_counts.attentionInvoices = query.needsAttention(DocumentKind::Invoice);
    m_counts.attentionCreditMemos = query.needsAttention(DocumentKind::CreditMemo);
    m_counts.booked = std::max(0, documents.count(DocumentKind::Invoice, SyncState::Posted)) +
                      std::max(0, documents.count(DocumentKind::CreditMemo, SyncState::Posted));
    m_counts.documents =
        std::max(0, documents.count(DocumentKind::Invoice)) + std::max(0, documents.count(DocumentKind::CreditMemo));
    // Documents, not log rows: a log counts retries and payments too, and would not agree with the grids.
    m_counts.postedToday = query.bookedBetween(startOfDay(today()), startOfDay(today().addDays(1)));
    const int judged = m_counts.booked + m_counts.needingAttention();
    // Rounded down, so that a single document needing attention keeps it below 100 %.
    m_counts.successRate = judged ? std::optional<int>(m_counts.booked * 100 / judged) : std::nullopt;
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
        // Whole percent, rounded down (a day with a failure never reads 100 %); a day without attempts has no
        // rate (drawn as an empty bar).
        m_successRates.append(total ? std::optional<int>(succeeded * 100 / total) : std::nullopt);
        values.append(m_successRates.constLast().value_or(0));
        labels.append(QLocale().toString(day, QStringLiteral("d MMM")));
    }
    m_successSet->remove(0, m_successSet->count());
    m_successSet->append(values);
    if (auto* days = qobject_cast<QBarCategoryAxis*>(m_chart->axes(Qt::Horizontal).value(0)))
        days->setCategories(labels);

    const QLocale locale;
    m_waiting->setText(
        tr("Invoices: %1, credit memos: %2")
            .arg(locale.toString(m_counts.waitingInvoices), locale.toString(m_counts.waitingCreditMemos)));
    m_failed->setText(
        tr("Invoices: %1, credit memos: %2")
            .arg(locale.toString(m_counts.attentionInvoices), locale.toString(m_counts.attentionCreditMemos)));
    m_postedToday->setText(locale.toString(m_counts.postedToday));
    m_booked->setText(
        tr("%1 of %2 documents").arg(locale.toString(m_counts.booked), locale.toString(m_counts.documents)));
    if (!m_counts.successRate)
        m_successRate->setText(tr("Nothing booked yet"));
    else if (m_counts.needingAttention() == 0)
        m_successRate->setText(tr("%1 %: every document sent was booked").arg(locale.toString(*m_counts.successRate)));
    else
        m_successRate->setText(tr("%1 %: %n document(s) need attention", nullptr, m_counts.needingAttention())
                                   .arg(locale.toString(*m_counts.successRate)));

    m_attentionInvoicesTile->setText(
        tr("Invoices needing attention\n%1").arg(locale.toString(m_counts.attentionInvoices)));
    m_attentionCreditMemosTile->setText(
        tr("Credit memos needing attention\n%1").arg(locale.toString(m_counts.attentionCreditMemos)));
    m_waitingTile->setText(tr("Waiting to be booked\n%1").arg(locale.toString(m_counts.waiting())));
    // Red while something needs the bookkeeper: the eye goes there first.
    const QString alarm = QStringLiteral("QPushButton { color: #b71c1c; font-weight: bold; }");
    m_attentionInvoicesTile->setStyleSheet(m_counts.attentionInvoices ? alarm : QString());
    m_attentionCreditMemosTile->setStyleSheet(m_counts.attentionCreditMemos ? alarm : QString());
    m_bookNow->setText(tr("Book now (%1)").arg(locale.toString(m_counts.waiting())));
    m_bookNow->setEnabled(m_bookingAvailable && m_counts.waiting() > 0);
    m_bookNow->setToolTip(!m_bookingAvailable ? tr("Connect e-Boekhouden in the setup wizard to book.")
                          : m_counts.waiting() == 0
                              ? tr("Nothing is waiting to be booked.")
                              : tr("Book every waiting invoice and credit memo in e-Boekhouden now."));
    updateLastFailures();
    m_payments->setText(
        tr("%1 to book, %2 booked, %3 failed, %4 not outstanding")
            .arg(QLocale().toString(m_counts.paymentsPending), QLocale().toString(m_counts.paymentsBooked),
                 QLocale().toString(m_counts.paymentsFailed), QLocale().toString(m_counts.paymentsNotOutstanding)));
    updateToken();
}

void DashboardPage::updateLastFailures()
{
    const QList<DocumentQuery::Attention> failures =
        DocumentQuery(m_database).latestNeedingAttention(lastFailuresShown);
    m_lastFailures->setRowCount(0);
    for (const DocumentQuery::Attention& failure : failures) {
        const int row = m_lastFailures->rowCount();
        m_lastFailures->insertRow(row);
        auto* document =
            new QTableWidgetItem(failure.kind == DocumentKind::CreditMemo ? tr("Credit memo %1").arg(failure.number)
                                                                          : tr("Invoice %1").arg(failure.number));
        document->setData(Qt::UserRole, static_cast<int>(failure.kind));
        document->setData(Qt::UserRole + 1, failure.id);
        m_lastFailures->setItem(row, 0, document);
        auto* state = new QTableWidgetItem(SyncStateText::icon(failure.state), SyncStateText::label(failure.state));
        m_lastFailures->setItem(row, 1, state);
        auto* why = new QTableWidgetItem(failure.message.isEmpty() ? tr("No reason recorded: open the document.")
                                                                   : failure.message);
        why->setToolTip(failure.message);
        m_lastFailures->setItem(row, 2, why);
    }
    m_lastFailures->resizeColumnToContents(0);
    m_lastFailures->resizeColumnToContents(1);
    m_lastFailures->setVisible(!failures.isEmpty());
    m_noFailures->setVisible(failures.isEmpty());
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
