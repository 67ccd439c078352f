#include "StoreCommand.h"

#include "profile/ProfileConnection.h"
#include "store/StoreMigration.h"

#include <QFileInfo>

StoreCommand::StoreCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err)
    : m_profile(std::move(profile))
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{}

QString StoreCommand::help()
{
    return tr("store where: where the profile's database is. store migrate --to postgresql://user@host:port/db "
              "(password in PGPASSWORD) or --to sqlite:FILE: copies the profile's database there, compares every "
              "table, and switches the profile to it only when all are equal. Stop other syncs of the profile "
              "first.");
}

int StoreCommand::where()
{
    m_out << Database(ProfileConnection(m_profile, m_settings).storeLocation()).displayName() << Qt::endl;
    return Success;
}

int StoreCommand::migrate(const QString& to)
{
    ProfileConnection connection(m_profile, m_settings);
    const QString from = connection.storeLocation();
    if (to.isEmpty()) {
        m_err << help() << Qt::endl;
        return UsageError;
    }
    if (const QString problem = Database::locationProblem(to); !problem.isEmpty()) {
        m_err << problem << Qt::endl;
        return UsageError;
    }
    const bool toFile = !Database::isPostgresLocation(to);
    const auto filePath = [](const QString& location) {
        return location.startsWith(u"sqlite:"_qs) ? location.mid(7) : location;
    };
    const QString toFilePath = filePath(to);
    const bool fromFile = !Database::isPostgresLocation(from);
    if (to == from || (toFile && fromFile &&
                       QFileInfo(toFilePath).absoluteFilePath() == QFileInfo(filePath(from)).absoluteFilePath())) {
        m_err << tr("The profile %1 already uses %2.").arg(m_profile, Database(to).displayName()) << Qt::endl;
        return UsageError;
    }
    if (toFile && QFileInfo::exists(toFilePath)) {
        m_err << tr("%1 exists already: move the profile to a new file.").arg(toFilePath) << Qt::endl;
        return NotMoved;
    }

    if (!connection.openStore()) {
        m_err << connection.problem() << Qt::endl;
        return connection.exitCode();
    }
    const Database& source = connection.database();
    Database target(to);
    if (!target.open()) {
        m_err << target.lastError() << Qt::endl;
        return NotConfigured;
    }
    m_out << tr("Copying %1 to %2").arg(source.displayName(), target.displayName()) << Qt::endl;
    const StoreMigration::Outcome outcome = StoreMigration::copy(source, target);
    for (const StoreMigration::Table& table : outcome.tables) {
        m_out << tr("%1: %2 rows, %3 copied, checksum %4")
                     .arg(table.name)
                     .arg(table.sourceRows)
                     .arg(table.targetRows)
                     .arg(table.equal() ? tr("equal") : tr("DIFFERENT"))
              << Qt::endl;
    }
    if (!outcome.ok) {
        m_err << outcome.error << Qt::endl;
        return NotMoved;
    }
    m_settings.setValue(Database::storeLocationKey(m_profile), to);
    m_settings.sync();
    m_out << tr("The profile %1 now uses %2. The old database %3 is left as it was: remove it once you no longer "
                "need it.")
                 .arg(m_profile, target.displayName(), source.displayName())
          << Qt::endl;
    return Success;
}
