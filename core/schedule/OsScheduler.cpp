#include "OsScheduler.h"

#include "LaunchdAgent.h"
#include "SystemdUserUnits.h"
#include "WindowsScheduledTask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <utility>

namespace {

int runProcess(const QString& program, const QStringList& arguments, QString& output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.waitForFinished(60000);
    output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

OsScheduler::OsScheduler(Platform platform, QString home, QString configHome, CommandRunner runner)
    : m_platform(platform)
    , m_home(std::move(home))
    , m_configHome(std::move(configHome))
    , m_runner(std::move(runner))
{}

OsScheduler::Platform OsScheduler::currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOs;
#else
    return Platform::Linux;
#endif
}

OsScheduler OsScheduler::forThisSystem()
{
    return OsScheduler(currentPlatform(), QDir::homePath(),
                       QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), runProcess);
}

QString OsScheduler::systemdDirectory() const
{
    return QDir(m_configHome).filePath(QStringLiteral("systemd/user"));
}

QString OsScheduler::launchAgentsDirectory() const
{
    return QDir(m_home).filePath(QStringLiteral("Library/LaunchAgents"));
}

QStringList OsScheduler::filesFor(const ScheduledRun& run) const
{
    switch (m_platform) {
    case Platform::Linux: {
        const SystemdUserUnits units(run);
        return {QDir(systemdDirectory()).filePath(units.serviceName()),
                QDir(systemdDirectory()).filePath(units.timerName())};
    }
    case Platform::MacOs:
        return {QDir(launchAgentsDirectory()).filePath(LaunchdAgent(run).fileName())};
    case Platform::Windows:
        break; // the task lives in the Task Scheduler's own store
    }
    return {};
}

bool OsScheduler::isEnabled(const ScheduledRun& run) const
{
    if (m_platform == Platform::Windows) {
        QString output;
        return m_runner(QStringLiteral("schtasks"),
                        {QStringLiteral("/Query"), QStringLiteral("/TN"), WindowsScheduledTask(run).taskName()},
                        output) == 0;
    }
    const QStringList files = filesFor(run);
    return std::all_of(files.cbegin(), files.cend(), [](const QString& file) { return QFile::exists(file); });
}

OsScheduler::Outcome OsScheduler::written(const QString& path, const QByteArray& content) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return {false, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {true, {}};
}

OsScheduler::Outcome OsScheduler::ran(const QString& program, const QStringList& arguments, bool mustSucceed) const
{
    QString output;
    const int code = m_runner(program, arguments, output);
    if (code == 0 || !mustSucceed)
        return {true, output};
    return {false, tr("%1 %2 failed (exit code %3): %4")
                       .arg(program, arguments.join(u' '))
                       .arg(code)
                       .arg(output.isEmpty() ? tr("no output") : output)};
}

OsScheduler::Outcome OsScheduler::enable(const ScheduledRun& run, const QDateTime& firstRun)
{
    switch (m_platform) {
    case Platform::Linux: {
        const SystemdUserUnits units(run);
        const QStringList files = filesFor(run);
        if (const Outcome service = written(files.at(0), units.service().toUtf8()); !service.ok)
            return service;
        if (const Outcome timer = written(files.at(1), units.timer().toUtf8()); !timer.ok)
            return timer;
        const QString systemctl = QStringLiteral("systemctl");
        ran(systemctl, {QStringLiteral("--user"), QStringLiteral("daemon-reload")}, false);
        const Outcome started =
            ran(systemctl,
                {QStringLiteral("--user"), QStringLiteral("enable"), QStringLiteral("--now"), units.timerName()}, true);
        if (!started.ok) {
            return {false, tr("The timer was written to %1, but systemd did not start it: %2 Log in again and run "
                              "\"systemctl --user enable --now %3\".")
                               .arg(QDir::toNativeSeparators(systemdDirectory()), started.message, units.timerName())};
        }
        return {true, tr("Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (systemd timer "
                         "%3).")
                          .arg(run.profile)
                          .arg(run.effectiveIntervalMinutes())
                          .arg(units.timerName())};
    }
    case Platform::MacOs: {
        const LaunchdAgent agent(run);
        const QString logs = QDir(m_home).filePath(QStringLiteral("Library/Logs/Boekhoudbrug"));
        QDir().mkpath(logs);
        const QString path = filesFor(run).constFirst();
        const Outcome step = written(path, agent.propertyList(logs));
        if (!step.ok)
            return step;
        // Loading an agent that is loaded already fails: unload the old one first, whatever it says.
        ran(QStringLiteral("launchctl"), {QStringLiteral("unload"), path}, false);
        const Outcome loaded =
            ran(QStringLiteral("launchctl"), {QStringLiteral("load"), QStringLiteral("-w"), path}, true);
        if (!loaded.ok)
            return loaded;
        return {true, tr("Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (launchd agent "
                         "%3).")
                          .arg(run.profile)
                          .arg(run.effectiveIntervalMinutes())
                          .arg(agent.label())};
    }
    case Platform::Windows: {
        const WindowsScheduledTask task(run);
        QTemporaryDir scratch;
        const QString path = QDir(scratch.path()).filePath(QStringLiteral("task.xml"));
        const QString user = qEnvironmentVariable("USERDOMAIN") + u'\\' + qEnvironmentVariable("USERNAME");
        const Outcome step = written(path, task.xml(firstRun.addSecs(300), user));
        if (!step.ok)
            return step;
        const Outcome created = ran(QStringLiteral("schtasks"),
                                    {QStringLiteral("/Create"), QStringLiteral("/TN"), task.taskName(),
                                     QStringLiteral("/XML"), QDir::toNativeSeparators(path), QStringLiteral("/F")},
                                    true);
        if (!created.ok)
            return created;
        return {true, tr("Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (Task Scheduler "
                         "task %3).")
                          .arg(run.profile)
                          .arg(run.effectiveIntervalMinutes())
                          .arg(task.taskName())};
    }
    }
    return {false, {}};
}

OsScheduler::Outcome OsScheduler::disable(const ScheduledRun& run)
{
    switch (m_platform) {
    case Platform::Linux: {
        const SystemdUserUnits units(run);
        ran(QStringLiteral("systemctl"),
            {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), units.timerName()}, false);
        for (const QString& file : filesFor(run))
            QFile::remove(file);
        ran(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("daemon-reload")}, false);
        break;
    }
    case Platform::MacOs: {
        const QString path = filesFor(run).constFirst();
        ran(QStringLiteral("launchctl"), {QStringLiteral("unload"), QStringLiteral("-w"), path}, false);
        QFile::remove(path);
        break;
    }
    case Platform::Windows: {
        const Outcome deleted = ran(QStringLiteral("schtasks"),
                                    {QStringLiteral("/Delete"), QStringLiteral("/TN"),
                                     WindowsScheduledTask(run).taskName(), QStringLiteral("/F")},
                                    true);
        if (!deleted.ok)
            return deleted;
        break;
    }
    }
    return {true, tr("Profile %1 no longer syncs while Boekhoudbrug is closed.").arg(run.profile)};
}
