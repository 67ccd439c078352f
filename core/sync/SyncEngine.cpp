#include "SyncEngine.h"

#include "AdministrationDirectory.h"
#include "CustomerPusher.h"
#include "DocumentPusher.h"
#include "eboekhouden/ApiErrorMessage.h"
#include "LinkChecker.h"
#include "logging/Log.h"
#include "PaymentPusher.h"
#include "RetryBackoff.h"
#include "shop/ProgressPullSink.h"
#include "store/CustomerRepository.h"
#include "store/DocumentRepository.h"
#include "store/InvoiceTemplateRepository.h"
#include "store/LedgerRepository.h"
#include "store/PaymentRepository.h"
#include "store/StorePullSink.h"
#include "store/SyncLogRepository.h"
#include "store/VatMappingRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <algorithm>
#include <vector>

// The documents of one round, handed out to the workers one at a time.
struct SyncEngine::Work
{
    QList<qint64> ids;
    std::atomic<qsizetype> next = 0;
    std::atomic_bool stopped = false; // the credentials were refused: no worker takes another document
};

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

void SyncEngine::setClientFactory(ClientFactory clientFactory)
{
    m_clientFactory = std::move(clientFactory);
    m_client.reset(); // the session of the old login goes with it
}

void SyncEngine::setShopConnector(ConnectorFactory connectorFactory)
{
    m_connectorFactory = std::move(connectorFactory);
    m_connector.reset();
}

namespace {

// What a pull brought and which resources the shop did not deliver, into a run's summary. A pull the
// bookkeeper cancelled stopped at a refused page on purpose: that is no error to report.
void addPullReport(SyncSummary& summary, const PullReport& pulled, bool pullCancelled)
{
    summary.pulled = pulled.total(&ResourcePullReport::fetched);
    for (const ResourcePullReport& resource : pulled.resources) {
        if (!resource.ok && !pullCancelled)
            summary.pullErrors.append(resource.error);
    }
    summary.shopKeyRefused = !pullCancelled && pulled.keyRefused();
}

// One retry policy for documents, debtors and payments alike (RetryBackoff::retry).
RetryBackoff::Policy retryPolicy(const SyncConfiguration& configuration)
{
    return {configuration.maxAttempts, configuration.firstRetryDelay, configuration.maxRetryDelay};
}

} // namespace

void SyncEngine::startSync()
{
    emit finished(runSync());
}

PullReport SyncEngine::runPull()
{
    m_cancelled = false;
    return pullIntoStore([](ShopConnector& shop, PullSink& sink) { return shop.pull(sink); },
                         tr("Reading new documents from the shop…"));
}

PullReport SyncEngine::runBackfill(const QDate& from, const QDate& until)
{
    m_cancelled = false;
    const QString period =
        tr("%1 to %2")
            .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(until, QLocale::ShortFormat));
    return pullIntoStore(
        [from, until](ShopConnector& shop, PullSink& sink) { return shop.backfill(sink, from, until); },
        tr("Reading the shop's documents of %1…").arg(period));
}

void SyncEngine::startBackfill(const QDate& from, const QDate& until)
{
    const PullReport pulled = runBackfill(from, until);
    SyncSummary summary;
    summary.cancelled = m_cancelled;
    addPullReport(summary, pulled, summary.cancelled);
    emit finished(summary);
}

PullReport SyncEngine::pullIntoStore(const std::function<PullReport(ShopConnector&, PullSink&)>& what,
                                     const QString& step)
{
    if (!m_connectorFactory || !m_database.open())
        return {};
    if (!m_connector)
        m_connector = m_connectorFactory();
    emit progress(0, 0, step);
    StorePullSink store(m_database);
    ProgressPullSink sink(store, m_cancelled, [this, step](const QString&, int documents) {
        emit progress(0, 0, tr("%1 %n document(s) read.", nullptr, documents).arg(step));
    });
    const PullReport report = what(*m_connector, sink);
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
    const bool pullCancelled = m_cancelled;
    SyncSummary summary;
    // Cancelled while reading the shop: nothing is booked (runPending would start afresh).
    if (pullCancelled)
        summary.cancelled = true;
    else {
        refreshKeptLists();
        summary = runPending();
    }
    addPullReport(summary, pulled, pullCancelled);
    return summary;
}

void SyncEngine::refreshKeptLists()
{
    // The VAT Mapping screen offers and checks the administration's ledgers from the store; one call a sync keeps
    // them current. Not being able to list them stops nothing: the push reports what is wrong with the connection.
    if (!m_clientFactory || !m_database.open())
        return;
    const Result<QList<Ledger>> ledgers = client().ledgers();
    if (ledgers.ok())
        LedgerRepository(m_database).save(ledgers.value());
    else
        Log::warning(QStringLiteral("Could not list the ledgers: %1").arg(ledgers.error().message()));
    // The invoice templates matter only to an administration that books invoices; the Settings page offers them.
    if (m_configuration.settings.bookingForm != AdministrationSettings::BookingForm::Invoices)
        return;
    const Result<QList<InvoiceTemplate>> templates = client().invoiceTemplates();
    if (templates.ok())
        InvoiceTemplateRepository(m_database).save(templates.value());
    else
        Log::warning(QStringLiteral("Could not list the invoice templates: %1").arg(templates.error().message()));
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
    m_onlyWaiting = true;
    SyncSummary summary = runDocuments(ids);
    m_onlyWaiting = false;
    if (!summary.cancelled && summary.stoppedBecause.isEmpty())
        runPayments(summary);
    return summary;
}

EBoekhoudenClient& SyncEngine::client()
{
    if (!m_client)
        m_client = m_clientFactory();
    return *m_client;
}

void SyncEngine::report(std::function<void()> what)
{
    if (QThread::currentThread() == thread())
        what();
    else
        QMetaObject::invokeMethod(this, std::move(what), Qt::QueuedConnection);
}

SyncSummary SyncEngine::runDocuments(const QList<qint64>& documentIds)
{
    m_cancelled = false;
    m_done = 0;
    m_busy.clear();
    m_total = static_cast<int>(documentIds.size());
    SyncSummary summary;
    summary.total = m_total;
    if (!m_database.open()) {
        summary.stoppedBecause = m_database.lastError();
        return summary;
    }
    // Edits in the VAT Mapping screen take effect at the next run, without a restart.
    m_configuration.vatMapping = VatMappingRepository(m_database).loadOr(m_configuration.vatMapping);
    m_rateLimiter = std::make_shared<RateLimiter>(m_configuration.maxRequestsPerSecond);
    client().setRateLimiter(m_rateLimiter);
    m_debtors.clear();

    const int workers = std::clamp(m_configuration.concurrency, 1, SyncConfiguration::maxConcurrency);
    if (workers == 1) {
        runWorkers(documentIds, 1, summary); // in the caller's order, as it always was
    } else {
        // A credit memo waits for its invoice: every invoice of the run is finished before a memo starts.
        QList<qint64> invoices;
        QList<qint64> memos;
        const DocumentRepository documents(m_database);
        for (qint64 id : documentIds) {
            const std::optional<StoredDocument> stored = documents.find(id);
            (stored && stored->document.kind == DocumentKind::CreditMemo ? memos : invoices).append(id);
        }
        runWorkers(invoices, workers, summary);
        if (!summary.cancelled && summary.stoppedBecause.isEmpty())
            runWorkers(memos, workers, summary);
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

void SyncEngine::runWorkers(const QList<qint64>& documentIds, int workers, SyncSummary& summary)
{
    Work work;
    work.ids = documentIds;
    workers = static_cast<int>(std::min<qsizetype>(workers, documentIds.size()));
    if (workers <= 1) {
        if (!documentIds.isEmpty())
            book(client(), work, summary);
        return;
    }
    std::vector<SyncSummary> summaries(static_cast<size_t>(workers));
    std::vector<std::unique_ptr<QThread>> threads;
    QEventLoop loop;
    int running = workers;
    for (SyncSummary& own : summaries) {
        std::unique_ptr<QThread> thread(QThread::create([this, &work, &own] {
            // A client belongs to the thread that made it; the store gives each thread its own connection.
            const std::unique_ptr<EBoekhoudenClient> client = m_clientFactory();
            if (!client)
                return;
            client->setRateLimiter(m_rateLimiter);
            book(*client, work, own);
        }));
        thread->setObjectName(QStringLiteral("sync-worker-%1").arg(threads.size() + 1));
        connect(thread.get(), &QThread::finished, &loop, [&running, &loop] {
            if (--running == 0)
                loop.quit();
        });
        threads.push_back(std::move(thread));
    }
    for (const std::unique_ptr<QThread>& thread : threads)
        thread->start();
    // The engine's thread waits here, on its event loop: it passes the workers' reports on as signals (and in
    // the tests it is also the thread the emulator answers on).
    loop.exec();
    for (const std::unique_ptr<QThread>& thread : threads)
        thread->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // what the workers reported last
    for (const SyncSummary& own : summaries)
        summary.add(own);
}

void SyncEngine::book(EBoekhoudenClient& client, Work& work, SyncSummary& summary)
{
    AdministrationDirectory directory(client);
    directory.setCreateMissingProducts(m_configuration.settings.createMissingProducts);
    DocumentPusher pusher(m_database, client, directory, m_configuration, &m_debtors);
    const DocumentRepository documents(m_database);
    for (;;) {
        if (m_cancelled) {
            summary.cancelled = true;
            return;
        }
        if (work.stopped)
            return;
        const qsizetype index = work.next++;
        if (index >= work.ids.size())
            return;
        const qint64 id = work.ids.at(index);
        const std::optional<StoredDocument> stored = documents.find(id);
        const QString number = stored ? stored->document.number : QString();
        // With several workers several documents are under way: the progress names all of them.
        report([this, number] {
            m_busy.append(number);
            emit progress(m_done, m_total, m_busy.join(QStringLiteral(", ")));
        });
        if (!pushWithRetries(pusher, id, summary)) {
            report([this, number] { m_busy.removeOne(number); });
            work.stopped = true;
            return;
        }
        report([this, number] {
            m_busy.removeOne(number);
            emit progress(++m_done, m_total, m_busy.join(QStringLiteral(", ")));
        });
    }
}

void SyncEngine::setBookingSettings(const AdministrationSettings& settings, SyncConfiguration::DebtorMatching matching)
{
    m_configuration.settings = settings;
    m_configuration.debtorMatching = matching;
}

void SyncEngine::startCustomers(const QList<qint64>& customerIds)
{
    emit finished(runCustomers(customerIds));
}

SyncSummary SyncEngine::runCustomers(const QList<qint64>& customerIds)
{
    m_cancelled = false;
    m_done = 0;
    m_total = static_cast<int>(customerIds.size());
    SyncSummary summary;
    summary.total = m_total;
    if (!m_database.open()) {
        summary.stoppedBecause = m_database.lastError();
        return summary;
    }
    m_rateLimiter = std::make_shared<RateLimiter>(m_configuration.maxRequestsPerSecond);
    client().setRateLimiter(m_rateLimiter);
    const CustomerRepository customers(m_database);
    CustomerPusher pusher(m_database, client(), m_configuration);

    for (qint64 id : customerIds) {
        if (m_cancelled) {
            summary.cancelled = true;
            break;
        }
        const std::optional<StoredCustomer> stored = customers.find(id);
        if (!stored)
            continue;
        const QString name = stored->customer.email.isEmpty() ? stored->customer.shopId : stored->customer.email;
        emit progress(m_done, m_total, name);
        // The same retry loop as a document's: Retry-After, doubling, jitter.
        const CustomerPusher::Attempt attempt =
            RetryBackoff::retry(
                retryPolicy(m_configuration), [&pusher, id] { return pusher.push(id); },
                [](const CustomerPusher::Attempt& a) { return a.outcome == CustomerPusher::Outcome::Retry; },
                [this](std::chrono::milliseconds wait) { return sleepUnlessCancelled(wait); })
                .last;
        if (attempt.success())
            ++summary.debtorsPushed;
        if (attempt.outcome == CustomerPusher::Outcome::Stop)
            summary.stoppedBecause = attempt.message.text();
        // Refused, stopped, or still unanswered after the last attempt (or cancelled while waiting): not pushed.
        if (!attempt.success() && attempt.outcome != CustomerPusher::Outcome::NotFound)
            ++summary.refused;
        emit customerFinished(id, attempt.success(), attempt.message.text());
        emit progress(++m_done, m_total, name);
        if (!summary.stoppedBecause.isEmpty())
            break;
    }
    return summary;
}

void SyncEngine::startCheckLinks(const QList<qint64>& documentIds)
{
    emit finished(runCheckLinks(documentIds));
}

SyncSummary SyncEngine::runCheckLinks(const QList<qint64>& documentIds)
{
    m_cancelled = false;
    SyncSummary summary;
    if (!m_database.open()) {
        summary.stoppedBecause = m_database.lastError();
        return summary;
    }
    emit progress(0, 0, tr("Checking the bookings in e-Boekhouden…"));
    LinkChecker checker(m_database, client(), m_configuration);
    const LinkChecker::Report report = checker.check(documentIds);
    summary.total = report.checked;
    summary.wrongLinks = checker.offerAgain(report.wrong);
    const DocumentRepository documents(m_database);
    for (const LinkChecker::WrongLink& link : report.wrong) {
        const std::optional<StoredDocument> stored = documents.find(link.documentId);
        emit documentFinished(link.documentId, false, stored ? stored->lastMessage : link.reason);
    }
    if (report.error)
        summary.stoppedBecause = report.error->message();
    return summary;
}

void SyncEngine::runPayments(SyncSummary& summary)
{
    // Off until the bookkeeper chooses to book payments (a bank ledger): then no run tries, or logs, any.
    if (!m_configuration.settings.bookPayments)
        return;
    AdministrationDirectory directory(client());
    PaymentPusher pusher(m_database, client(), directory, m_configuration);
    const DocumentRepository documents(m_database);
    for (qint64 id : PaymentRepository(m_database).documentsAwaitingPayment()) {
        if (m_cancelled) {
            summary.cancelled = true;
            return;
        }
        // Each payment is retried on its own, with backoff like a document; one that gets no answer in time
        // waits for the next sync while the others go on.
        const RetryBackoff::Retried<PaymentPusher::Attempt> retried = RetryBackoff::retry(
            retryPolicy(m_configuration),
            [&] {
                // Read again for each attempt: what an earlier one booked is no longer unbooked.
                const std::optional<StoredDocument> document = documents.find(id);
                if (!document)
                    return PaymentPusher::Attempt{}; // gone meanwhile: nothing to book
                PaymentPusher::Attempt result = pusher.push(*document);
                summary.paymentsBooked += result.booked; // also what an attempt that asks for another one booked
                return result;
            },
            [](const PaymentPusher::Attempt& a) { return a.outcome == PaymentPusher::Outcome::TryLater; },
            [this](std::chrono::milliseconds wait) { return sleepUnlessCancelled(wait); });
        if (retried.cancelled) {
            summary.cancelled = true;
            return;
        }
        const PaymentPusher::Attempt& result = retried.last;
        if (result.outcome == PaymentPusher::Outcome::Refused)
            ++summary.paymentsRefused;
        if (result.outcome == PaymentPusher::Outcome::Stop) {
            summary.stoppedBecause = result.message;
            return;
        }
        if (result.outcome == PaymentPusher::Outcome::TryLater) // no answer in maxAttempts
            ++summary.paymentsPostponed;
    }
}

bool SyncEngine::pushWithRetries(DocumentPusher& pusher, qint64 documentId, SyncSummary& summary)
{
    // A cancelled run waits for no further attempt: the document goes back to pending at once.
    const RetryBackoff::Retried<DocumentPusher::Attempt> retried = RetryBackoff::retry(
        retryPolicy(m_configuration),
        [&pusher, documentId,
         take = m_onlyWaiting ? DocumentPusher::Take::OnlyWaiting : DocumentPusher::Take::FailedToo] {
            return pusher.push(documentId, take);
        },
        [this](const DocumentPusher::Attempt& a) {
            return a.outcome == DocumentPusher::Outcome::Retry && !m_cancelled;
        },
        [this](std::chrono::milliseconds wait) { return sleepUnlessCancelled(wait); });
    const DocumentPusher::Attempt& result = retried.last;
    if (retried.cancelled) {
        pusher.giveUp(documentId, result.message);
        ++summary.postponed;
        summary.cancelled = true;
        return false;
    }
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
    case DocumentPusher::Outcome::Postponed:
        ++summary.postponed;
        break;
    case DocumentPusher::Outcome::Retry: // no answer in maxAttempts, or the run was cancelled meanwhile
        pusher.giveUp(documentId, result.message);
        ++summary.postponed;
        report([this, documentId, message = result.message] { emit documentFinished(documentId, false, message); });
        return true;
    }
    const bool success =
        result.outcome == DocumentPusher::Outcome::Posted || result.outcome == DocumentPusher::Outcome::Linked;
    report(
        [this, documentId, success, message = result.message] { emit documentFinished(documentId, success, message); });
    if (result.stopRun) {
        summary.stoppedBecause = result.message;
        return false;
    }
    return true;
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
