#pragma once

// How often and how patiently a request is repeated after a 5xx, a 429, a dropped connection or a page that
// does not parse. The delay doubles per attempt up to maxDelayMs. Tests use milliseconds; the product seconds.
struct RetryPolicy
{
    int maxAttempts = 5;
    int initialDelayMs = 1000;
    int maxDelayMs = 30000;
    int timeoutMs = 60000; // per attempt, for a reply that stalls

    int delayBeforeAttempt(int attempt) const // attempt 2, 3, ...
    {
        long long delay = initialDelayMs;
        for (int i = 2; i < attempt && delay < maxDelayMs; ++i)
            delay *= 2;
        return static_cast<int>(delay < maxDelayMs ? delay : maxDelayMs);
    }
};
