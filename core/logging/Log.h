#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// The application's logging: a rotating file in the platform's app-data folder, plus the console for
// the CLI. Every line, including Qt's own warnings, passes through Redactor on its way out.
namespace Log {

struct Options
{
    bool console = false; // also write to stderr (CLI)
    QString directory;    // empty: <AppDataLocation>/logs
    bool verbose = false; // include debug lines
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

void init(const Options& options);
QString filePath();
void flush();
void shutdown();

void debug(const QString& message);
void info(const QString& message);
void warning(const QString& message);
void error(const QString& message);

// The one helper for HTTP traffic: every request or reply that is logged (URL, headers, body) goes here.
void httpExchange(const QString& direction, const QByteArray& method, const QUrl& url, const Headers& headers,
                  const QByteArray& body);

} // namespace Log
