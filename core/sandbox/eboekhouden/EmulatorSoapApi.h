#pragma once

#include "EmulatorRequest.h"
#include "EmulatorResponse.h"
#include "EmulatorSessions.h"
#include "EmulatorState.h"

// The SOAP face of the emulator (soap.asmx): the operations of API-eboekhouden.md §2.4 the clients use.
// Business errors are HTTP 200 with ErrorMsg/LastErrorCode, as the service does. The SOAP error code values
// are undocumented; the emulator answers with the REST catalogue's codes (and "SECURITY_010" for a refused
// login or session), which is also what ApiError maps.
namespace EmulatorSoapApi {

QString operationOf(const QByteArray& body); // the Body's first element, e.g. "AddMutatie"
EmulatorResponse handle(const EmulatorRequest& request, EmulatorState& state, EmulatorSessions& sessions);

} // namespace EmulatorSoapApi
