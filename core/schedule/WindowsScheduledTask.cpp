#include "WindowsScheduledTask.h"

#include <QXmlStreamWriter>

#include <utility>

WindowsScheduledTask::WindowsScheduledTask(ScheduledRun run)
    : m_run(std::move(run))
{}

QString WindowsScheduledTask::taskName() const
{
    return QStringLiteral("\\Boekhoudbrug\\Sync ") + m_run.safeProfileName();
}

QString WindowsScheduledTask::quotedArgument(const QString& argument)
{
    // CommandLineToArgvW: backslashes are literal unless they precede a quote; a quote is escaped with a
    // backslash, and the backslashes before it are doubled.
    QString out = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"') {
            out.append(QString(backslashes * 2 + 1, u'\\'));
        } else {
            out.append(QString(backslashes, u'\\'));
        }
        backslashes = 0;
        out.append(c);
    }
    out.append(QString(backslashes * 2, u'\\'));
    out.append(u'"');
    return out;
}

QString WindowsScheduledTask::commandLineArguments() const
{
    QStringList quoted;
    for (const QString& argument : m_run.arguments())
        quoted.append(quotedArgument(argument));
    return quoted.join(u' ');
}

QByteArray WindowsScheduledTask::xml(const QDateTime& start, const QString& userId) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    // Qt 6 writes UTF-8 only; schtasks reads a UTF-8 file that declares it (unverified on every Windows
    // version: the Task Scheduler's own exports are UTF-16).
    xml.writeStartDocument();
    const QString ns = QStringLiteral("http://schemas.microsoft.com/windows/2004/02/mit/task");
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, QStringLiteral("Task"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(ns, QStringLiteral("RegistrationInfo"));
    xml.writeTextElement(ns, QStringLiteral("Description"),
                         QStringLiteral("Boekhoudbrug: book profile %1 in e-Boekhouden").arg(m_run.profile));
    xml.writeEndElement();

    xml.writeStartElement(ns, QStringLiteral("Triggers"));
    xml.writeStartElement(ns, QStringLiteral("TimeTrigger"));
    xml.writeStartElement(ns, QStringLiteral("Repetition"));
    xml.writeTextElement(ns, QStringLiteral("Interval"), QStringLiteral("PT%1M").arg(m_run.effectiveIntervalMinutes()));
    xml.writeTextElement(ns, QStringLiteral("StopAtDurationEnd"), QStringLiteral("false"));
    xml.writeEndElement();
    xml.writeTextElement(ns, QStringLiteral("StartBoundary"), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    xml.writeTextElement(ns, QStringLiteral("Enabled"), QStringLiteral("true"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(ns, QStringLiteral("Principals"));
    xml.writeStartElement(ns, QStringLiteral("Principal"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("Author"));
    xml.writeTextElement(ns, QStringLiteral("UserId"), userId);
    xml.writeTextElement(ns, QStringLiteral("LogonType"), QStringLiteral("InteractiveToken"));
    xml.writeTextElement(ns, QStringLiteral("RunLevel"), QStringLiteral("LeastPrivilege"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(ns, QStringLiteral("Settings"));
    xml.writeTextElement(ns, QStringLiteral("MultipleInstancesPolicy"), QStringLiteral("IgnoreNew"));
    xml.writeTextElement(ns, QStringLiteral("DisallowStartIfOnBatteries"), QStringLiteral("false"));
    xml.writeTextElement(ns, QStringLiteral("StopIfGoingOnBatteries"), QStringLiteral("false"));
    xml.writeTextElement(ns, QStringLiteral("StartWhenAvailable"), QStringLiteral("true"));
    xml.writeTextElement(ns, QStringLiteral("RunOnlyIfNetworkAvailable"), QStringLiteral("true"));
    xml.writeTextElement(ns, QStringLiteral("ExecutionTimeLimit"), QStringLiteral("PT2H"));
    xml.writeTextElement(ns, QStringLiteral("Enabled"), QStringLiteral("true"));
    xml.writeEndElement();

    xml.writeStartElement(ns, QStringLiteral("Actions"));
    xml.writeAttribute(QStringLiteral("Context"), QStringLiteral("Author"));
    xml.writeStartElement(ns, QStringLiteral("Exec"));
    xml.writeTextElement(ns, QStringLiteral("Command"), m_run.program);
    xml.writeTextElement(ns, QStringLiteral("Arguments"), commandLineArguments());
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement(); // Task
    xml.writeEndDocument();
    return out;
}
