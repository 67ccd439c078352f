#pragma once

#include <QString>

class Database;

// Claims that hold across the worker processes (on one or several machines) sharing one PostgreSQL store.
//
// Each process that books says it is alive with a PostgreSQL session lock on a connection of its own
// (Database::workerId): the lock ends with the process, however it ends, so a claim left by a crashed worker is
// told from one a live worker still holds. On SQLite (one desktop) nothing changes: a document left in flight is
// resumed by the next sync, as before.
class WorkerClaims
{
public:
    // Whether the worker that wrote `workerId` still runs. Always false on SQLite: its claims are resumed.
    static bool isAlive(const Database& database, const QString& workerId);

    // While it lives, no other worker on the store holds the same key (a customer, while its debtor is looked
    // up and created): the second waits, then finds what the first made. Nothing on SQLite, where the run's
    // own DebtorCache already serialises its workers.
    class KeyLock
    {
    public:
        KeyLock(const Database* database, const QString& key);
        ~KeyLock();
        KeyLock(const KeyLock&) = delete;
        KeyLock& operator=(const KeyLock&) = delete;

    private:
        const Database* m_database = nullptr; // set while the lock is held
        QString m_lockedKey;
    };

    // The advisory lock class of workers' liveness locks and of key locks (PostgreSQL's two-key form).
    static constexpr int livenessClass = 0x4242;
    static constexpr int keyClass = 0x4243;
};
