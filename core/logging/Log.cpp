#include "Log.h"

#include "RedactingSink.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

constexpr std::size_t maxFileSize = 5 * 1024 * 1024;
constexpr std::size_t maxFiles = 5;
constexpr int maxLoggedBody = 4096; // bodies are cut: a log is not an archive of every invoice

QString currentFile;

void forwardQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    switch (type) {
    case QtDebugMsg:
        Log::debug(message);
        break;
    case QtInfoMsg:
        Log::info(message);
        break;
    case QtWarningMsg:
        Log::warning(message);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        Log::error(message);
        break;
    }
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

void Log::init(const Options& options)
{
    const QString directory = options.directory.isEmpty()
                                  ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs"_qs
                                  : options.directory;
    QDir().mkpath(directory);
    currentFile = QDir(directory).filePath(u"boekhoudbrug.log"_qs);

    auto redacting = std::make_shared<RedactingSink>();
    redacting->add_sink(
        std::make_shared<spdlog::sinks::rotating_file_sink_mt>(currentFile.toStdString(), maxFileSize, maxFiles));
    if (options.console)
        redacting->add_sink(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    auto logger = std::make_shared<spdlog::logger>("boekhoudbrug", redacting);
    logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] [thread %t] %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
}

QString Log::filePath()
{
    return currentFile;
}

void Log::flush()
{
    spdlog::default_logger()->flush();
}

void Log::shutdown()
{
    qInstallMessageHandler(nullptr);
    flush();
    spdlog::shutdown();
}

void Log::debug(const QString& message)
{
    spdlog::debug(utf8(message));
}

void Log::info(const QString& message)
{
    spdlog::info(utf8(message));
}

void Log::warning(const QString& message)
{
    spdlog::warn(utf8(message));
}

void Log::error(const QString& message)
{
    spdlog::error(utf8(message));
}

void Log::httpExchange(const QString& direction, const QByteArray& method, const QUrl& url, const Headers& headers,
                       const QByteArray& body)
{
    QString line = direction + u' ' + QString::fromLatin1(method) + u' ' + url.toString();
    for (const auto& [name, value] : headers)
        line += u"\n  "_qs + QString::fromLatin1(name) + u": "_qs + QString::fromUtf8(value);
    if (!body.isEmpty()) {
        line += u"\n  "_qs + QString::fromUtf8(body.left(maxLoggedBody));
        if (body.size() > maxLoggedBody)
            line += u" … (%1 bytes)"_qs.arg(body.size());
    }
    spdlog::debug(utf8(line));
}
