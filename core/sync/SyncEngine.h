#pragma once

#include "eboekhouden/EBoekhoudenClient.h"
#include "shop/PullReport.h"
#include "shop/ShopConnector.h"
#include "store/Database.h"
#include "SyncConfiguration.h"
#include "SyncSummary.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

// Pushes documents from the local store to e-Boekhouden, one at a time, on whatever thread it lives on: the
// GUI moves it to a worker thread (SyncRunner) and calls the start… slots; the CLI calls run… directly.
// Retries unknown answers with exponential backoff and jitter (or what Retry-After asks), stops early when
// the credentials are refused, and can be cancelled between documents: a document is never left half done.
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

    // Pulls what changed in the shop into the store, then pushes everything pending.
    SyncSummary runSync();
    PullReport runPull();
    // Documents left in flight by a crash first, then pending invoices, then pending credit memos.
    SyncSummary runPending();
    SyncSummary runDocuments(const QList<qint64>& documentIds);

    // Thread-safe: the run stops after the document it is on.
    void cancel();

public slots:
    void startSync();
    void startPending();
    void startDocuments(const QList<qint64>& documentIds);

signals:
    void progress(int done, int total, const QString& currentDocument);
    void documentFinished(qint64 documentId, bool success, const QString& message);
    void finished(const SyncSummary& summary);

private:
    bool pushWithRetries(class DocumentPusher& pusher, qint64 documentId, SyncSummary& summary);
    bool sleepUnlessCancelled(std::chrono::milliseconds duration);
    // Books the payments of booked, paid invoices (after the documents, so their invoices exist).
    void runPayments(SyncSummary& summary);

    Database m_database;
    ClientFactory m_clientFactory;
    ConnectorFactory m_connectorFactory;
    std::unique_ptr<ShopConnector> m_connector; // made on the engine's thread
    SyncConfiguration m_configuration;
    std::unique_ptr<EBoekhoudenClient> m_client; // made on the engine's thread, at the first run
    std::atomic_bool m_cancelled = false;
};
