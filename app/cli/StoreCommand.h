#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

// `boekhoudbrug-cli store migrate --to LOCATION`: moves the profile's store to a PostgreSQL database
// (postgresql://user@host:port/db, the password in PGPASSWORD) or back to a file (sqlite:PATH). Every table is
// copied, its row count and checksum compared (StoreMigration); only when all are equal does the profile switch
// to the new store. `store where` prints where the profile's store is.
// Exit codes: 0 moved, 1 not moved (the copy differs, or the target is not empty), 64 wrong usage,
// 78 a store cannot be opened.
class StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)

public:
    enum ExitCode
    {
        Success = 0,
        NotMoved = 1,
        UsageError = 64,
        NotConfigured = 78,
    };

    StoreCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err);

    int migrate(const QString& to);
    int where();
    static QString help();

private:
    QString m_profile;
    QSettings& m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
};
