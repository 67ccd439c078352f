#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// What differs between the store's two back-ends, in one place. The migration steps and the repositories'
// queries are written once, in the subset SQLite and PostgreSQL share; this class turns a step's statement
// into what PostgreSQL runs, and answers the few questions where a query must be written twice.
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres,
    };

    static Kind of(const QSqlDatabase& db);
    static bool isPostgres(const QSqlDatabase& db) { return of(db) == Kind::Postgres; }

    // A migration statement as `kind` runs it; nullopt when that back-end has no use for it (SQLite's PRAGMAs,
    // its full-text tables and their triggers on PostgreSQL; PostgreSQL's extensions and trigram indexes on
    // SQLite). SQLite runs every other statement as written.
    static std::optional<QString> translate(Kind kind, const QString& statement);
    static QStringList translate(Kind kind, const QStringList& statements);

    // The tables only SQLite has (CREATE VIRTUAL TABLE in a migration step): not data of their own, rebuilt
    // from their content table, so nothing to copy or compare between back-ends.
    static const QStringList& sqliteOnlyTables();

    // The plan the back-end chooses for `statement` with its `values` (PostgreSQL's EXPLAIN, SQLite's EXPLAIN
    // QUERY PLAN), one line a step: to see that a grid's search uses its index. The values are written into the
    // statement by the driver (PostgreSQL cannot prepare an EXPLAIN), so the plan is the one made for them.
    static QStringList explain(const QSqlDatabase& db, const QString& statement, const QVariantList& values);
};
