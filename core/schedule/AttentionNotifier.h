#pragma once

#include "AttentionNotice.h"
#include "LastUnattendedRun.h"
#include "OsScheduler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QString>

// At the end of a sync from the command line (what the systemd timer, the launchd agent and the Windows task
// run): records the outcome for the window (LastUnattendedRun) and, when documents newly need the bookkeeper,
// shows an AttentionNotice on the desktop, so that someone hears of it while the app is closed (issue 17 item 10).
//
// Why the CLI itself and not a systemd OnFailure= unit: only the run knows the administration and the count;
// an OnFailure= unit would only know that the service failed, and exists on Linux alone, while the CLI's one
// code path serves the three schedulers, and reads the setting at the moment of the run.
//
// A run notifies when it had documents refused, or more credit memos waiting for their invoice than the run
// before: the same two waiting credit memos are not announced again every hour.
class AttentionNotifier
{
    Q_DECLARE_TR_FUNCTIONS(AttentionNotifier)

public:
    enum class Choice
    {
        AsSettings, // neither --notify nor --no-notify: the setting (ScheduledRun::notifyKey, on by default)
        Notify,     // --notify
        DoNotNotify // --no-notify
    };

    struct Run
    {
        QString profile;
        QString administration; // the bookkeeper's name for the profile
        int refused = 0;        // documents e-Boekhouden refused in this run
        int waiting = 0;        // credit memos waiting for their invoice after this run
        QDateTime finishedAt;
    };

    struct Result
    {
        bool notified = false;
        QString problem; // the notice was due but could not be shown: why, and what to do
    };

    AttentionNotifier(QSettings& settings, OsScheduler::Platform platform, OsScheduler::CommandRunner runner);
    // This system's platform, with a runner that starts the notification command and waits a few seconds.
    static AttentionNotifier forThisSystem(QSettings& settings);

    Result afterRun(const Run& run, Choice choice);

private:
    QSettings& m_settings;
    OsScheduler::Platform m_platform;
    OsScheduler::CommandRunner m_runner;
};
