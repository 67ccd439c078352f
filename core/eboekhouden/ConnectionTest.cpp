#include "ConnectionTest.h"

#include "eboekhouden/ClientFactory.h"
#include "logging/Log.h"
#include "secrets/EBoekhoudenCredentials.h"

int ConnectionTest::exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::AuthFailed:
        return AuthFailed;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
        return TryLater;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::AlreadyExists:
    case ApiError::Kind::Validation:
    case ApiError::Kind::MalformedReply:
    case ApiError::Kind::Unsupported:
        break;
    }
    return Failed;
}

ConnectionTest::Outcome ConnectionTest::run(const QString& profile, QSettings& settings,
                                            const QProcessEnvironment& environment)
{
    Outcome outcome;
    const EBoekhoudenCredentials::Loaded loaded = EBoekhoudenCredentials::load(profile, settings, environment);
    if (!loaded.ok) {
        outcome.exitCode = NotConfigured;
        outcome.message = loaded.message;
        return outcome;
    }
    const std::unique_ptr<EBoekhoudenClient> client = ClientFactory::create(loaded.credentials);
    if (!client) {
        outcome.exitCode = NotConfigured;
        outcome.message = tr("No e-Boekhouden connection is set up for profile %1.").arg(profile);
        return outcome;
    }
    const Result<ConnectionInfo> tested = client->testConnection();
    if (!tested.ok()) {
        Log::warning(QStringLiteral("connection test failed: %1").arg(tested.error().summary()));
        outcome.exitCode = exitCodeFor(tested.error().kind);
        outcome.message = tested.error().message();
        return outcome;
    }
    client->closeSession();
    outcome.exitCode = Connected;
    outcome.administrationName = tested.value().administrationName;
    outcome.message = describe(tested.value());
    Log::info(QStringLiteral("connection test passed (%1)").arg(tested.value().api));
    return outcome;
}

QString ConnectionTest::describe(const ConnectionInfo& info)
{
    QString text = info.administrationName.isEmpty()
                       ? tr("Connected to e-Boekhouden (%1).").arg(info.api)
                       : tr("Connected to e-Boekhouden (%1): \"%2\".").arg(info.api, info.administrationName);
    if (info.ledgerCount >= 0) {
        text += u' ' + (info.ledgerCountIsMinimum
                            ? tr("The login may read the ledger accounts (at least %n).", nullptr, info.ledgerCount)
                            : tr("The login may read the ledger accounts (%n found).", nullptr, info.ledgerCount));
    }
    if (info.administrations.size() > 1)
        text += u' ' + tr("This accountant's token manages %n administration(s): %1.", nullptr,
                          int(info.administrations.size()))
                           .arg(info.administrations.join(QStringLiteral(", ")));
    else if (info.administrationName.isEmpty() && info.api == QLatin1String("REST"))
        text += u' ' + tr("A regular API token cannot show the administration's name; that is normal.");
    return text;
}

QString ConnectionTest::exitCodeHelp()
{
    return tr("Exit codes of test-connection:\n"
              "  0   connected\n"
              "  70  unexpected reply or other error\n"
              "  75  temporary problem (network, server, rate limit): try again later\n"
              "  77  login refused: check the API token or security codes\n"
              "  78  not configured: run the setup wizard or set the BOEKHOUDBRUG_EB_* variables");
}
