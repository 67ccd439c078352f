#include "SyncEngine.h"

#include "AdministrationDirectory.h"
#include "DocumentPusher.h"
#include "logging/Log.h"
#include "PaymentPusher.h"
#include "store/DocumentRepository.h"
#include "store/PaymentRepository.h"
#include "store/StorePullSink.h"
#include "store/VatMappingRepository.h"

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

SyncEngine::SyncEngine(QString databasePath, ClientFactory clientFactory, SyncConfiguration configuration,
                       QObject* parent)
    : QObject(parent)
    , m_database(std::move(databasePath))
    , m_clientFactory(std::move(clientFactory))
    , m_configuration(std::move(configuration))
{
    qRegisterMetaType<SyncSummary>();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::cancel()
{
    m_cancelled = true;
}

void SyncEngine::setShopConnector(ConnectorFactory connectorFactory)
{
    m_connectorFactory = std::move(connectorFactory);
    m_connector.reset();
}

void SyncEngine::startSync()
{
    emit finished(runSync());
}

PullReport SyncEngine::runPull()
{
    if (!m_connectorFactory || !m_database.open())
        return {};
    if (!m_connector)
        m_connector = m_connectorFactory();
    emit progress(0, 0, tr("Reading new documents from the shop…"));
    StorePullSink sink(m_database);
    const PullReport report = m_connector->pull(sink);
    Log::info(QStringLiteral("Pull: %1 documents fetched, %2 invoices, %3 credit memos, %4 customers, %5 unreadable")
                  .arg(report.total(&ResourcePullReport::fetched))
                  .arg(report.total(&ResourcePullReport::invoices))
                  .arg(report.total(&ResourcePullReport::creditMemos))
                  .arg(report.total(&ResourcePullReport::customers))
                  .arg(report.total(&ResourcePullReport::unmappable)));
    return report;
}

SyncSummary SyncEngine::runSync()
{
    const PullReport pulled = runPull();
    SyncSummary summary = runPending();
    summary.pulled = pulled.total(&ResourcePullReport::fetched);
    for (const ResourcePullReport& resource : pulled.resources) {
        if (!resource.ok)
            summary.pullErrors.append(resource.error);
    }
    return summary;
}

void SyncEngine::startPending()
{
    emit finished(runPending());
}

void SyncEngine::startDocuments(const QList<qint64>& documentIds)
{
    emit finished(runDocuments(documentIds));
}

SyncSummary SyncEngine::runPending()
{
    if (!m_database.open()) {
        SyncSummary summary;
        summary.stoppedBecause = m_database.lastError();
        return summary;
    }
    DocumentRepository documents(m_database);
    QList<qint64> ids;
    // A document in flight after a crash is resumed first: its look-up decides whether it was booked.
    for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditMemo})
        ids += documents.idsInState(kind, SyncState::InFlight, 1000000);
    ids += documents.idsInState(DocumentKind::Invoice, SyncState::Pending, 1000000);
    ids += documents.idsInState(DocumentKind::CreditMemo, SyncState::Pending, 1000000);
    SyncSummary summary = runDocuments(ids);
    if (!summary.cancelled && summary.stoppedBecause.isEmpty())
        runPayments(summary);
    return summary;
}

SyncSummary SyncEngine::runDocuments(const QList<qint64>& documentIds)
{
    m_cancelled = false;
    SyncSummary summary;
    summary.total = static_cast<int>(documentIds.size());
    if (!m_database.open()) {
        summary.stoppedBecause = m_database.lastError();
        return summary;
    }
    if (!m_client)
        m_client = m_clientFactory();
    // Edits in the VAT Mapping screen take effect at the next run, without a restart.
    m_configuration.vatMapping = VatMappingRepository(m_database).loadOr(m_configuration.vatMapping);
    AdministrationDirectory directory(*m_client);
    DocumentPusher pusher(m_database, *m_client, directory, m_configuration);
    DocumentRepository documents(m_database);

    int done = 0;
    for (qint64 id : documentIds) {
        if (m_cancelled) {
            summary.cancelled = true;
            break;
        }
        const std::optional<StoredDocument> stored = documents.find(id);
        emit progress(done, summary.total, stored ? stored->document.number : QString());
        if (!pushWithRetries(pusher, id, summary))
            break;
        emit progress(++done, summary.total, stored ? stored->document.number : QString());
    }
    Log::info(QStringLiteral("Sync: %1 documents, %2 posted, %3 linked, %4 refused, %5 waiting, %6 postponed%7")
                  .arg(summary.total)
                  .arg(summary.posted)
                  .arg(summary.linked)
                  .arg(summary.refused)
                  .arg(summary.waiting)
                  .arg(summary.postponed)
                  .arg(summary.cancelled ? QStringLiteral(", cancelled") : QString()));
    return summary;
}

void SyncEngine::runPayments(SyncSummary& summary)
{
    AdministrationDirectory directory(*m_client);
    PaymentPusher pusher(m_database, *m_client, directory, m_configuration);
    const DocumentRepository documents(m_database);
    for (qint64 id : PaymentRepository(m_database).invoicesAwaitingPayment()) {
        if (m_cancelled) {
            summary.cancelled = true;
            return;
        }
        const std::optional<StoredDocument> invoice = documents.find(id);
        if (!invoice)
            continue;
        const PaymentPusher::Outcome outcome = pusher.push(*invoice);
        if (outcome == PaymentPusher::Outcome::Posted)
            ++summary.paymentsBooked;
        else if (outcome == PaymentPusher::Outcome::TryLater)
            return; // e-Boekhouden is not answering: the next sync picks the payments up again
    }
}

bool SyncEngine::pushWithRetries(DocumentPusher& pusher, qint64 documentId, SyncSummary& summary)
{
    std::chrono::milliseconds delay = m_configuration.firstRetryDelay;
    for (int attempt = 1;; ++attempt) {
        const DocumentPusher::Attempt result = pusher.push(documentId);
        switch (result.outcome) {
        case DocumentPusher::Outcome::Posted:
            ++summary.posted;
            break;
        case DocumentPusher::Outcome::Linked:
            ++summary.linked;
            break;
        case DocumentPusher::Outcome::Refused:
            ++summary.refused;
            break;
        case DocumentPusher::Outcome::Waiting:
            ++summary.waiting;
            break;
        case DocumentPusher::Outcome::NotPushed:
            break;
        case DocumentPusher::Outcome::Retry: {
            if (attempt >= m_configuration.maxAttempts || m_cancelled) {
                pusher.giveUp(documentId, result.message);
                ++summary.postponed;
                emit documentFinished(documentId, false, result.message);
                return true;
            }
            std::chrono::milliseconds wait = delay;
            if (result.retryAfterSeconds >= 0)
                wait = std::max(wait, std::chrono::milliseconds(result.retryAfterSeconds * 1000LL));
            // Jitter: many clients that failed together should not come back together.
            wait += std::chrono::milliseconds(QRandomGenerator::global()->bounded(qint64(wait.count() / 4 + 1)));
            wait = std::min(wait, m_configuration.maxRetryDelay);
            if (!sleepUnlessCancelled(wait)) {
                pusher.giveUp(documentId, result.message);
                ++summary.postponed;
                summary.cancelled = true;
                return false;
            }
            delay = std::min(delay * 2, m_configuration.maxRetryDelay);
            continue;
        }
        }
        emit documentFinished(documentId,
                              result.outcome == DocumentPusher::Outcome::Posted ||
                                  result.outcome == DocumentPusher::Outcome::Linked,
                              result.message);
        if (result.stopRun) {
            summary.stoppedBecause = result.message;
            return false;
        }
        return true;
    }
}

bool SyncEngine::sleepUnlessCancelled(std::chrono::milliseconds duration)
{
    const auto slice = std::chrono::milliseconds(50);
    for (auto slept = std::chrono::milliseconds(0); slept < duration; slept += slice) {
        if (m_cancelled)
            return false;
        QThread::msleep(static_cast<unsigned long>(std::min(slice, duration - slept).count()));
    }
    return !m_cancelled;
}
