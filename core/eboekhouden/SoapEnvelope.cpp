#include "SoapEnvelope.h"

SoapEnvelope::SoapEnvelope(const QString& operation)
    : m_writer(&m_xml)
{
    m_writer.writeStartDocument();
    m_writer.writeNamespace(envelopeNamespace(), QStringLiteral("soap"));
    m_writer.writeStartElement(envelopeNamespace(), QStringLiteral("Envelope"));
    m_writer.writeStartElement(envelopeNamespace(), QStringLiteral("Body"));
    m_writer.writeDefaultNamespace(serviceNamespace());
    m_writer.writeStartElement(serviceNamespace(), operation);
}

void SoapEnvelope::begin(const QString& name)
{
    m_writer.writeStartElement(serviceNamespace(), name);
}

void SoapEnvelope::end()
{
    m_writer.writeEndElement();
}

void SoapEnvelope::element(const QString& name, const QString& value)
{
    m_writer.writeTextElement(serviceNamespace(), name, value);
}

void SoapEnvelope::elementIfNotEmpty(const QString& name, const QString& value)
{
    if (!value.isEmpty())
        element(name, value);
}

QByteArray SoapEnvelope::finish()
{
    m_writer.writeEndDocument(); // closes the operation, Body and Envelope
    return m_xml;
}
