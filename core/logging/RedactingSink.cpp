#include "RedactingSink.h"

#include "Redactor.h"

#include <QString>

void RedactingSink::sink_it_(const spdlog::details::log_msg& msg)
{
    const QString original = QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
    const std::string redacted = Redactor::redact(original).toStdString();
    spdlog::details::log_msg copy = msg;
    copy.payload = spdlog::string_view_t(redacted.data(), redacted.size());
    dist_sink::sink_it_(copy);
}
