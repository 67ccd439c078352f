#pragma once

#include "ScheduledRun.h"

#include <QString>

// The systemd user service and timer that run a ScheduledRun (Linux). The timer starts the service a few
// minutes after login and then every interval after the last run ended (OnUnitActiveSec), so runs never
// overlap and a suspended laptop does not catch up with a burst of syncs.
class SystemdUserUnits
{
public:
    explicit SystemdUserUnits(ScheduledRun run);

    QString serviceName() const; // boekhoudbrug-sync-PROFILE.service
    QString timerName() const;   // boekhoudbrug-sync-PROFILE.timer
    QString service() const;
    QString timer() const;

    // One ExecStart word, quoted for systemd: '"' and '\' escaped, '%' doubled (systemd's specifier sign),
    // control characters as C escapes.
    static QString quoted(const QString& word);

    // Text for a Description line: control characters (a newline would end the line) become spaces, '%' doubled.
    static QString printable(const QString& text);

private:
    QString baseName() const;

    ScheduledRun m_run;
};
