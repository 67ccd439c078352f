#include "Database.h"

#include "logging/Log.h"
#include "Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QThreadStorage>

namespace {

// Removes a thread's connections when the thread ends (QThreadStorage deletes its value then).
class ThreadConnections
{
public:
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
    QStringList names;
};

QThreadStorage<ThreadConnections*> threadConnections;

QString connectionName(const QString& path)
{
    const QByteArray pathHash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("boekhoudbrug-%1-%2")
        .arg(QString::fromLatin1(pathHash))
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

bool execute(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    Log::error(QStringLiteral("SQLite: %1 failed: %2").arg(statement, query.lastError().text()));
    return false;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
{}

QString Database::defaultPath(const QString& profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + profile + u".sqlite"_qs;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(m_path);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    if (!threadConnections.hasLocalData())
        threadConnections.setLocalData(new ThreadConnections);
    threadConnections.localData()->names.append(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // A writer holds the lock only briefly; readers and a second writer wait instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        Log::error(QStringLiteral("SQLite: cannot open %1: %2").arg(m_path, db.lastError().text()));
        return db;
    }
    execute(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    execute(db, QStringLiteral("PRAGMA synchronous=NORMAL")); // durable at every checkpoint; safe with WAL
    execute(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

bool Database::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_lastError = tr("The local database %1 cannot be opened: %2").arg(m_path, db.lastError().text());
        return false;
    }
    const Migrations::Outcome outcome = Migrations::migrate(db);
    if (!outcome.ok) {
        m_lastError = tr("The local database %1 could not be upgraded: %2").arg(m_path, outcome.error);
        return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}
