#pragma once

#include <chrono>
#include <mutex>

// Spaces the requests to e-Boekhouden of every worker of a sync evenly: at most `requestsPerSecond`, one
// every 1/requestsPerSecond s, never in bursts. Shared by the clients of all workers (HttpTransport asks it
// before each request), so the limit holds for the run as a whole. When e-Boekhouden answers 429 with
// Retry-After, holdFor() pauses every worker, not only the one that was told.
//
// e-Boekhouden documents no rate limit (API-eboekhouden.md §1.4): the unit is what a bookkeeper or an
// administrator can reason about, whole requests per second, and 0 means no limit.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(int requestsPerSecond);

    // Blocks the calling thread until it may send its next request.
    void acquire();
    // Nobody sends before now + duration (429 with Retry-After).
    void holdFor(std::chrono::milliseconds duration);

    int requestsPerSecond() const { return m_requestsPerSecond; }

private:
    const int m_requestsPerSecond;
    const Clock::duration m_interval;
    std::mutex m_mutex;
    Clock::time_point m_nextSlot;  // the earliest moment the next request may go
    Clock::time_point m_heldUntil; // Retry-After of any worker
};
