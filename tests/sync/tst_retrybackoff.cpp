#include "sync/RetryBackoff.h"

#include <QtTest>

#include <vector>

// The one retry loop of the sync (documents, debtors, payments): how often it tries, how long it waits in
// between, and how a cancelled wait ends it. The waits are handed to a recording sleep, so nothing here
// depends on the clock.
class TestRetryBackoff : public QObject
{
    Q_OBJECT

    struct Attempt
    {
        int number = 0;
        bool unanswered = true; // asks for another try
        int retryAfterSeconds = -1;
    };

    // Attempt n is unanswered while n < answeredAt (never answered with 0).
    struct Run
    {
        int answeredAt = 0;
        int retryAfterSeconds = -1;
        bool sleepSucceeds = true;
        int attempts = 0;
        std::vector<std::chrono::milliseconds> waits;

        RetryBackoff::Retried<Attempt> go(const RetryBackoff::Policy& policy)
        {
            return RetryBackoff::retry(
                policy,
                [this] {
                    ++attempts;
                    return Attempt{attempts, answeredAt == 0 || attempts < answeredAt, retryAfterSeconds};
                },
                [](const Attempt& a) { return a.unanswered; },
                [this](std::chrono::milliseconds wait) {
                    waits.push_back(wait);
                    return sleepSucceeds;
                });
        }
    };

    static constexpr RetryBackoff::Policy policy{4, std::chrono::milliseconds(500), std::chrono::milliseconds(30000)};

private slots:
    void anAnsweredAttemptIsNotTriedAgain()
    {
        Run run;
        run.answeredAt = 1;
        const RetryBackoff::Retried<Attempt> retried = run.go(policy);
        QCOMPARE(run.attempts, 1);
        QCOMPARE(run.waits.size(), size_t(0));
        QCOMPARE(retried.last.number, 1);
        QVERIFY(!retried.last.unanswered);
        QVERIFY(!retried.cancelled);
    }

    void triesUntilAnswered()
    {
        Run run;
        run.answeredAt = 3;
        const RetryBackoff::Retried<Attempt> retried = run.go(policy);
        QCOMPARE(run.attempts, 3);
        QCOMPARE(run.waits.size(), size_t(2));
        QCOMPARE(retried.last.number, 3);
        QVERIFY(!retried.last.unanswered);
        QVERIFY(!retried.cancelled);
    }

    void givesUpAfterMaxAttemptsWaitingTwiceAsLongEachTime()
    {
        Run run;
        const RetryBackoff::Retried<Attempt> retried = run.go(policy);
        QCOMPARE(run.attempts, 4);
        QCOMPARE(retried.last.number, 4);
        QVERIFY(retried.last.unanswered); // the caller sees that the last one is still unanswered
        QVERIFY(!retried.cancelled);
        // No wait after the last attempt; 500, 1000, 2000 ms plus at most 25% jitter.
        QCOMPARE(run.waits.size(), size_t(3));
        for (size_t i = 0; i < run.waits.size(); ++i) {
            const qint64 base = 500LL << i;
            QVERIFY2(run.waits[i].count() >= base && run.waits[i].count() <= base + base / 4,
                     qPrintable(QString::number(run.waits[i].count())));
        }
    }

    void retryAfterIsWaitedForUpToTheLongestDelay()
    {
        Run run;
        run.retryAfterSeconds = 3;
        run.go({3, std::chrono::milliseconds(500), std::chrono::milliseconds(30000)});
        QCOMPARE(run.waits.size(), size_t(2));
        for (const std::chrono::milliseconds wait : run.waits)
            QVERIFY2(wait.count() >= 3000 && wait.count() <= 3750, qPrintable(QString::number(wait.count())));

        Run capped;
        capped.retryAfterSeconds = 60;
        capped.go({3, std::chrono::milliseconds(500), std::chrono::milliseconds(2000)});
        QCOMPARE(capped.waits, (std::vector{std::chrono::milliseconds(2000), std::chrono::milliseconds(2000)}));
    }

    void aCancelledWaitEndsTheTries()
    {
        Run run;
        run.sleepSucceeds = false;
        const RetryBackoff::Retried<Attempt> retried = run.go(policy);
        QCOMPARE(run.attempts, 1);
        QCOMPARE(run.waits.size(), size_t(1));
        QCOMPARE(retried.last.number, 1); // the attempt that had asked for another try
        QVERIFY(retried.last.unanswered);
        QVERIFY(retried.cancelled);
    }

    void oneAttemptAllowedIsNeverRetried()
    {
        Run run;
        const RetryBackoff::Retried<Attempt> retried =
            run.go({1, std::chrono::milliseconds(500), std::chrono::milliseconds(30000)});
        QCOMPARE(run.attempts, 1);
        QCOMPARE(run.waits.size(), size_t(0));
        QVERIFY(retried.last.unanswered);
        QVERIFY(!retried.cancelled);
    }
};

QTEST_GUILESS_MAIN(TestRetryBackoff)
#include "tst_retrybackoff.moc"
