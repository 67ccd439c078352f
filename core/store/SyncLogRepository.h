#pragma once

#include "SyncLogEntry.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>

#include <optional>

class Database;

// The three synchronisation logs (invoice, credit memo, customer) in one table, filtered in SQL.
class SyncLogRepository
{
public:
    struct Filter
    {
        SyncLogEntry::Kind kind = SyncLogEntry::Kind::Invoice;
        QDateTime from; // inclusive, UTC; invalid = no lower bound
        QDateTime to;   // exclusive, UTC; invalid = no upper bound
        std::optional<bool> success;
        QString text; // matched against message, order and document number
        QString platform;
        qint64 documentId = 0; // only this document's history; 0 = all
        qint64 customerId = 0; // only this customer's history; 0 = all
    };

    explicit SyncLogRepository(const Database& database);

    // A failure of the same document (or customer) with the same message as its newest row, at most
    // retryWindowMinutes after it, counts as one more attempt of that row instead of a row of its own: the
    // retries of one attempt are one row ("3 attempts"). Returns the row's id.
    std::optional<qint64> append(const SyncLogEntry& entry);
    static constexpr int retryWindowMinutes = 15;
    // The platforms the log of `kind` has rows for, for the Platform filter.
    QStringList platforms(SyncLogEntry::Kind kind) const;
    QList<SyncLogEntry> find(const Filter& filter, int limit = 500, int offset = 0) const;
    int count(const Filter& filter) const;

    // Deletes entries older than keepDays before now; returns how many went. Retention never goes below
    // minimumKeepDays, whatever the setting says: a bookkeeper must be able to look back a quarter.
    int removeOlderThan(const QDateTime& now, int keepDays);
    static constexpr int minimumKeepDays = 90;

    // Writes the filtered entries as CSV (UTF-8, comma, RFC 4180 quoting) with a header row.
    bool exportCsv(const Filter& filter, QIODevice& out) const;

    static QString kindName(SyncLogEntry::Kind kind);

private:
    const Database& m_database;
};
