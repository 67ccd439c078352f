#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

// `boekhoudbrug-cli doctor`: "Check my setup" without a window (SetupCheck), one line per check. Exit codes:
// 0 nothing red (amber lines are printed but do not fail a scheduler's check), 1 at least one red line.
class DoctorCommand
{
    Q_DECLARE_TR_FUNCTIONS(DoctorCommand)

public:
    DoctorCommand(QSettings& settings, QTextStream& out);

    int run(const QString& profile);
    static QString help();

private:
    QSettings& m_settings;
    QTextStream& m_out;
};
