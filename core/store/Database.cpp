#include "Database.h"

#include "logging/Log.h"
#include "Migrations.h"
#include "WorkerClaims.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <QUrlQuery>

#include <limits>

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

QString sqliteFile(const QString& location)
{
    return location.startsWith(u"sqlite:"_qs) ? location.mid(7) : location;
}

bool isLoopback(const QString& host)
{
    if (host.isEmpty() || host.startsWith(u'/') || host == u"localhost")
        return true; // no host: libpq's unix socket
    return QHostAddress(host).isLoopback();
}

// The QPSQL connection for a postgresql:// URL. Without a password: libpq reads PGPASSWORD or ~/.pgpass itself.
QSqlDatabase addPostgres(const QString& name, const QUrl& url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    QStringList options;
    const QUrlQuery query(url);
    bool sslmodeGiven = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        options.append(key + u'=' + value);
        sslmodeGiven = sslmodeGiven || key == u"sslmode";
    }
    // The password and the books cross the network: encrypted unless the server is this machine.
    if (!sslmodeGiven && !isLoopback(url.host()))
        options.append(QStringLiteral("sslmode=require"));
    options.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(u';'));
    return db;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
{}

QString Database::defaultPath(const QString& profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + profile + u".sqlite"_qs;
}

QString Database::storeLocationKey(const QString& profile)
{
    return QStringLiteral("profiles/%1/store").arg(profile);
}

QString Database::location(const QString& profile, const QSettings& settings)
{
    const QString saved = settings.value(storeLocationKey(profile)).toString().trimmed();
    return saved.isEmpty() ? defaultPath(profile) : saved;
}

bool Database::isPostgresLocation(const QString& location)
{
    return location.startsWith(u"postgresql://"_qs) || location.startsWith(u"postgres://"_qs);
}

bool Database::isPostgres() const
{
    return isPostgresLocation(m_path);
}

QString Database::locationProblem(const QString& location)
{
    if (!isPostgresLocation(location))
        return sqliteFile(location).isEmpty() ? tr("No file is given for the local database.") : QString();
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.path().mid(1).isEmpty())
        return tr("%1 is not a PostgreSQL address: write postgresql://user@host:port/database.")
            .arg(displayNameOf(location));
    if (!url.password().isEmpty())
        return tr("The PostgreSQL address holds a password. Remove it from the address and set it in the "
                  "environment variable PGPASSWORD (or in ~/.pgpass) instead: a password is never kept in the "
                  "settings.");
    return {};
}

QString Database::displayName() const
{
    return displayNameOf(m_path);
}

QString Database::displayNameOf(const QString& location)
{
    if (!isPostgresLocation(location))
        return sqliteFile(location);
    return QUrl(location).toString(QUrl::RemovePassword | QUrl::RemoveQuery);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(m_path);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    if (!threadConnections.hasLocalData())
        threadConnections.setLocalData(new ThreadConnections);
    threadConnections.localData()->names.append(name);

    if (isPostgres()) {
        if (!locationProblem(m_path).isEmpty())
            return QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name); // left closed: open() says why
        QSqlDatabase db = addPostgres(name, QUrl(m_path));
        if (!db.open())
            Log::error(QStringLiteral("PostgreSQL: cannot open %1: %2").arg(displayName(), db.lastError().text()));
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(sqliteFile(m_path));
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
    if (const QString problem = locationProblem(m_path); !problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    if (!isPostgres())
        QDir().mkpath(QFileInfo(sqliteFile(m_path)).absolutePath());
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_lastError = isPostgres()
                          ? tr("The shared database %1 cannot be opened: %2. Check the address, that the "
                               "server runs, and the password in PGPASSWORD.")
                                .arg(displayName(), db.lastError().text())
                          : tr("The local database %1 cannot be opened: %2").arg(m_path, db.lastError().text());
        return false;
    }
    const Migrations::Outcome outcome = Migrations::migrate(db);
    if (!outcome.ok) {
        m_lastError = isPostgres()
                          ? tr("The shared database %1 could not be upgraded: %2").arg(displayName(), outcome.error)
                          : tr("The local database %1 could not be upgraded: %2").arg(m_path, outcome.error);
        return false;
    }
    return true;
}

QString Database::workerId() const
{
    const std::lock_guard<std::mutex> lock(m_workerMutex);
    if (!m_workerId.isEmpty())
        return m_workerId;
    const QString prefix = QSysInfo::machineHostName() + u'/' + QString::number(QCoreApplication::applicationPid());
    if (!isPostgres()) {
        // Nobody asks whether it still runs (WorkerClaims): unique is enough.
        m_workerId =
            prefix + u'/' + QString::number(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()));
        return m_workerId;
    }
    // A key no other live worker holds: try random ones until the session lock is ours.
    const QString name = connectionName(m_path) + u"-worker-"_qs + QString::number(reinterpret_cast<quintptr>(this));
    QSqlDatabase db = addPostgres(name, QUrl(m_path));
    if (!db.open()) {
        Log::error(QStringLiteral("PostgreSQL: cannot open the worker's connection: %1").arg(db.lastError().text()));
        return {}; // no claim without it (DocumentRepository refuses an empty worker)
    }
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int key = int(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()));
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)").arg(WorkerClaims::livenessClass).arg(key)) &&
            q.next() && q.value(0).toBool()) {
            m_workerId = prefix + u'/' + QString::number(key);
            return m_workerId;
        }
    }
    Log::error(QStringLiteral("PostgreSQL: no worker lock could be taken"));
    return {};
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}
