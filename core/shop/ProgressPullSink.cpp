#include "ProgressPullSink.h"

ProgressPullSink::ProgressPullSink(PullSink& target, const std::atomic_bool& cancelled, Progress progress)
    : m_target(target)
    , m_cancelled(cancelled)
    , m_progress(std::move(progress))
{}

std::optional<Watermark> ProgressPullSink::watermark(const QString& platform, const QString& resource)
{
    return m_target.watermark(platform, resource);
}

bool ProgressPullSink::storePage(const PulledPage& page)
{
    if (m_cancelled)
        return false;
    if (!m_target.storePage(page))
        return false;
    m_documents += int(page.invoices.size() + page.creditMemos.size() + page.customers.size());
    if (m_progress)
        m_progress(page.resource, m_documents);
    return true;
}

QList<QString> ProgressPullSink::openDocuments(const QString& platform, const QString& resource)
{
    return m_target.openDocuments(platform, resource);
}
