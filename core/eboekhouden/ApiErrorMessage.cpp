#include "ApiErrorMessage.h"

namespace {

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QString();
}

QString render(const QList<LogMessage>& arguments)
{
    return ApiErrorMessage::fromArguments(arguments).message();
}

// Registered when the sync (which writes these messages) is linked in, before main() runs.
[[maybe_unused]] const bool registered = [] {
    LogMessage::addRenderer(QLatin1String(ApiErrorMessage::code), &render);
    return true;
}();

} // namespace

LogMessage ApiErrorMessage::of(const ApiError& error)
{
    // Arguments in a fixed order; never reorder them, rows are stored with it.
    return LogMessage::coded(QLatin1String(code),
                             {ApiError::kindName(error.kind), error.code, error.field, error.detail, error.advice,
                              QString::number(error.httpStatus), flag(error.duringRead), flag(error.unclassified)});
}

ApiError ApiErrorMessage::fromArguments(const QList<LogMessage>& arguments)
{
    const auto at = [&arguments](int index) { return arguments.value(index).text(); };
    ApiError error;
    for (ApiError::Kind kind : {ApiError::Kind::AuthFailed, ApiError::Kind::NotFound, ApiError::Kind::AlreadyExists,
                                ApiError::Kind::Validation, ApiError::Kind::RateLimited, ApiError::Kind::Server,
                                ApiError::Kind::Network, ApiError::Kind::MalformedReply, ApiError::Kind::Unsupported}) {
        if (ApiError::kindName(kind) == at(0))
            error.kind = kind;
    }
    error.code = at(1);
    error.field = at(2);
    error.detail = at(3);
    error.advice = at(4);
    error.httpStatus = at(5).toInt();
    error.duringRead = !at(6).isEmpty();
    error.unclassified = !at(7).isEmpty();
    return error;
}
