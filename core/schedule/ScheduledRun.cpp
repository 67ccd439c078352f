#include "ScheduledRun.h"

#include <algorithm>

ScheduledRun ScheduledRun::forProfile(const QString& program, const QString& profile, const QSettings& settings)
{
    ScheduledRun run;
    run.program = program;
    run.profile = profile;
    run.intervalMinutes = settings.value(intervalKey(), defaultIntervalMinutes).toInt();
    return run;
}

QStringList ScheduledRun::arguments() const
{
    return {QStringLiteral("sync"), QStringLiteral("--profile"), profile};
}

QString ScheduledRun::safeProfileName() const
{
    QString safe;
    for (const char byte : profile.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (plain)
            safe.append(QChar(c));
        else
            safe.append(u'_' + QString::number(c, 16).toUpper().rightJustified(2, u'0'));
    }
    return safe.isEmpty() ? QStringLiteral("default") : safe;
}

int ScheduledRun::effectiveIntervalMinutes() const
{
    return std::max(intervalMinutes, minimumIntervalMinutes);
}
