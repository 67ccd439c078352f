#pragma once

#include "AuditEntry.h"

#include <QList>

#include <optional>

class Database;

// The audit trail: every exchange with e-Boekhouden made for a document, in its own table (audit_trail), so the
// sync log's clean-up never touches it. Entries are redacted by whoever records them (AuditRecorder).
class AuditTrailRepository
{
public:
    explicit AuditTrailRepository(const Database& database);

    std::optional<qint64> append(const AuditEntry& entry);
    // Oldest first: a timeline.
    QList<AuditEntry> forDocument(qint64 documentId) const;
    // Every entry sent from `from` up to and including `until` (local dates), oldest first.
    QList<AuditEntry> forPeriod(const QDate& from, const QDate& until) const;
    // The attempt number for the next time the sync takes this document up.
    int nextAttempt(qint64 documentId) const;

    // Removes entries older than `keepDays`, except those of a booked document younger than `legalYears` (the
    // legal retention of the books: 7 years in the Netherlands). Returns the number removed, -1 on error.
    int removeOlderThan(const QDateTime& now, int keepDays, int legalYears) const;

    static constexpr int legalRetentionYears = 7;

private:
    const Database& m_database;
};
