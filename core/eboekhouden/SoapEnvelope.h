#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

// Writes one SOAP 1.1 request or reply: Envelope/Body/<operation xmlns="http://www.e-boekhouden.nl/soap">.
// All text goes through QXmlStreamWriter, so it is escaped; elements keep the WSDL's sequence order because
// the caller writes them in that order.
class SoapEnvelope
{
public:
    static QString serviceNamespace() { return QStringLiteral("http://www.e-boekhouden.nl/soap"); }
    static QString envelopeNamespace() { return QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"); }
    static QByteArray soapAction(const QString& operation) { return (serviceNamespace() + u'/' + operation).toUtf8(); }

    explicit SoapEnvelope(const QString& operation);

    void begin(const QString& name);
    void end();
    void element(const QString& name, const QString& value);
    void elementIfNotEmpty(const QString& name, const QString& value);
    QByteArray finish();

private:
    QByteArray m_xml;
    QXmlStreamWriter m_writer;
};
