#include "DoctorCommand.h"

#include "OsScheduler.h"
#include "profile/ProfileConnection.h"
#include "SetupCheck.h"

DoctorCommand::DoctorCommand(QSettings& settings, QTextStream& out)
    : m_settings(settings)
    , m_out(out)
{}

QString DoctorCommand::help()
{
    return tr("doctor: checks the setup (both connections, the token's end date, the ledgers and template in the "
              "settings, the VAT mapping of the waiting documents, settings that cannot work together, the keychain, "
              "the schedule); exits 1 when something must be fixed before documents can be booked.");
}

int DoctorCommand::run(const QString& profile)
{
    SetupCheck::Context context;
    context.profile = profile;
    context.settings = &m_settings;
    // The store is read only when it exists: a check must not create an empty one.
    ProfileConnection connection(profile, m_settings);
    if (connection.openStore(ProfileConnection::IfMissing::LeaveMissing))
        context.database = &connection.database();
    const OsScheduler scheduler = OsScheduler::forThisSystem();
    const ScheduledRun run = ScheduledRun::forProfile(QCoreApplication::applicationFilePath(), profile, m_settings);
    context.scheduledInSystem = [&scheduler, run] { return scheduler.isEnabled(run); };

    const QList<SetupCheckLine> lines = SetupCheck::run(context);
    for (const SetupCheckLine& line : lines)
        m_out << SetupCheck::text(line) << Qt::endl;
    const bool red = SetupCheck::worst(lines) == SetupCheckLine::Level::Problem;
    m_out << (red ? tr("Something must be fixed before documents can be booked: see the lines marked [problem].")
                  : tr("The setup can book."))
          << Qt::endl;
    return red ? 1 : 0;
}
