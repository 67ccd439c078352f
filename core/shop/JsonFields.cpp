#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace JsonFields {

QString decimalText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 4);
    if (value.isString())
        return value.toString().trimmed();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

QString text(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        // Ids and counts: whole numbers without a fraction. QJsonValue::toInteger, not a cast: a double no qint64
        // holds (the fuzzer sent 6.7e39) is undefined behaviour when cast.
        constexpr qint64 none = std::numeric_limits<qint64>::min();
        if (const qint64 whole = value.toInteger(none); whole != none)
            return QString::number(whole);
        return QString::number(value.toDouble(), 'f', 4);
    }
    if (value.isString())
        return value.toString();
    return {};
}

std::optional<Money> money(const QJsonObject& object, const QString& key)
{
    const QString decimal = decimalText(object.value(key));
    if (decimal.isEmpty())
        return std::nullopt;
    return Money::parse(decimal);
}

std::optional<VatRate> vatRate(const QJsonObject& object, const QString& key)
{
    const QString decimal = decimalText(object.value(key));
    if (decimal.isEmpty())
        return std::nullopt;
    return VatRate::parse(decimal);
}

std::optional<Quantity> quantity(const QJsonObject& object, const QString& key)
{
    const QString decimal = decimalText(object.value(key));
    static const QRegularExpression plain(QStringLiteral("^(-?)(\\d+)(?:\\.(\\d+))?$"));
    const auto match = plain.match(decimal);
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = match.captured(3);
    qint64 thousandths = match.captured(2).toLongLong() * 1000 + fraction.left(3).leftJustified(3, u'0').toLongLong();
    if (fraction.size() > 3 && fraction.at(3) >= u'5')
        ++thousandths; // half away from zero, like amounts
    return Quantity{match.captured(1).isEmpty() ? thousandths : -thousandths};
}

std::optional<qint64> integer(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        // A number no qint64 holds (the fuzzer sent 3.3e84; casting it is undefined) or with a fraction is no id.
        constexpr qint64 none = std::numeric_limits<qint64>::min();
        const qint64 number = value.toInteger(none);
        if (number == none)
            return std::nullopt;
        return number;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

bool flag(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    return integer(object, key).value_or(0) != 0;
}

std::optional<QDateTime> timestamp(const QString& text, const QTimeZone& zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("0000-00-00")))
        return std::nullopt;
    QDateTime local = QDateTime::fromString(trimmed.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!local.isValid())
        local = QDateTime::fromString(trimmed.left(10), QStringLiteral("yyyy-MM-dd"));
    if (!local.isValid())
        return std::nullopt;
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

QString firstLanguage(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        const QJsonArray languages = value.toArray();
        if (!languages.isEmpty())
            return languages.first().toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

} // namespace JsonFields
