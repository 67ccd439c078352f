#include "EBoekhoudenCheck.h"

#include "eboekhouden/ClientFactory.h"
#include "eboekhouden/ConnectionTest.h"

ConnectionVerdict EBoekhoudenCheck::run(const EBoekhoudenCredentials& credentials)
{
    const std::unique_ptr<EBoekhoudenClient> client = ClientFactory::create(credentials);
    if (!client)
        return {false, tr("Choose how to log in first.")};
    const Result<ConnectionInfo> tested = client->testConnection();
    if (!tested.ok())
        return {false, tested.error().message()};
    client->closeSession();
    return {true, ConnectionTest::describe(tested.value())};
}
