#include "StoreMigration.h"

#include "Database.h"
#include "Migrations.h"
#include "SqlDialect.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

// The tables in the order the migration steps create them (a table is created before any that refers to it),
// a renamed table under its new name.
QStringList creationOrder()
{
    static const QRegularExpression create(QStringLiteral(R"(^\s*CREATE\s+TABLE\s+(\w+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(QStringLiteral(R"(^\s*ALTER\s+TABLE\s+(\w+)\s+RENAME\s+TO\s+(\w+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList order;
    for (const Migrations::Step& step : Migrations::steps()) {
        for (const QString& statement : step.statements) {
            if (const QRegularExpressionMatch m = create.match(statement);
                m.hasMatch() && !order.contains(m.captured(1)))
                order.append(m.captured(1));
            if (const QRegularExpressionMatch m = rename.match(statement); m.hasMatch()) {
                const qsizetype at = order.indexOf(m.captured(1));
                if (at >= 0)
                    order[at] = m.captured(2);
            }
        }
    }
    return order;
}

QString valueText(const QVariant& value)
{
    // Null apart from the empty text; every other value as text, so SQLite's and PostgreSQL's types agree.
    if (value.isNull())
        return QStringLiteral("N");
    const QString text = value.toString();
    return QString::number(text.size()) + u':' + text;
}

} // namespace

QStringList StoreMigration::tables(const Database& database)
{
    QSqlQuery q(database.connection());
    const bool postgres = database.isPostgres();
    q.exec(postgres ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                     "current_schema() AND table_type = 'BASE TABLE'")
                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList found;
    while (q.next())
        found.append(q.value(0).toString());
    // Not data of their own: the schema's version (PostgreSQL), SQLite's internal tables, the full-text index
    // and its shadow tables (rebuilt from documents by their triggers).
    found.removeIf([](const QString& name) {
        if (name == u"schema_version" || name.startsWith(u"sqlite_"))
            return true;
        for (const QString& only : SqlDialect::sqliteOnlyTables()) {
            if (name == only || name.startsWith(only + u'_'))
                return true;
        }
        return false;
    });
    const QStringList order = creationOrder();
    std::sort(found.begin(), found.end(), [&order](const QString& a, const QString& b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia != ib ? ia < ib : a < b;
    });
    return found;
}

QStringList StoreMigration::columns(const Database& database, const QString& table)
{
    const QSqlRecord record = database.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

std::pair<qint64, QByteArray> StoreMigration::summary(const Database& database, const QString& table,
                                                      const QStringList& columns)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // Our own table and column names (tables(), columns()), never the user's text.
    if (!q.exec(u"SELECT "_qs + columns.join(u", "_qs) + u" FROM "_qs + table))
        return {-1, {}};
    QList<QByteArray> rows;
    while (q.next()) {
        QString row;
        for (int i = 0; i < columns.size(); ++i)
            row += valueText(q.value(i)) + u'|';
        rows.append(QCryptographicHash::hash(row.toUtf8(), QCryptographicHash::Sha256));
    }
    // Sorted: the same rows give the same checksum in whatever order a back-end returns them.
    std::sort(rows.begin(), rows.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray& row : std::as_const(rows))
        all.addData(row);
    return {rows.size(), all.result().toHex()};
}

StoreMigration::Outcome StoreMigration::copy(const Database& source, const Database& target, const Progress& progress)
{
    Outcome outcome;
    const QStringList sourceTables = tables(source);
    const QStringList targetTables = tables(target);
    if (source.schemaVersion() != target.schemaVersion() || sourceTables != targetTables) {
        outcome.error = tr("The two databases are not of the same schema (%1 and %2): open both with this version "
                           "of Boekhoudbrug first.")
                            .arg(source.schemaVersion())
                            .arg(target.schemaVersion());
        return outcome;
    }
    for (const QString& table : targetTables) {
        QSqlQuery q(target.connection());
        if (!q.exec(u"SELECT COUNT(*) FROM "_qs + table) || !q.next() || q.value(0).toLongLong() != 0) {
            outcome.error = tr("The target %1 already holds data (table %2): move a profile only into an empty "
                               "database.")
                                .arg(target.displayName(), table);
            return outcome;
        }
    }

    const int steps = int(sourceTables.size()) * 2;
    int done = 0;
    const auto tableDone = [&](const QString& table) {
        if (progress)
            progress(++done, steps, table);
    };
    QSqlDatabase to = target.connection();
    if (!to.transaction()) {
        outcome.error = to.lastError().text();
        return outcome;
    }
    const auto fail = [&](const QString& error) {
        to.rollback();
        outcome.error = error;
        return outcome;
    };
    for (const QString& table : sourceTables) {
        const QStringList names = columns(source, table);
        if (names != columns(target, table)) {
            return fail(tr("The table %1 has other columns in %2 than in %3.")
                            .arg(table, target.displayName(), source.displayName()));
        }
        QSqlQuery read(source.connection());
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT "_qs + names.join(u", "_qs) + u" FROM "_qs + table))
            return fail(read.lastError().text());
        QSqlQuery write(to);
        const QStringList marks(names.size(), QStringLiteral("?"));
        if (!write.prepare(u"INSERT INTO "_qs + table + u" ("_qs + names.join(u", "_qs) + u") VALUES ("_qs +
                           marks.join(u", "_qs) + u')'))
            return fail(write.lastError().text());
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return fail(tr("Copying table %1 failed: %2").arg(table, write.lastError().text()));
        }
        // The ids were copied as they were: PostgreSQL's identity goes on after the highest of them.
        if (target.isPostgres() && names.contains(u"id"_qs)) {
            QSqlQuery identity(to);
            if (!identity.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                              "COALESCE(MAX(id), 0) + 1, false) FROM %1")
                                   .arg(table)))
                return fail(identity.lastError().text());
        }
        tableDone(table);
    }
    if (!to.commit())
        return fail(to.lastError().text());

    outcome.ok = true;
    for (const QString& table : sourceTables) {
        const QStringList names = columns(source, table);
        Table compared;
        compared.name = table;
        std::tie(compared.sourceRows, compared.sourceChecksum) = summary(source, table, names);
        std::tie(compared.targetRows, compared.targetChecksum) = summary(target, table, names);
        outcome.ok = outcome.ok && compared.equal();
        outcome.tables.append(compared);
        tableDone(table);
    }
    if (!outcome.ok)
        outcome.error = tr("The copy is not equal to the original (see the tables above): the profile keeps its "
                           "store.");
    return outcome;
}
