#pragma once

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

// How long a sync waits before it tries again after an unknown answer (network error, 5xx, 429, unreadable
// reply): the current delay (doubled per attempt by the caller), at least what Retry-After asked, plus up to
// 25% jitter so that many clients that failed together do not come back together, at most `maxDelay`.
namespace RetryBackoff {

inline std::chrono::milliseconds wait(std::chrono::milliseconds delay, int retryAfterSeconds,
                                      std::chrono::milliseconds maxDelay)
{
    std::chrono::milliseconds wait = delay;
    if (retryAfterSeconds >= 0)
        wait = std::max(wait, std::chrono::milliseconds(retryAfterSeconds * 1000LL));
    wait += std::chrono::milliseconds(QRandomGenerator::global()->bounded(qint64(wait.count() / 4 + 1)));
    return std::min(wait, maxDelay);
}

} // namespace RetryBackoff
