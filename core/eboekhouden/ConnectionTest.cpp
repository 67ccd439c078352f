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
    outcome.message =
        tr("Connected to e-Boekhouden (%1): %2").arg(tested.value().api, tested.value().administrationName);
    Log::info(QStringLiteral("connection test passed (%1)").arg(tested.value().api));
    return outcome;
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
