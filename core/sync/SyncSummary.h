#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// What one sync run did, for the status bar, the CLI's output and its exit code.
struct SyncSummary
{
    int total = 0;
    int posted = 0;
    int linked = 0;    // already in e-Boekhouden, recorded without posting again
    int refused = 0;   // failed with a reason the bookkeeper must fix
    int waiting = 0;   // credit memos waiting for their invoice
    int postponed = 0; // no answer in time, or the credentials refused: pending again for the next sync
    bool cancelled = false;
    QString stoppedBecause; // set when the run stopped early (credentials refused)
    int paymentsBooked = 0; // "invoice payment received" mutations for paid invoices
    int pulled = 0;         // documents read from the shop before pushing
    int debtorsPushed = 0;  // customer push: debtors updated or created
    QStringList pullErrors; // resources the shop did not deliver (translated)

    // The shop refused the key for one of them: a person must fix the key (the CLI's exit 77).
    bool shopKeyRefused = false;

    // Adds what another worker (or round) did to this one's counts.
    void add(const SyncSummary& other)
    {
        posted += other.posted;
        linked += other.linked;
        refused += other.refused;
        waiting += other.waiting;
        postponed += other.postponed;
        paymentsBooked += other.paymentsBooked;
        debtorsPushed += other.debtorsPushed;
        cancelled = cancelled || other.cancelled;
        if (stoppedBecause.isEmpty())
            stoppedBecause = other.stoppedBecause;
    }

    bool allDone() const
    {
        return refused == 0 && postponed == 0 && waiting == 0 && stoppedBecause.isEmpty() && pullErrors.isEmpty();
    }
};
Q_DECLARE_METATYPE(SyncSummary)
