#pragma once

#include "DebtorCache.h"
#include "eboekhouden/EBoekhoudenClient.h"
#include "eboekhouden/RateLimiter.h"
#include "shop/PullReport.h"
#include "shop/ShopConnector.h"
#include "store/Database.h"
#include "SyncConfiguration.h"
#include "SyncSummary.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

// Pushes documents from the local store to e-Boekhouden from whatever thread it lives on: the GUI moves it to a
// worker thread (SyncRunner) and calls the start… slots; the CLI calls run… directly.
//
// With SyncConfiguration::concurrency 1 it books one document at a time on that thread. With more, it starts
// that many worker threads, each with its own store connection and its own client (clients belong to the
// thread that made them); the workers take the next document from the run's list and claim it through the
// store's compare-and-set (pending → in flight), so no document is booked twice, while the engine's thread
// waits on its event loop and passes their progress on as its own signals. Invoices are all finished before
// the credit memos start, and payments come after both. One rate limiter spaces the requests of all workers
// and holds them all when e-Boekhouden answers 429 with Retry-After; a debtor cache per run makes sure two
// documents of one new customer never create two debtors.
//
// Retries unknown answers with exponential backoff and jitter (or what Retry-After asks), stops every worker
// when the credentials are refused, and can be cancelled: each worker stops after its current document, and
// a document is never left half done.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    using ClientFactory = std::function<std::unique_ptr<EBoekhoudenClient>()>;
    using ConnectorFactory = std::function<std::unique_ptr<ShopConnector>()>;

    SyncEngine(QString databasePath, ClientFactory clientFactory, SyncConfiguration configuration,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    // The shop to pull from; without one, runSync() only pushes.
    void setShopConnector(ConnectorFactory connectorFactory);
    // A new e-Boekhouden login (Settings → Connection): the next run logs in with it. Between runs only.
    void setClientFactory(ClientFactory clientFactory);

    // Pulls what changed in the shop into the store, then pushes everything pending.
    SyncSummary runSync();
    PullReport runPull();
    // Reads every document the shop created on its local dates from..until (inclusive) into the store, whatever
    // the watermarks say: the period the bookkeeper picks, with no cap on age or count. Nothing is booked. A
    // cancel stops after the page under way; the same period later resumes where it stopped.
    PullReport runBackfill(const QDate& from, const QDate& until);
    // Documents left in flight by a crash first, then pending invoices, then pending credit memos.
    SyncSummary runPending();
    SyncSummary runDocuments(const QList<qint64>& documentIds);
    // Explicit customer push: updates the customer's debtor with the shop's current name, address, e-mail and
    // VAT number when the matching rule finds one, else creates it by the debtor code rule. One row per
    // customer in the customer sync log.
    SyncSummary runCustomers(const QList<qint64>& customerIds);

    // Reads the bookings of these booked documents (empty: all) back from e-Boekhouden and offers every one whose
    // booking is not its own again (LinkChecker); documentFinished names each with why. summary.wrongLinks counts
    // them; nothing is booked.
    SyncSummary runCheckLinks(const QList<qint64>& documentIds);

    // Thread-safe: the run stops after the document it is on.
    void cancel();

    // New booking settings from the Settings page, for the runs from now on. Call on the engine's thread,
    // between runs (SyncRunner passes them along with the next start).
    void setBookingSettings(const AdministrationSettings& settings, SyncConfiguration::DebtorMatching matching);

public slots:
    void startSync();
    void startPending();
    void startDocuments(const QList<qint64>& documentIds);
    void startCustomers(const QList<qint64>& customerIds);
    void startBackfill(const QDate& from, const QDate& until);
    void startCheckLinks(const QList<qint64>& documentIds);

signals:
    void progress(int done, int total, const QString& currentDocument);
    void documentFinished(qint64 documentId, bool success, const QString& message);
    void customerFinished(qint64 customerId, bool success, const QString& message);
    void finished(const SyncSummary& summary);

private:
    struct Work;
    // Books `documentIds` with up to `workers` workers and returns when all are done.
    void runWorkers(const QList<qint64>& documentIds, int workers, SyncSummary& summary);
    // One worker: takes documents from `work` until none are left, the run stops or it is cancelled.
    void book(EBoekhoudenClient& client, Work& work, SyncSummary& summary);
    // Runs `report` on the engine's thread: directly when called there, else queued to it.
    void report(std::function<void()> what);
    bool pushWithRetries(class DocumentPusher& pusher, qint64 documentId, SyncSummary& summary);
    // runPending's run takes only the documents still waiting (DocumentPusher::Take); a run of chosen documents
    // takes failed ones too.
    bool m_onlyWaiting = false;
    bool sleepUnlessCancelled(std::chrono::milliseconds duration);
    EBoekhoudenClient& client(); // this thread's (the engine's) client, made at first use
    // Books the payments of booked, paid invoices (after the documents, so their invoices exist).
    void runPayments(SyncSummary& summary);
    // Keeps the administration's ledgers (and, when it books invoices, its invoice templates) in the store for
    // the VAT Mapping screen and the Settings page.
    void refreshKeptLists();
    // One pull into the store (`what` is the connector call), with progress and cancel between pages.
    PullReport pullIntoStore(const std::function<PullReport(ShopConnector&, PullSink&)>& what, const QString& step);

    Database m_database;
    ClientFactory m_clientFactory;
    ConnectorFactory m_connectorFactory;
    std::unique_ptr<ShopConnector> m_connector; // made on the engine's thread
    SyncConfiguration m_configuration;
    std::unique_ptr<EBoekhoudenClient> m_client; // made on the engine's thread, at the first run
    std::shared_ptr<RateLimiter> m_rateLimiter;  // shared by the clients of all workers of a run
    DebtorCache m_debtors;                       // per run
    std::atomic_bool m_cancelled = false;
    int m_done = 0;     // documents finished in this run, counted on the engine's thread
    QStringList m_busy; // numbers of the documents under way, on the engine's thread
    int m_total = 0;
};
