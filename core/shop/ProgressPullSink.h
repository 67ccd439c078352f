#pragma once

#include "PullSink.h"

#include <atomic>
#include <functional>

// Passes a pull's pages on to another sink, counting the documents for a progress bar, and stops the pull
// when cancelled: the page then refused is not stored, so the next pull resumes from the last stored one
// (PullSink's contract) and nothing is lost or stored twice.
class ProgressPullSink : public PullSink
{
public:
    // Called after each stored page with the resource and the documents stored so far, on the pull's thread.
    using Progress = std::function<void(const QString& resource, int documents)>;

    ProgressPullSink(PullSink& target, const std::atomic_bool& cancelled, Progress progress);

    std::optional<Watermark> watermark(const QString& platform, const QString& resource) override;
    bool storePage(const PulledPage& page) override;
    QList<QString> openDocuments(const QString& platform, const QString& resource) override;

    int documents() const { return m_documents; }

private:
    PullSink& m_target;
    const std::atomic_bool& m_cancelled;
    Progress m_progress;
    int m_documents = 0;
};
