#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSettings>
#include <QTextStream>

// `boekhoudbrug-cli reconcile --from D --until D`: e-Boekhouden's sales bookings of the period read back and
// compared with the shop's documents in the store (Reconciliation, issue 16 item 2), one line per difference.
// Exit codes: 0 nothing differs, 1 differences (each line says what to do), 64 wrong usage, 75 e-Boekhouden could
// not be read (try again later), 77 login refused, 78 not configured.
class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)

public:
    enum ExitCode
    {
        Success = 0,
        Differences = 1,
        UsageError = 64,
        TryLater = 75,
        AuthFailed = 77,
        NotConfigured = 78,
    };

    ReconcileCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err);

    int run(const QDate& from, const QDate& until);
    static QString help();

private:
    QString m_profile;
    QSettings& m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
};
