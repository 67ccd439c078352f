#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The store's schema as numbered steps. PRAGMA user_version records the step a file is at (on PostgreSQL the
// table schema_version); opening an older store runs the missing steps, each in its own transaction, so an
// interrupted upgrade resumes. Steps are written once, in the SQL both back-ends share; SqlDialect turns
// them into PostgreSQL's. Never edit a released step: add a new one.
class Migrations
{
public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    struct Outcome
    {
        bool ok = false;
        QString error;
    };

    static const QList<Step>& steps();
    static int latestVersion();
    static int currentVersion(const QSqlDatabase& db);
    static Outcome migrate(QSqlDatabase& db, int targetVersion = latestVersion());
    // Records that the store is at `version` (in the caller's transaction, if any).
    static bool recordVersion(QSqlDatabase& db, int version);

private:
    static Outcome migrateSteps(QSqlDatabase& db, SqlDialect::Kind dialect, int targetVersion);
};
