#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

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

// A LIKE pattern that finds `text` anywhere, with the user's % and _ taken literally (ESCAPE '\\').
inline QString containsPattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// "(a LIKE ? OR b LIKE ? ...)": `text` anywhere in any of the columns; appends the patterns to `values`.
QString anyColumnContains(const QStringList& columns, const QString& text, QVariantList& values);

// Binds the values in order (null strings as empty text) and executes; logs and returns false on error.
bool execute(QSqlQuery& query, const QVariantList& values = {});

} // namespace SqlValues
