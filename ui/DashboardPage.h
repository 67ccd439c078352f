#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class Database;
class QBarSeries;
class QBarSet;
class QChart;
class QLabel;

// Dashboard: what is waiting, what failed, what was posted today, the success rate of the last 14 days,
// and when the e-Boekhouden API token ends (with a warning from 30 days before). Every number is a COUNT
// over indexed columns, so refresh() stays instant on a store with a million documents.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    struct Counts
    {
        int waitingInvoices = 0;
        int waitingCreditMemos = 0;
        int failedInvoices = 0;
        int failedCreditMemos = 0;
        int postedToday = 0; // successful postings of invoices and credit memos in today's logs
        // Payments of invoices and refunds of credit memos together, by their state.
        int paymentsPending = 0;
        int paymentsBooked = 0;
        int paymentsFailed = 0;
        int paymentsNotOutstanding = 0;
    };
    static constexpr int chartDays = 14;

    explicit DashboardPage(const Database& database, QWidget* parent = nullptr);

    // The day the page counts from; invalid = the real today. Tests and screenshots fix it.
    void setToday(const QDate& today);
    // The API token's end date (EBoekhoudenCredentials::tokenEndDate); invalid = none known.
    void setTokenEndDate(const QDate& endDate);

    Counts counts() const { return m_counts; }
    // Per day, oldest first: successful postings / attempts in percent; empty when nothing was attempted.
    QList<std::optional<int>> successRates() const { return m_successRates; }
    QBarSet* successSet() const { return m_successSet; }
    QChart* chart() const { return m_chart; }
    bool tokenWarningShown() const;

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QDate today() const;
    void updateToken();

    const Database& m_database;
    QDate m_today;
    QDate m_tokenEndDate;
    Counts m_counts;
    QList<std::optional<int>> m_successRates;

    QLabel* m_waiting;
    QLabel* m_failed;
    QLabel* m_postedToday;
    QLabel* m_payments;
    QLabel* m_token;
    QLabel* m_tokenWarning;
    QChart* m_chart;
    QBarSeries* m_series;
    QBarSet* m_successSet;
};
