#include "RateLimiter.h"

#include <algorithm>
#include <thread>

RateLimiter::RateLimiter(int requestsPerSecond)
    : m_requestsPerSecond(std::max(0, requestsPerSecond))
    , m_interval(m_requestsPerSecond > 0
                     ? std::chrono::duration_cast<Clock::duration>(std::chrono::seconds(1)) / m_requestsPerSecond
                     : Clock::duration::zero())
    , m_nextSlot(Clock::now())
    , m_heldUntil(Clock::now())
{}

void RateLimiter::acquire()
{
    for (;;) {
        Clock::time_point slot;
        {
            const std::lock_guard lock(m_mutex);
            // Reserve the slot before sleeping, so that two waiting threads never wake for the same one.
            slot = std::max({Clock::now(), m_nextSlot, m_heldUntil});
            m_nextSlot = slot + m_interval;
        }
        std::this_thread::sleep_until(slot);
        const std::lock_guard lock(m_mutex);
        // A Retry-After that arrived while this thread slept applies to it too: wait again.
        if (Clock::now() >= m_heldUntil)
            return;
    }
}

void RateLimiter::holdFor(std::chrono::milliseconds duration)
{
    const std::lock_guard lock(m_mutex);
    m_heldUntil = std::max(m_heldUntil, Clock::now() + std::chrono::duration_cast<Clock::duration>(duration));
}
