#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QThread>

// Runs a SyncEngine on a worker thread of its own so the GUI never waits on the network or the store:
// the window asks, the runner queues the work and passes the engine's progress back as signals.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    // Takes the engine over; it is moved to the worker thread and deleted there.
    explicit SyncRunner(std::unique_ptr<SyncEngine> engine, QObject* parent = nullptr);
    ~SyncRunner() override;

    bool isRunning() const { return m_running; }
    // Booking settings saved while the app runs: the engine takes them at the start of its next run, never
    // in the middle of one (its workers read the configuration while they book).
    void setBookingSettings(const AdministrationSettings& settings, SyncConfiguration::DebtorMatching matching);
    // Logins replaced while the app runs (Settings → Connection): likewise taken at the start of the next run.
    // An empty connector factory leaves the shop as it is.
    void setConnections(SyncEngine::ClientFactory client, SyncEngine::ConnectorFactory shop);

public slots:
    void sync(); // pull from the shop, then push everything pending
    void push(const QList<qint64>& documentIds);
    // Explicit customer push: update (or create) their debtors in e-Boekhouden.
    void pushCustomers(const QList<qint64>& customerIds);
    // Reads the shop's documents of a period the bookkeeper picks into the store; books nothing.
    void importPeriod(const QDate& from, const QDate& until);
    // Booked documents whose e-Boekhouden booking is not theirs are offered again (SyncEngine::runCheckLinks).
    void checkLinks(const QList<qint64>& documentIds);
    void cancel();

signals:
    void started();
    void progress(int done, int total, const QString& currentDocument);
    void documentFinished(qint64 documentId, bool success, const QString& message);
    void customerFinished(qint64 customerId, bool success, const QString& message);
    void finished(const SyncSummary& summary);

private:
    // Queues `start` on the engine's thread, with the booking settings saved since the last run before it.
    void startOnEngine(std::function<void(SyncEngine*)> start);

    struct BookingSettings
    {
        AdministrationSettings settings;
        SyncConfiguration::DebtorMatching matching;
    };
    std::optional<BookingSettings> m_newSettings;
    struct Connections
    {
        SyncEngine::ClientFactory client;
        SyncEngine::ConnectorFactory shop;
    };
    std::optional<Connections> m_newConnections;
    QThread m_thread;
    SyncEngine* m_engine;
    bool m_running = false;
};
