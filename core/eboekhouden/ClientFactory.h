#pragma once

#include "eboekhouden/EBoekhoudenClient.h"
#include "secrets/EBoekhoudenCredentials.h"

#include <memory>

// Chooses the implementation by the credentials the user has: an API token means REST, username + security
// codes mean SOAP. An endpoint override (Belgian host, emulator) replaces the public URL.
namespace ClientFactory {

std::unique_ptr<EBoekhoudenClient> create(const EBoekhoudenCredentials& credentials);

} // namespace ClientFactory
