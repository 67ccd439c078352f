#pragma once

#include "eboekhouden/ApiError.h"
#include "eboekhouden/ConnectionInfo.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

// "Test connection" as the CLI (and a scheduler behind it) sees it: load the profile's credentials, log in,
// read what the login may read (the ledger accounts; the administrations for an accountant's token). The outcome
// carries a sysexits-style exit code, so a scheduler can tell "fix the settings" from "try again later" without parsing
// text.
class ConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)

public:
    enum ExitCode
    {
        Connected = 0,
        Failed = 70,        // EX_SOFTWARE: a reply we cannot read, or a refusal that fits nothing below
        TryLater = 75,      // EX_TEMPFAIL: network, server trouble or rate limit; retrying may help
        AuthFailed = 77,    // EX_NOPERM: token or security codes wrong, expired or without access
        NotConfigured = 78, // EX_CONFIG: no (complete) credentials for this profile
    };

    struct Outcome
    {
        int exitCode = Failed;
        QString message;            // for the bookkeeper, translated
        QString administrationName; // when connected
    };

    static Outcome run(const QString& profile, QSettings& settings,
                       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    static int exitCodeFor(ApiError::Kind kind);
    // The one sentence every "Test connection" shows (wizard, CLI): what the test proved, and no more. A
    // regular REST token cannot read the administration's name (API-eboekhouden.md C1), so it is not claimed.
    static QString describe(const ConnectionInfo& info);
    // The exit codes as lines for --help.
    static QString exitCodeHelp();
};
