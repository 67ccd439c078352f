#pragma once

#include <QDateTime>
#include <QSettings>

class Database;

// "Keep log entries for N days" without a click: the sync log is cleaned once a day, by whichever runs first,
// the app (at start and after each sync) or the CLI (after each sync). The last clean-up is kept in the settings,
// so a scheduler that syncs every five minutes does not delete every five minutes.
class LogRetention
{
public:
    static QString keepDaysKey() { return QStringLiteral("logs/keepDays"); }
    static QString lastRunKey() { return QStringLiteral("logs/lastCleanUp"); }

    // Years the audit trail of a booked document is kept at least (7 in the Netherlands; never fewer).
    static QString legalYearsKey() { return QStringLiteral("audit/legalYears"); }
    static int legalYears(const QSettings& settings);

    // The number of days the settings keep (never below SyncLogRepository::minimumKeepDays).
    static int keepDays(const QSettings& settings);

    // Cleans up when the last clean-up is a day or more before `now` (or never happened); returns the number of
    // entries removed, or -1 when it was not due yet.
    static int runIfDue(const Database& database, QSettings& settings, const QDateTime& now);
    // Cleans up now, whatever the last time was.
    static int run(const Database& database, QSettings& settings, const QDateTime& now);
};
