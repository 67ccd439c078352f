#pragma once

#include "ScheduledRun.h"

#include <QByteArray>
#include <QString>

// The launchd agent (macOS) that runs a ScheduledRun: a property list in ~/Library/LaunchAgents.
// StartInterval runs it every interval; launchd skips a run while the previous one is still going.
class LaunchdAgent
{
public:
    explicit LaunchdAgent(ScheduledRun run);

    QString label() const;    // nl.boekhoudbrug.sync.PROFILE
    QString fileName() const; // label + ".plist"
    // `logDirectory`: where launchd writes the CLI's output (~/Library/Logs/Boekhoudbrug).
    QByteArray propertyList(const QString& logDirectory) const;

private:
    ScheduledRun m_run;
};
