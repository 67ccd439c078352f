#pragma once

#include <QString>

// Masks secrets in text before it reaches a log: credentials in HTTP headers, URLs, query strings,
// JSON and XML bodies, plus every secret value the application has handed to remember().
// Every log line passes through redact() (see RedactingSink), so a forgotten call site cannot leak.
class Redactor
{
public:
    static QString redact(const QString& text);

    // Remember a secret's value so it is masked wherever it appears, whatever the surrounding syntax.
    // Values shorter than minimumSecretLength are ignored: masking them would garble ordinary text.
    static void remember(const QString& secret);
    static void forgetAll();

    static constexpr qsizetype minimumSecretLength = 4;
    static QString mask() { return QStringLiteral("***"); }
};
