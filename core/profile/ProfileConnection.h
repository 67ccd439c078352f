#pragma once

#include "eboekhouden/EBoekhoudenClient.h"
#include "secrets/EBoekhoudenCredentials.h"
#include "store/Database.h"
#include "sync/SyncConfiguration.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

#include <functional>
#include <memory>

// What a command needs of a profile to read its books and talk to e-Boekhouden, opened one way for all: the
// profile's store at its location (Database::location), its administration settings (AdministrationSettingsStore),
// its e-Boekhouden credentials (environment, else keychain: EBoekhoudenCredentials::load) and clients made from
// them (ClientFactory). Each step that fails leaves problem() for the bookkeeper and exitCode() for a
// command-line run; the commands print the one and return the other.
//
// In core, not in the CLI, so that the app can open a profile the same way; nothing in it writes to a terminal.
class ProfileConnection
{
    Q_DECLARE_TR_FUNCTIONS(ProfileConnection)

public:
    // sysexits' EX_CONFIG: the CLI's exit code for a profile whose store or login cannot be opened.
    static constexpr int notConfigured = 78;

    enum class IfMissing
    {
        Create,       // a new profile's store is made on first use
        LeaveMissing, // a check must not create an empty store: a missing one is not opened
    };

    ProfileConnection(QString profile, QSettings& settings,
                      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // Opens (and migrates) the store once; later calls say how the first went. False: problem() says why.
    bool openStore(IfMissing ifMissing = IfMissing::Create);
    // Loads the e-Boekhouden credentials (again at each call: they may have been replaced). False: problem() says
    // why (not connected, keychain locked).
    bool loadCredentials();
    // Both, store first: what a command that books or reads e-Boekhouden needs.
    bool open() { return openStore() && loadCredentials(); }

    const QString& profile() const { return m_profile; }
    // Where the store is (a path, or a PostgreSQL URL without password), before or after opening it.
    QString storeLocation() const { return Database::location(m_profile, m_settings); }
    // Only after openStore() returned true.
    Database& database() const { return *m_database; }
    // Only after loadCredentials() returned true.
    const EBoekhoudenCredentials& credentials() const { return m_credentials; }
    // The administration as the setup wizard saved it, over the open store.
    SyncConfiguration configuration() const;
    // A new client for the credentials (one per thread: a sync's workers make their own with clientFactory()).
    std::unique_ptr<EBoekhoudenClient> client() const;
    std::function<std::unique_ptr<EBoekhoudenClient>()> clientFactory() const;

    // Why the last step failed, for the bookkeeper; empty when none did.
    const QString& problem() const { return m_problem; }
    int exitCode() const { return notConfigured; }

private:
    QString m_profile;
    QSettings& m_settings;
    QProcessEnvironment m_environment;
    std::unique_ptr<Database> m_database;
    bool m_storeOpened = false;
    bool m_storeTried = false;
    EBoekhoudenCredentials m_credentials;
    QString m_problem;
};
