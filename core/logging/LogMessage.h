#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QDate;
class QJsonValue;

// A message of the sync log (and a document's last message) kept as a code with its arguments, so that it is
// shown in the language the reader uses now rather than the one it was written in (issue 17 item 2).
//
// An argument is a LogMessage itself: plain text (a number, a name, e-Boekhouden's or the shop's own words,
// never translated) or a coded message of its own (a reason inside "Validation error: %1").
// A message made from plain text (the implicit constructor) has no code: it is shown as it was written. That is
// how rows written before the codes existed stay readable, and how a writer without a code still compiles.
class LogMessage
{
    Q_DECLARE_TR_FUNCTIONS(LogMessage)

public:
    LogMessage() = default;
    LogMessage(const QString& plainText); // NOLINT(google-explicit-constructor): plain text is a message too
    // code: one of the catalogue's (codes()); args fill %1, %2, … of its text.
    static LogMessage coded(const QString& code, const QList<LogMessage>& args = {});
    // A day, written in the reader's locale when shown.
    static LogMessage date(QDate day);
    // Several messages as one, in a row: joinCode's text ("joined": "%1 %2", "list": "%1; %2") joins each to the
    // rest. None is the empty message, one is itself.
    static LogMessage joined(const QList<LogMessage>& messages, const QString& joinCode = QStringLiteral("joined"));

    bool isEmpty() const { return m_code.isEmpty() && m_text.isEmpty(); }
    bool isCoded() const { return !m_code.isEmpty(); }
    QString code() const { return m_code; }
    const QList<LogMessage>& arguments() const { return m_args; }

    // The message in the current language (the installed translators). A code this version does not know
    // (written by a newer one) shows the text stored with it.
    QString text() const;

    // Storage: the code, the arguments as compact JSON, and the text written beside them (text() at writing).
    QString argumentsJson() const;
    static LogMessage fromStored(const QString& code, const QString& argumentsJson, const QString& storedText);

    // A message whose words another library composes (an e-Boekhouden error: ApiErrorMessage) is rendered by
    // that library from the arguments; it registers its code before main() runs.
    using Renderer = QString (*)(const QList<LogMessage>& arguments);
    static void addRenderer(const QString& code, Renderer renderer);

    // The catalogue: every code, and the English source text of one (empty for an unknown code).
    static QStringList codes();
    static QString sourceText(const QString& code);
    // The codes whose text in the current language contains `words` (case-insensitively) outside its
    // placeholders: what a search for words the reader sees must also find, in rows written in another language.
    static QStringList codesShowing(const QString& words);

    bool operator==(const LogMessage& other) const;

private:
    static QJsonValue encode(const LogMessage& message);
    static LogMessage decode(const QJsonValue& value);

    QString m_code;
    QList<LogMessage> m_args;
    QString m_text; // plain: the text itself; coded: the text stored beside the code (fallback)
};
