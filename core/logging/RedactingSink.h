#pragma once

#include <mutex>
#include <spdlog/sinks/dist_sink.h>

// A spdlog sink that passes every message through Redactor before handing it to its child sinks
// (file, console). Installed under the default logger, it makes redaction impossible to bypass.
class RedactingSink : public spdlog::sinks::dist_sink<std::mutex>
{
public:
    using spdlog::sinks::dist_sink<std::mutex>::dist_sink;

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
};
