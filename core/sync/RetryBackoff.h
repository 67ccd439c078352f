#pragma once

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <type_traits>
#include <utility>

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

// How often and how long a document, a debtor or a payment is tried (SyncConfiguration's values).
struct Policy
{
    int maxAttempts = 1;
    std::chrono::milliseconds firstDelay{0};
    std::chrono::milliseconds maxDelay{0};
};

// The attempt that ended the tries; `cancelled` when a wait between two attempts was cancelled (`last` is
// then the attempt that had asked for another try).
template <typename Attempt>
struct Retried
{
    Attempt last;
    bool cancelled = false;
};

// The one retry loop of a sync: calls `attempt()` until `wantsRetry(result)` says no or maxAttempts are made,
// and between two attempts calls `sleep(wait)` with the backoff above (the attempt's retryAfterSeconds counts);
// `sleep` returns false when the run was cancelled meanwhile. What an outcome means (booked, refused, postponed)
// stays with the caller: it reads `last`.
template <typename AttemptFunction, typename WantsRetry, typename Sleep>
auto retry(const Policy& policy, AttemptFunction&& attempt, WantsRetry&& wantsRetry, Sleep&& sleep)
    -> Retried<std::invoke_result_t<AttemptFunction&>>
{
    std::chrono::milliseconds delay = policy.firstDelay;
    for (int round = 1;; ++round) {
        Retried<std::invoke_result_t<AttemptFunction&>> retried{attempt(), false};
        if (!wantsRetry(std::as_const(retried.last)) || round >= policy.maxAttempts)
            return retried;
        if (!sleep(wait(delay, retried.last.retryAfterSeconds, policy.maxDelay))) {
            retried.cancelled = true;
            return retried;
        }
        delay = std::min(delay * 2, policy.maxDelay);
    }
}

} // namespace RetryBackoff
