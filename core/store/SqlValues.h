#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// How the store writes values: text columns are NOT NULL (a null QString would bind as NULL), and
// timestamps are ISO 8601 in UTC with milliseconds, so they sort and compare as text.
namespace SqlValues {

inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

inline QDateTime fromUtc(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

inline QString nowUtc()
{
    return utc(QDateTime::currentDateTimeUtc());
}

} // namespace SqlValues
