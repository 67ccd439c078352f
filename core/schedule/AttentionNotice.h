#pragma once

#include "OsScheduler.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What an unattended sync that needs the bookkeeper says on the desktop (issue 17 item 10): which administration,
// how many documents, and that opening Boekhoudbrug shows them. Never a secret: the administration's name is the
// bookkeeper's own name for the profile, the rest is a count.
//
// Shown with what each system already has, no library of our own: notify-send (libnotify-bin) on Linux,
// osascript's "display notification" on macOS, a toast through Windows PowerShell on Windows. Each is one
// command with its arguments, so that no text is ever parsed by a shell.
class AttentionNotice
{
    Q_DECLARE_TR_FUNCTIONS(AttentionNotice)

public:
    struct Command
    {
        QString program;
        QStringList arguments;
    };

    AttentionNotice(QString administration, int documents);

    QString title() const;
    QString text() const;

    // The command that shows the notice on `platform`.
    Command command(OsScheduler::Platform platform) const;

    // The PowerShell script of the Windows toast: the texts as single-quoted PowerShell strings (a quote
    // doubled), so that nothing in them is run.
    static QString windowsToastScript(const QString& title, const QString& text);
    // PowerShell's -EncodedCommand: the script in UTF-16LE, base64 (no quoting left to CommandLineToArgvW).
    static QString encodedPowerShellCommand(const QString& script);

private:
    QString m_administration;
    int m_documents;
};
