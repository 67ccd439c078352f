#include "ReconcileCommand.h"

#include "profile/ProfileConnection.h"
#include "sync/Reconciliation.h"

ReconcileCommand::ReconcileCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err)
    : m_profile(std::move(profile))
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{}

QString ReconcileCommand::help()
{
    return tr("reconcile --from DATE --until DATE: reads e-Boekhouden's sales bookings of the period and compares "
              "them with the shop's documents (missing, other amount, booked twice, not booked by Boekhoudbrug, not "
              "booked at all); exit code 0 only when nothing differs.");
}

int ReconcileCommand::run(const QDate& from, const QDate& until)
{
    if (!from.isValid() || !until.isValid() || from > until) {
        m_err << tr("reconcile --from and --until take dates as YYYY-MM-DD, the second not before the first.")
              << Qt::endl;
        return UsageError;
    }
    ProfileConnection connection(m_profile, m_settings);
    if (!connection.open()) {
        m_err << connection.problem() << Qt::endl;
        return connection.exitCode();
    }
    const std::unique_ptr<EBoekhoudenClient> client = connection.client();
    Reconciliation reconciliation(connection.database(), *client);
    const SyncConfiguration rules = connection.configuration();
    reconciliation.setPostingRules(rules.settings, rules.vatMapping);
    const Reconciliation::Report report = reconciliation.run(from, until);
    if (report.error) {
        m_err << report.error->message() << Qt::endl;
        return report.error->kind == ApiError::Kind::AuthFailed ? AuthFailed : TryLater;
    }
    for (const Reconciliation::Difference& difference : report.differences)
        m_out << Reconciliation::findingName(difference.finding) << '\t' << difference.message << Qt::endl;
    m_out << tr("%1 to %2: %n sales booking(s) in e-Boekhouden, %3 booked by Boekhoudbrug and equal, %4 "
                "difference(s).",
                nullptr, report.bookings)
                 .arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate), QString::number(report.matched),
                      QString::number(report.differences.size()))
          << Qt::endl;
    return report.differences.isEmpty() ? Success : Differences;
}
