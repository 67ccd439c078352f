#include "WorkerClaims.h"

#include "Database.h"
#include "logging/Log.h"

#include <QSqlError>
#include <QSqlQuery>

bool WorkerClaims::isAlive(const Database& database, const QString& workerId)
{
    if (!database.isPostgres() || workerId.isEmpty())
        return false;
    bool ok = false;
    const int key = workerId.section(u'/', -1).toInt(&ok);
    if (!ok)
        return false; // not written by a worker of this kind: nobody to wait for
    QSqlQuery q(database.connection());
    // Free (we get it): its holder's session ended. Given back at once.
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(%1, ?)").arg(livenessClass));
    q.addBindValue(key);
    if (!q.exec() || !q.next()) {
        Log::error(QStringLiteral("PostgreSQL: liveness of %1: %2").arg(workerId, q.lastError().text()));
        return true; // unknown: the stricter reading, leave its claim alone
    }
    if (!q.value(0).toBool())
        return true;
    QSqlQuery unlock(database.connection());
    unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(%1, ?)").arg(livenessClass));
    unlock.addBindValue(key);
    unlock.exec();
    return false;
}

WorkerClaims::KeyLock::KeyLock(const Database* database, const QString& key)
{
    if (!database || !database->isPostgres() || key.isEmpty())
        return;
    QSqlQuery q(database->connection());
    // hashtext: two keys may share a lock (then one waits for the other needlessly), never the reverse.
    q.prepare(QStringLiteral("SELECT pg_advisory_lock(%1, hashtext(?))").arg(keyClass));
    q.addBindValue(key);
    if (!q.exec()) {
        Log::error(QStringLiteral("PostgreSQL: lock of %1: %2").arg(key, q.lastError().text()));
        return;
    }
    m_database = database;
    m_lockedKey = key;
}

WorkerClaims::KeyLock::~KeyLock()
{
    if (!m_database)
        return;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(%1, hashtext(?))").arg(keyClass));
    q.addBindValue(m_lockedKey);
    q.exec();
}
