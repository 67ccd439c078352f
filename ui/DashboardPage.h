#pragma once

#include "domain/DocumentKind.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class Database;
class QBarSeries;
class QBarSet;
class QChart;
class QLabel;
class QPushButton;
class QTableWidget;

// Dashboard: what needs the bookkeeper and what to do about it. The administration and the shop it works on,
// tiles that open the grids on what they count, "Book now (n)" for what is waiting, the last failures with
// their reasons, what was booked (today and in all), the success rate of the last 14 days, and when the
// e-Boekhouden API token ends (with a warning from 30 days before). Every number is a COUNT over indexed
// columns, so refresh() stays instant on a store with a million documents; every count of documents comes
// from the documents themselves, so the figures agree with each other and with the grids.
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
        // Failed and unreadable together: what the grids' "Needs attention" filter shows.
        int attentionInvoices = 0;
        int attentionCreditMemos = 0;
        int postedToday = 0; // documents (invoices and credit memos) booked today
        int booked = 0;      // documents booked in all
        int documents = 0;   // documents in the store in all
        // Booked of booked + needing attention, in whole percent rounded down: never 100 % while one needs
        // attention. Empty while nothing was booked or failed.
        std::optional<int> successRate;
        // Payments of invoices and refunds of credit memos together, by their state.
        int paymentsPending = 0;
        int paymentsBooked = 0;
        int paymentsFailed = 0;
        int paymentsNotOutstanding = 0;

        int waiting() const { return waitingInvoices + waitingCreditMemos; }
        int needingAttention() const { return attentionInvoices + attentionCreditMemos; }
    };
    // What a tile opens the grid on.
    enum class Show
    {
        NeedsAttention,
        Waiting,
    };
    static constexpr int chartDays = 14;
    static constexpr int lastFailuresShown = 5;

    explicit DashboardPage(const Database& database, QWidget* parent = nullptr);

    // The day the page counts from; invalid = the real today. Tests and screenshots fix it.
    void setToday(const QDate& today);
    // The API token's end date (EBoekhoudenCredentials::tokenEndDate); invalid = none known.
    void setTokenEndDate(const QDate& endDate);
    // Which administration and shop this profile books; empty ones are left out.
    void setNames(const QString& administration, const QString& shop);
    // "Book now" needs the engine; without it (no connection) the button stays off and says why.
    void setBookingAvailable(bool available);

    Counts counts() const { return m_counts; }
    // Per day, oldest first: successful postings / attempts in percent; empty when nothing was attempted.
    QList<std::optional<int>> successRates() const { return m_successRates; }
    QBarSet* successSet() const { return m_successSet; }
    QChart* chart() const { return m_chart; }
    bool tokenWarningShown() const;

signals:
    // A tile or a failure was clicked: open that grid on what it counted.
    void documentsRequested(DocumentKind kind, DashboardPage::Show show);
    // "Book now": book every waiting invoice and credit memo.
    void bookNowRequested();

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QDate today() const;
    void updateToken();
    void updateLastFailures();

    const Database& m_database;
    QDate m_today;
    QDate m_tokenEndDate;
    bool m_bookingAvailable = false;
    Counts m_counts;
    QList<std::optional<int>> m_successRates;

    QLabel* m_names;
    QPushButton* m_attentionInvoicesTile;
    QPushButton* m_attentionCreditMemosTile;
    QPushButton* m_waitingTile;
    QPushButton* m_bookNow;
    QLabel* m_waiting;
    QLabel* m_failed;
    QLabel* m_postedToday;
    QLabel* m_booked;
    QLabel* m_successRate;
    QLabel* m_payments;
    QLabel* m_token;
    QLabel* m_tokenWarning;
    QTableWidget* m_lastFailures;
    QLabel* m_noFailures;
    QChart* m_chart;
    QBarSeries* m_series;
    QBarSet* m_successSet;
};
