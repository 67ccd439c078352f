#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// Moves a profile's store from one back-end to the other (SQLite file <-> PostgreSQL database): every table's
// rows copied in one transaction into an empty store of the latest schema, then each table's row count and a
// checksum of its rows compared on both sides. Only when all are equal may the profile be switched
// (StoreCommand does that); the source is left as it was.
class StoreMigration
{
    Q_DECLARE_TR_FUNCTIONS(StoreMigration)

public:
    struct Table
    {
        QString name;
        qint64 sourceRows = -1;
        qint64 targetRows = -1;
        QByteArray sourceChecksum; // hex
        QByteArray targetChecksum;
        bool equal() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    };

    struct Outcome
    {
        bool ok = false; // copied, and every table equal
        QString error;   // why not, for the bookkeeper
        QList<Table> tables;
    };

    // After each table copied and each compared (2 x tables in all), on the calling thread: for a progress bar.
    using Progress = std::function<void(int done, int total, const QString& table)>;

    // Both opened (Database::open) before. The target must hold no rows.
    static Outcome copy(const Database& source, const Database& target, const Progress& progress = {});

    // The store's tables with data of their own, parents before the tables that refer to them.
    static QStringList tables(const Database& database);
    // Rows and checksum of a table; the checksum does not depend on the rows' order nor on the back-end.
    static std::pair<qint64, QByteArray> summary(const Database& database, const QString& table,
                                                 const QStringList& columns);
    static QStringList columns(const Database& database, const QString& table);
};
