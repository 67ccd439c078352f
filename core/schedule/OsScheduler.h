#pragma once

#include "ScheduledRun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

// "Also when Boekhoudbrug is closed": registers the CLI with the operating system's own scheduler, so that a
// profile syncs without the window open (DESIGN §2; the GUI's timer only runs while the app does).
// Linux: a systemd user timer in $XDG_CONFIG_HOME/systemd/user; macOS: a launchd agent in
// ~/Library/LaunchAgents; Windows: a Task Scheduler task. The files come from SystemdUserUnits, LaunchdAgent
// and WindowsScheduledTask; the scheduler's own command line tool then loads them.
class OsScheduler
{
    Q_DECLARE_TR_FUNCTIONS(OsScheduler)

public:
    enum class Platform
    {
        Linux,
        MacOs,
        Windows,
    };

    struct Outcome
    {
        bool ok = false;
        QString message; // for the bookkeeper: what was done, or what to do
    };

    // Runs a program and waits; returns its exit code (-1: it could not start) and its output.
    using CommandRunner = std::function<int(const QString& program, const QStringList& arguments, QString& output)>;

    // `home` and `configHome` are where the files go (the user's home, $XDG_CONFIG_HOME); tests pass temporary
    // folders and a runner that records the commands instead of running them.
    OsScheduler(Platform platform, QString home, QString configHome, CommandRunner runner);
    // The running system's platform and folders, with a runner that starts real processes.
    static OsScheduler forThisSystem();
    static Platform currentPlatform();

    Outcome enable(const ScheduledRun& run, const QDateTime& firstRun = QDateTime::currentDateTime());
    Outcome disable(const ScheduledRun& run);
    // Whether the scheduler's file for `run`'s profile is in place.
    bool isEnabled(const ScheduledRun& run) const;
    // The files enable() writes, for the README and the self-test.
    QStringList filesFor(const ScheduledRun& run) const;

private:
    QString systemdDirectory() const;
    QString launchAgentsDirectory() const;
    Outcome written(const QString& path, const QByteArray& content) const;
    Outcome ran(const QString& program, const QStringList& arguments, bool mustSucceed) const;

    Platform m_platform;
    QString m_home;
    QString m_configHome;
    CommandRunner m_runner;
};
