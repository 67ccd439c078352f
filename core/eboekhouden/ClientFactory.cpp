#include "ClientFactory.h"

#include "eboekhouden/RestClient.h"
#include "eboekhouden/SoapClient.h"

std::unique_ptr<EBoekhoudenClient> ClientFactory::create(const EBoekhoudenCredentials& credentials)
{
    switch (credentials.api) {
    case EBoekhoudenCredentials::Api::Rest: {
        RestClient::Settings settings;
        // A Belgian administration lives on the Belgian platform (API-eboekhouden.md §1.2, C6).
        if (credentials.country == QLatin1String("BE"))
            settings.baseUrl = QUrl(QStringLiteral("https://api.e-boekhouden.be"));
        if (!credentials.endpointOverride.isEmpty())
            settings.baseUrl = QUrl(credentials.endpointOverride);
        return std::make_unique<RestClient>(credentials.apiToken, settings);
    }
    case EBoekhoudenCredentials::Api::Soap: {
        SoapClient::Settings settings;
        if (!credentials.endpointOverride.isEmpty())
            settings.endpoint = QUrl(credentials.endpointOverride);
        return std::make_unique<SoapClient>(credentials.username, credentials.securityCode1, credentials.securityCode2,
                                            settings);
    }
    case EBoekhoudenCredentials::Api::None:
        break;
    }
    return nullptr;
}
