#include "LogRetention.h"

#include "store/AuditTrailRepository.h"
#include "store/SyncLogRepository.h"

#include <algorithm>

int LogRetention::keepDays(const QSettings& settings)
{
    return std::max(settings.value(keepDaysKey(), SyncLogRepository::minimumKeepDays).toInt(),
                    SyncLogRepository::minimumKeepDays);
}

int LogRetention::legalYears(const QSettings& settings)
{
    return std::max(settings.value(legalYearsKey(), AuditTrailRepository::legalRetentionYears).toInt(),
                    AuditTrailRepository::legalRetentionYears);
}

int LogRetention::runIfDue(const Database& database, QSettings& settings, const QDateTime& now)
{
    const QDateTime last = settings.value(lastRunKey()).toDateTime();
    if (last.isValid() && last.secsTo(now) < 24 * 60 * 60 && last <= now)
        return -1;
    return run(database, settings, now);
}

int LogRetention::run(const Database& database, QSettings& settings, const QDateTime& now)
{
    const int removed = SyncLogRepository(database).removeOlderThan(now, keepDays(settings));
    // The audit trail follows the same days, but a booked document's stays for the legal period (issue 16).
    AuditTrailRepository(database).removeOlderThan(now, keepDays(settings), legalYears(settings));
    settings.setValue(lastRunKey(), now.toUTC());
    return removed;
}
