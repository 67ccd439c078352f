#include "LaunchdAgent.h"

#include <QDir>
#include <QXmlStreamWriter>

#include <utility>

LaunchdAgent::LaunchdAgent(ScheduledRun run)
    : m_run(std::move(run))
{}

QString LaunchdAgent::label() const
{
    return QStringLiteral("nl.boekhoudbrug.sync.") + m_run.safeProfileName();
}

QString LaunchdAgent::fileName() const
{
    return label() + QStringLiteral(".plist");
}

QByteArray LaunchdAgent::propertyList(const QString& logDirectory) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    const auto entry = [&xml](const QString& key, const QString& type, const QString& value) {
        xml.writeTextElement(QStringLiteral("key"), key);
        xml.writeTextElement(type, value);
    };
    entry(QStringLiteral("Label"), QStringLiteral("string"), label());
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    xml.writeStartElement(QStringLiteral("array"));
    xml.writeTextElement(QStringLiteral("string"), m_run.program);
    for (const QString& argument : m_run.arguments())
        xml.writeTextElement(QStringLiteral("string"), argument);
    xml.writeEndElement();
    entry(QStringLiteral("StartInterval"), QStringLiteral("integer"),
          QString::number(m_run.effectiveIntervalMinutes() * 60));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("RunAtLoad"));
    xml.writeEmptyElement(QStringLiteral("false"));
    const QString log = QDir(logDirectory).filePath(label() + QStringLiteral(".log"));
    entry(QStringLiteral("StandardOutPath"), QStringLiteral("string"), log);
    entry(QStringLiteral("StandardErrorPath"), QStringLiteral("string"), log);
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return out;
}
