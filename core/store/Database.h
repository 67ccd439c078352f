#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The local store: one SQLite file per profile, in WAL mode so the GUI can read while the sync engine
// writes. QtSql connections may not cross threads, so each thread gets its own connection to the same
// file, opened on first use and closed when the thread ends.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(QString path);

    // Opens (creating if needed) and migrates the file to the latest schema. Call once, before use.
    bool open();

    // This thread's connection to the file (opened on first use).
    QSqlDatabase connection() const;

    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;

    // <AppDataLocation>/<profile>.sqlite
    static QString defaultPath(const QString& profile);

private:
    QString m_path;
    QString m_lastError;
};
