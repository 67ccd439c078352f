#pragma once

#include "OsScheduler.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <optional>

// `boekhoudbrug-cli schedule on [--every MINUTES] | off | status`: the profile's sync registered with the
// operating system's scheduler (OsScheduler), the same switch as Settings' "also when Boekhoudbrug is closed".
class ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    ScheduleCommand(OsScheduler scheduler, QSettings& settings, QTextStream& out, QTextStream& err);

    // `program`: the CLI the scheduler starts (this executable). Exit codes: 0 done, 64 wrong usage, 70 the
    // scheduler refused (the message says what to do).
    int run(const QString& program, const QString& profile, const QString& action, std::optional<int> everyMinutes);

    static QString help();

private:
    OsScheduler m_scheduler;
    QSettings& m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
};
