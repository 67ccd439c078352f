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

void SyncRunner::sync()
{
    if (m_running)
        return;
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::startSync, Qt::QueuedConnection);
}

void SyncRunner::push(const QList<qint64>& documentIds)
{
    if (m_running)
        return;
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, documentIds] { engine->startDocuments(documentIds); }, Qt::QueuedConnection);
}

void SyncRunner::pushCustomers(const QList<qint64>& customerIds)
{
    if (m_running)
        return;
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, customerIds] { engine->startCustomers(customerIds); }, Qt::QueuedConnection);
}

void SyncRunner::cancel()
{
    m_engine->cancel(); // atomic: safe from this thread
}
