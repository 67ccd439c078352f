#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <mutex>

class QSettings;

// A profile's store: one SQLite file (WAL mode, so the GUI can read while the sync engine writes), or a
// PostgreSQL database that several desktops and a server share. QtSql connections may not cross threads, so
// each thread gets its own connection to the same store, opened on first use and closed when the thread ends.
//
// The location is a file path (or "sqlite:PATH"), or "postgresql://user@host:port/dbname" with libpq's options
// as query items (?sslmode=...). A password never is part of it: libpq takes it from PGPASSWORD (or ~/.pgpass).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(QString location);

    // Opens (creating the file if needed) and migrates the store to the latest schema. Call once, before use.
    bool open();

    // This thread's connection to the store (opened on first use).
    QSqlDatabase connection() const;

    // The location as given (a file path for SQLite).
    QString path() const { return m_path; }
    bool isPostgres() const;
    // The location without anything a bookkeeper need not see (for messages).
    QString displayName() const;
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;

    // Who claims documents through this object ("host/pid/key"), written with every claim (claimed_by). On
    // PostgreSQL the first call takes the session lock that tells other workers this one is alive (WorkerClaims),
    // on a connection of its own that lasts as long as the process.
    QString workerId() const;

    // <AppDataLocation>/<profile>.sqlite
    static QString defaultPath(const QString& profile);
    // Where a profile's store lives: its setting (storeLocationKey) or, when it has none, defaultPath.
    static QString location(const QString& profile, const QSettings& settings);
    static QString storeLocationKey(const QString& profile);
    static bool isPostgresLocation(const QString& location);
    // Why `location` cannot be used (empty when it can): a password in it, a malformed URL.
    static QString locationProblem(const QString& location);

private:
    static QString displayNameOf(const QString& location);

    QString m_path;
    QString m_lastError;
    mutable std::mutex m_workerMutex;
    mutable QString m_workerId;
};
