#pragma once

#include "sync/Reconciliation.h"
#include "sync/SyncEngine.h"

#include <QWidget>

class Database;
class DateRangeFilter;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// The Reconciliation screen (issue 16 item 2): e-Boekhouden's sales bookings of a period read back and compared
// with the shop's documents (Reconciliation), on a worker thread so the window never waits on the network. Lists
// each difference with its document, what differs and what to do. Cancel stops waiting for the answer: the
// reading under way ends on its own on its thread and its result is dropped.
class ReconciliationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationPage(const Database& database, QWidget* parent = nullptr);

    // How to reach e-Boekhouden: a new client for the worker thread each run (the clients belong to the thread
    // that made them). Without one the page says what to set up.
    void setClientFactory(SyncEngine::ClientFactory factory);
    void setPeriod(const QDate& from, const QDate& until);
    // The booking settings and VAT mapping: the VAT compared is then what e-Boekhouden computes for each posting
    // (Reconciliation::setPostingRules), so OSS bookings agree.
    void setConfiguration(const SyncConfiguration* configuration);

    bool isRunning() const { return m_run != 0 && m_running; }
    QTableWidget* differences() const { return m_table; }
    QLabel* summary() const { return m_summary; }

public slots:
    void start();
    void cancel();

signals:
    void finished(); // a run's result is shown (not after a cancel)

private:
    void show(const Reconciliation::Report& report, const QDate& from, const QDate& until);
    void setRunning(bool running);

    const Database& m_database;
    SyncEngine::ClientFactory m_clientFactory;
    const SyncConfiguration* m_configuration = nullptr;
    DateRangeFilter* m_range;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_table;
    quint64 m_run = 0; // the run whose result is awaited; a cancelled run's result arrives under an older number
    bool m_running = false;
};
