#include "ScheduleCommand.h"

#include <QDir>

#include <utility>

ScheduleCommand::ScheduleCommand(OsScheduler scheduler, QSettings& settings, QTextStream& out, QTextStream& err)
    : m_scheduler(std::move(scheduler))
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{}

QString ScheduleCommand::help()
{
    return tr("schedule on [--every MINUTES] | off | status: sync the profile also when Boekhoudbrug is closed, "
              "through the operating system's scheduler (a systemd user timer on Linux, a launchd agent on macOS, "
              "a Task Scheduler task on Windows); at least every %1 minutes.")
        .arg(ScheduledRun::minimumIntervalMinutes);
}

int ScheduleCommand::run(const QString& program, const QString& profile, const QString& action,
                         std::optional<int> everyMinutes)
{
    constexpr int usageError = 64;
    constexpr int refused = 70;
    ScheduledRun run = ScheduledRun::forProfile(program, profile, m_settings);
    run.intervalMinutes = everyMinutes.value_or(run.intervalMinutes);
    if (everyMinutes && *everyMinutes < ScheduledRun::minimumIntervalMinutes) {
        m_err << tr("--every must be at least %1 minutes: e-Boekhouden limits how often it may be asked.")
                     .arg(ScheduledRun::minimumIntervalMinutes)
              << Qt::endl;
        return usageError;
    }

    if (action == u"status") {
        if (m_scheduler.isEnabled(run))
            m_out << tr("Profile %1 syncs also when Boekhoudbrug is closed.").arg(profile) << Qt::endl;
        else
            m_out << tr("Profile %1 syncs only while Boekhoudbrug is open.").arg(profile) << Qt::endl;
        for (const QString& file : m_scheduler.filesFor(run))
            m_out << "  " << QDir::toNativeSeparators(file) << Qt::endl;
        return 0;
    }
    OsScheduler::Outcome outcome;
    if (action == u"on") {
        outcome = m_scheduler.enable(run);
        if (outcome.ok) {
            m_settings.setValue(ScheduledRun::alsoWhenClosedKey(), true);
            m_settings.setValue(ScheduledRun::intervalKey(), run.effectiveIntervalMinutes());
        }
    } else if (action == u"off") {
        outcome = m_scheduler.disable(run);
        if (outcome.ok)
            m_settings.setValue(ScheduledRun::alsoWhenClosedKey(), false);
    } else {
        m_err << tr("schedule takes on, off or status.") << Qt::endl;
        return usageError;
    }
    (outcome.ok ? m_out : m_err) << outcome.message << Qt::endl;
    return outcome.ok ? 0 : refused;
}
