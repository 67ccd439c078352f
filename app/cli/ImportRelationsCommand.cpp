#include "ImportRelationsCommand.h"

#include "profile/ProfileConnection.h"
#include "sync/RelationImport.h"

ImportRelationsCommand::ImportRelationsCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err)
    : m_profile(std::move(profile))
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{}

QString ImportRelationsCommand::help()
{
    return tr("import-relations [--refresh]: reads the relations e-Boekhouden already holds into the local database, "
              "so that the shop's customers are matched to them instead of getting a second debtor; --refresh reads "
              "the details of every relation again, not only of those new since the last import.");
}

int ImportRelationsCommand::run(bool refresh)
{
    ProfileConnection connection(m_profile, m_settings);
    if (!connection.open()) {
        m_err << connection.problem() << Qt::endl;
        return connection.exitCode();
    }
    const std::unique_ptr<EBoekhoudenClient> client = connection.client();
    const RelationImport::Outcome outcome = RelationImport(connection.database(), *client).run(refresh);
    if (!outcome.ok()) {
        m_err << outcome.message << Qt::endl;
        return outcome.error->kind == ApiError::Kind::AuthFailed ? AuthFailed : TryLater;
    }
    m_out << outcome.message << Qt::endl;
    return Success;
}
