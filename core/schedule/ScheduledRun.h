#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

// One unattended sync as the operating system's scheduler runs it: the CLI, the profile, how often.
// The same description feeds every scheduler's file (SystemdUserUnits, LaunchdAgent, WindowsScheduledTask).
struct ScheduledRun
{
    QString program;          // absolute path of boekhoudbrug-cli
    QString profile;          // the profile to sync
    int intervalMinutes = 60; // at least 5: e-Boekhouden's API is our limit, not the clock

    static constexpr int minimumIntervalMinutes = 5;
    static constexpr int defaultIntervalMinutes = 60;
    // The settings the app and the CLI share: how often a profile syncs, and whether the operating system's
    // scheduler runs it too when the app is closed.
    static QString intervalKey() { return QStringLiteral("sync/intervalMinutes"); }
    static QString alsoWhenClosedKey() { return QStringLiteral("sync/alsoWhenClosed"); }
    // Whether a sync from the command line that needs attention says so on the desktop (AttentionNotifier);
    // on unless the bookkeeper turned it off. The CLI's --notify and --no-notify win for one run.
    static QString notifyKey() { return QStringLiteral("sync/notifyWhenAttentionNeeded"); }

    // The run of `profile` by `program` at the interval the settings keep (the app's and the CLI's one setting).
    static ScheduledRun forProfile(const QString& program, const QString& profile, const QSettings& settings);

    // The CLI's arguments: `sync --profile NAME`.
    QStringList arguments() const;
    // A name made of letters, digits, '-' and '_' only, for file and unit names; other characters become
    // "_XX" (their UTF-8 bytes in hex), so that two profiles never share a name.
    QString safeProfileName() const;
    // The interval, never below the minimum.
    int effectiveIntervalMinutes() const;
};
