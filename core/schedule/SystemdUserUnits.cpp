#include "SystemdUserUnits.h"

#include <utility>

SystemdUserUnits::SystemdUserUnits(ScheduledRun run)
    : m_run(std::move(run))
{}

QString SystemdUserUnits::baseName() const
{
    return QStringLiteral("boekhoudbrug-sync-") + m_run.safeProfileName();
}

QString SystemdUserUnits::serviceName() const
{
    return baseName() + QStringLiteral(".service");
}

QString SystemdUserUnits::timerName() const
{
    return baseName() + QStringLiteral(".timer");
}

QString SystemdUserUnits::quoted(const QString& word)
{
    QString escaped;
    for (const QChar c : word) {
        if (c == u'\\' || c == u'"')
            escaped.append(u'\\').append(c);
        else if (c == u'%')
            escaped.append(QStringLiteral("%%"));
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f) // a newline would end the ExecStart line
            escaped.append(QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0'));
        else
            escaped.append(c);
    }
    return u'"' + escaped + u'"';
}

QString SystemdUserUnits::printable(const QString& text)
{
    QString result;
    for (const QChar c : text)
        result.append(c.isPrint() ? c : QChar(u' '));
    return result.replace(u'%', QStringLiteral("%%"));
}

QString SystemdUserUnits::service() const
{
    QStringList command{quoted(m_run.program)};
    for (const QString& argument : m_run.arguments())
        command.append(quoted(argument));
    // Unit files are not translated: they are read by systemd and by administrators in journalctl.
    return QStringLiteral("[Unit]\n"
                          "Description=Boekhoudbrug: book profile %1 in e-Boekhouden\n"
                          "Documentation=man:systemd.timer(5)\n"
                          "After=network-online.target\n"
                          "Wants=network-online.target\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%2\n"
                          // The CLI exits 75 for "try again later" (e-Boekhouden or the shop did not answer):
                          // the next timer run does exactly that, so it is not a failed unit.
                          "SuccessExitStatus=75\n")
        .arg(printable(m_run.profile), command.join(u' '));
}

QString SystemdUserUnits::timer() const
{
    return QStringLiteral("[Unit]\n"
                          "Description=Boekhoudbrug: sync profile %1 every %2 minutes\n"
                          "\n"
                          "[Timer]\n"
                          "OnBootSec=5min\n"
                          "OnUnitActiveSec=%2min\n"
                          "AccuracySec=1min\n"
                          "Unit=%3\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(printable(m_run.profile))
        .arg(m_run.effectiveIntervalMinutes())
        .arg(serviceName());
}
