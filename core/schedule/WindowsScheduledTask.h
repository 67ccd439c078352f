#pragma once

#include "ScheduledRun.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The Windows Task Scheduler task (schema 1.2, as `schtasks /Create /XML` takes it) that runs a ScheduledRun:
// a time trigger repeated every interval, only while the user is logged on (the keychain is the user's
// Credential Manager), never two runs at once, not on battery-only restrictions.
class WindowsScheduledTask
{
public:
    explicit WindowsScheduledTask(ScheduledRun run);

    QString taskName() const; // \Boekhoudbrug\Sync PROFILE
    // `start`: the first run (local time); `userId`: DOMAIN\user of the logged-on user.
    QByteArray xml(const QDateTime& start, const QString& userId) const;
    // The Arguments element: each argument quoted the way CommandLineToArgvW reads it.
    QString commandLineArguments() const;
    static QString quotedArgument(const QString& argument);

private:
    ScheduledRun m_run;
};
