#pragma once

#include "EmulatorRequest.h"
#include "EmulatorResponse.h"
#include "EmulatorSessions.h"
#include "EmulatorState.h"

// The REST face of the emulator: the /v1 endpoints of API-eboekhouden.md §1.5 that the clients use, with
// the documented Error body, 401 without body, paging (limit 1-2000, offset >= 0; count = page size).
namespace EmulatorRestApi {

EmulatorResponse handle(const EmulatorRequest& request, EmulatorState& state, EmulatorSessions& sessions);

} // namespace EmulatorRestApi
