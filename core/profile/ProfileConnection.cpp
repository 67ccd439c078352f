#include "ProfileConnection.h"

#include "AdministrationSettingsStore.h"
#include "eboekhouden/ClientFactory.h"

#include <QFile>

ProfileConnection::ProfileConnection(QString profile, QSettings& settings, QProcessEnvironment environment)
    : m_profile(std::move(profile))
    , m_settings(settings)
    , m_environment(std::move(environment))
{}

bool ProfileConnection::openStore(IfMissing ifMissing)
{
    if (m_storeTried)
        return m_storeOpened;
    const QString location = storeLocation();
    if (ifMissing == IfMissing::LeaveMissing && !Database::isPostgresLocation(location) && !QFile::exists(location))
        return false; // not tried: a later openStore() may still create it
    m_storeTried = true;
    m_database = std::make_unique<Database>(location);
    m_storeOpened = m_database->open();
    if (!m_storeOpened) {
        m_problem = m_database->lastError();
        return false;
    }
    // A store whose booking settings cannot be read is no store to book from: configuration() would give the
    // defaults (other ledgers, another booking form) and book with those without a word.
    const AdministrationSettingsStore::Saved saved =
        AdministrationSettingsStore::load(m_profile, m_settings, *m_database);
    if (!saved.problem.isEmpty()) {
        m_problem = saved.problem;
        m_storeOpened = false;
    }
    return m_storeOpened;
}

bool ProfileConnection::loadCredentials()
{
    const EBoekhoudenCredentials::Loaded loaded = EBoekhoudenCredentials::load(m_profile, m_settings, m_environment);
    if (!loaded.ok) {
        m_problem = loaded.message;
        return false;
    }
    m_credentials = loaded.credentials;
    return true;
}

SyncConfiguration ProfileConnection::configuration() const
{
    return AdministrationSettingsStore::configuration(m_profile, m_settings, *m_database);
}

std::unique_ptr<EBoekhoudenClient> ProfileConnection::client() const
{
    return ClientFactory::create(m_credentials);
}

std::function<std::unique_ptr<EBoekhoudenClient>()> ProfileConnection::clientFactory() const
{
    return [credentials = m_credentials] { return ClientFactory::create(credentials); };
}
