#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The store's schema as numbered steps. PRAGMA user_version records the step a file is at; opening an
// older file runs the missing steps, each in its own transaction, so an interrupted upgrade resumes.
// Never edit a released step: add a new one.
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
};
