#pragma once

#include "ApiError.h"
#include "logging/LogMessage.h"

// An e-Boekhouden error as a log message: kept as its kind, code and e-Boekhouden's own words, and shown as
// ApiError::message() says it in the reader's language (issue 17 item 2). e-Boekhouden's text (`detail`) and
// our own advice for a refusal we found ourselves stay as they were written.
namespace ApiErrorMessage {

LogMessage of(const ApiError& error);
// The error a stored message describes (the inverse of of()); for the renderer and tests.
ApiError fromArguments(const QList<LogMessage>& arguments);
inline constexpr auto code = "eboekhouden.error";

} // namespace ApiErrorMessage
