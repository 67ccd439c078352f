#include "LogRetention.h"

#include "store/SyncLogRepository.h"

#include <algorithm>

int LogRetention::keepDays(const QSettings& settings)
{
    return std::max(settings.value(keepDaysKey(), SyncLogRepository::minimumKeepDays).toInt(),
                    SyncLogRepository::minimumKeepDays);
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
    settings.setValue(lastRunKey(), now.toUTC());
    return removed;
}
