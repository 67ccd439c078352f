#include "AttentionNotice.h"

#include <QByteArray>
#include <QStringEncoder>

#include <utility>

AttentionNotice::AttentionNotice(QString administration, int documents)
    : m_administration(std::move(administration))
    , m_documents(documents)
{}

QString AttentionNotice::title() const
{
    return tr("Boekhoudbrug: %1 needs attention").arg(m_administration);
}

QString AttentionNotice::text() const
{
    return tr("%n document(s) could not be booked in e-Boekhouden. Open Boekhoudbrug to see them and what to do.",
              nullptr, m_documents);
}

AttentionNotice::Command AttentionNotice::command(OsScheduler::Platform platform) const
{
    switch (platform) {
    case OsScheduler::Platform::Linux:
        // notify-send(1) of libnotify-bin talks to the desktop's notification service over the session bus,
        // which a systemd user service shares with the desktop. The icon is the one the .deb installs
        // (share/icons/hicolor/scalable/apps/boekhoudbrug.svg). The title starts with "Boekhoudbrug", never with
        // '-', so it cannot be read as an option.
        return {QStringLiteral("notify-send"),
                {QStringLiteral("--app-name=Boekhoudbrug"), QStringLiteral("--icon=boekhoudbrug"),
                 QStringLiteral("--urgency=normal"), title(), text()}};
    case OsScheduler::Platform::MacOs:
        // osascript hands the words after the script to its run handler: the texts are AppleScript values, not
        // AppleScript source, so no quote in them needs escaping. A launchd agent runs in the user's session,
        // where "display notification" shows in the Notification Centre (unverified on every macOS version).
        return {QStringLiteral("/usr/bin/osascript"),
                {QStringLiteral("-e"), QStringLiteral("on run argv"), QStringLiteral("-e"),
                 QStringLiteral("display notification (item 2 of argv) with title (item 1 of argv)"),
                 QStringLiteral("-e"), QStringLiteral("end run"), title(), text()}};
    case OsScheduler::Platform::Windows:
        // Windows PowerShell 5.1 is part of every Windows 10 and 11; the task runs with the user's interactive
        // token (WindowsScheduledTask), so the toast shows on their desktop (unverified: no Windows here).
        return {QStringLiteral("powershell.exe"),
                {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-WindowStyle"),
                 QStringLiteral("Hidden"), QStringLiteral("-EncodedCommand"),
                 encodedPowerShellCommand(windowsToastScript(title(), text()))}};
    }
    return {};
}

QString AttentionNotice::windowsToastScript(const QString& title, const QString& text)
{
    const auto quoted = [](QString value) {
        // PowerShell's single-quoted string: nothing is expanded, a quote is doubled. PowerShell also takes the
        // typographic single quotes as quotes: they are doubled the same way.
        for (const QString& quote : {QStringLiteral("'"), QStringLiteral("\u2018"), QStringLiteral("\u2019"),
                                     QStringLiteral("\u201A"), QStringLiteral("\u201B")})
            value.replace(quote, quote + quote);
        return u'\'' + value + u'\'';
    };
    // The WinRT toast API with Windows PowerShell's own AppUserModelID: an app that registered none of its own
    // may not show toasts under its name (unverified: no Windows here).
    return QStringLiteral(
               "$ErrorActionPreference = 'Stop'\n"
               "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, "
               "ContentType = WindowsRuntime] | Out-Null\n"
               "$template = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent("
               "[Windows.UI.Notifications.ToastTemplateType]::ToastText02)\n"
               "$lines = $template.GetElementsByTagName('text')\n"
               "$lines.Item(0).AppendChild($template.CreateTextNode(%1)) | Out-Null\n"
               "$lines.Item(1).AppendChild($template.CreateTextNode(%2)) | Out-Null\n"
               "$toast = [Windows.UI.Notifications.ToastNotification]::new($template)\n"
               "$app = '{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe'\n"
               "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier($app).Show($toast)\n")
        .arg(quoted(title), quoted(text));
}

QString AttentionNotice::encodedPowerShellCommand(const QString& script)
{
    // UTF-16LE without a byte order mark, as -EncodedCommand expects.
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray bytes = utf16(script);
    return QString::fromLatin1(bytes.toBase64());
}
