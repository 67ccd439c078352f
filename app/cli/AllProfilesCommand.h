#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>
#include <QTextStream>

// `sync --all-profiles [--parallel N]`: an accounting office's server books every administration, one profile
// after another or N at once, and prints one line for each ("<profile>: booked 12, failed 1, waiting 0").
//
// Each profile is booked by a child process (this program's own `--profile <id> sync --one-line`), not by a
// thread of this one: the same sync as for one profile, with nothing a profile leaves behind in the process
// (the secrets the log masks, the keychain's event loop, a crash or a hang) reaching another administration. The
// child gets only its own BOEKHOUDBRUG_<PROFILE>_* variables under the plain names (ProfileEnvironment).
//
// Exit code: 0 when every profile booked everything; otherwise the highest of the profiles' codes (1 documents
// need attention, 75 try later, 77 login refused, 78 not set up or not connected; a token past its end date
// counts as 1 at least; a child that crashed as 70).
class AllProfilesCommand
{
    Q_DECLARE_TR_FUNCTIONS(AllProfilesCommand)

public:
    // `passOn`: the options every child gets too (--config, --concurrency, --rate, --verbose).
    AllProfilesCommand(QSettings& settings, QStringList passOn, QTextStream& out, QTextStream& err);

    int run(int parallel);

    static QString help();
    static constexpr int maxParallel = 16;
    static constexpr int crashed = 70; // EX_SOFTWARE

private:
    struct Run;
    void report(const Run& run);

    QSettings& m_settings;
    QStringList m_passOn;
    QTextStream& m_out;
    QTextStream& m_err;
    int m_status = 0;
};
