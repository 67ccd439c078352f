#include "SyncRunner.h"

SyncRunner::SyncRunner(std::unique_ptr<SyncEngine> engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine.release())
{
    m_thread.setObjectName(QStringLiteral("sync"));
    m_engine->setParent(nullptr);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::progress, this, &SyncRunner::progress);
    connect(m_engine, &SyncEngine::documentFinished, this, &SyncRunner::documentFinished);
    connect(m_engine, &SyncEngine::customerFinished, this, &SyncRunner::customerFinished);
    connect(m_engine, &SyncEngine::finished, this, [this](const SyncSummary& summary) {
        m_running = false;
        emit finished(summary);
    });
    m_thread.start();
}

SyncRunner::~SyncRunner()
{
    m_engine->cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncRunner::setBookingSettings(const AdministrationSettings& settings, SyncConfiguration::DebtorMatching matching)
{
    m_newSettings = BookingSettings{settings, matching};
}

void SyncRunner::setConnections(SyncEngine::ClientFactory client, SyncEngine::ConnectorFactory shop)
{
    m_newConnections = Connections{std::move(client), std::move(shop)};
}

void SyncRunner::startOnEngine(std::function<void(SyncEngine*)> start)
{
    if (m_running)
        return;
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, settings = std::exchange(m_newSettings, std::nullopt),
         connections = std::exchange(m_newConnections, std::nullopt), start = std::move(start)] {
            if (settings)
                engine->setBookingSettings(settings->settings, settings->matching);
            if (connections && connections->client)
                engine->setClientFactory(connections->client);
            if (connections && connections->shop)
                engine->setShopConnector(connections->shop);
            start(engine);
        },
        Qt::QueuedConnection);
}

void SyncRunner::sync()
{
    startOnEngine([](SyncEngine* engine) { engine->startSync(); });
}

void SyncRunner::push(const QList<qint64>& documentIds)
{
    startOnEngine([documentIds](SyncEngine* engine) { engine->startDocuments(documentIds); });
}

void SyncRunner::checkLinks(const QList<qint64>& documentIds)
{
    startOnEngine([documentIds](SyncEngine* engine) { engine->startCheckLinks(documentIds); });
}

void SyncRunner::pushCustomers(const QList<qint64>& customerIds)
{
    startOnEngine([customerIds](SyncEngine* engine) { engine->startCustomers(customerIds); });
}

void SyncRunner::importPeriod(const QDate& from, const QDate& until)
{
    startOnEngine([from, until](SyncEngine* engine) { engine->startBackfill(from, until); });
}

void SyncRunner::cancel()
{
    m_engine->cancel(); // atomic: safe from this thread
}
