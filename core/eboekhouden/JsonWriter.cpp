#include "JsonWriter.h"

void JsonWriter::separate()
{
    if (m_first.isEmpty())
        return;
    if (!m_first.last())
        m_text += ',';
    m_first.last() = false;
}

void JsonWriter::writeKey(const QString& key)
{
    separate();
    if (!key.isEmpty()) {
        m_text += quoted(key);
        m_text += ':';
    }
}

QByteArray JsonWriter::quoted(const QString& value)
{
    QByteArray out("\"");
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(byte, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

void JsonWriter::beginObject()
{
    separate();
    m_text += '{';
    m_first.append(true);
}

void JsonWriter::beginObject(const QString& key)
{
    writeKey(key);
    m_text += '{';
    m_first.append(true);
}

void JsonWriter::endObject()
{
    m_text += '}';
    m_first.removeLast();
}

void JsonWriter::beginArray(const QString& key)
{
    writeKey(key);
    m_text += '[';
    m_first.append(true);
}

void JsonWriter::endArray()
{
    m_text += ']';
    m_first.removeLast();
}

void JsonWriter::string(const QString& key, const QString& value)
{
    writeKey(key);
    m_text += quoted(value);
}

void JsonWriter::stringIfNotEmpty(const QString& key, const QString& value)
{
    if (!value.isEmpty())
        string(key, value);
}

void JsonWriter::integer(const QString& key, qint64 value)
{
    writeKey(key);
    m_text += QByteArray::number(value);
}

void JsonWriter::integerIfNotZero(const QString& key, qint64 value)
{
    if (value != 0)
        integer(key, value);
}

void JsonWriter::boolean(const QString& key, bool value)
{
    writeKey(key);
    m_text += value ? "true" : "false";
}

void JsonWriter::money(const QString& key, Money value)
{
    writeKey(key);
    m_text += value.toDecimalString().toLatin1();
}

void JsonWriter::fixedPoint(const QString& key, qint64 scaledValue, int decimals)
{
    writeKey(key);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 magnitude = scaledValue < 0 ? -scaledValue : scaledValue;
    QByteArray text = QByteArray::number(magnitude / scale);
    QByteArray fraction = QByteArray::number(magnitude % scale).rightJustified(decimals, '0');
    while (fraction.endsWith('0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += '.' + fraction;
    m_text += (scaledValue < 0 ? "-" : "") + text;
}
