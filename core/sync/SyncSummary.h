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
    QString stoppedBecause;    // set when the run stopped early (credentials refused)
    int paymentsBooked = 0;    // "invoice payment received" mutations for paid invoices and refunded credit memos
    int paymentsRefused = 0;   // documents whose payment could not be booked (the log says why)
    int paymentsPostponed = 0; // documents whose payment got no answer in time: tried again at the next sync
    int pulled = 0;            // documents read from the shop before pushing
    int debtorsPushed = 0;     // customer push: debtors updated or created
    int wrongLinks = 0;        // check of the links: booked documents whose booking was not theirs, offered again
    QStringList pullErrors;    // resources the shop did not deliver (translated)

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
        paymentsRefused += other.paymentsRefused;
        paymentsPostponed += other.paymentsPostponed;
        debtorsPushed += other.debtorsPushed;
        wrongLinks += other.wrongLinks;
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
