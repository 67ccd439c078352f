#include "JsonNumberText.h"

#include "money/Money.h"

namespace {

// A control character no shop text contains; QJsonDocument writes it as \u0001.
const QString tag = QChar(u'\x01') + QStringLiteral("number:");
const QByteArray writtenTag = "\"\\u0001number:";

} // namespace

namespace JsonNumberText {

QJsonValue number(const QString& decimalText)
{
    return QJsonValue(tag + decimalText);
}

QJsonValue money(qint64 cents)
{
    return number(Money::fromCents(cents).toDecimalString());
}

QByteArray write(const QJsonDocument& document)
{
    const QByteArray text = document.toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (;;) {
        const qsizetype start = text.indexOf(writtenTag, from);
        if (start < 0)
            break;
        const qsizetype end = text.indexOf('"', start + writtenTag.size());
        if (end < 0)
            break;
        out += text.mid(from, start - from);
        out += text.mid(start + writtenTag.size(), end - start - writtenTag.size());
        from = end + 1;
    }
    out += text.mid(from);
    return out;
}

} // namespace JsonNumberText
