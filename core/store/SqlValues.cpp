#include "SqlValues.h"

#include "logging/Log.h"

#include <QSqlError>

bool SqlValues::execute(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value.typeId() == QMetaType::QString ? QVariant(text(value.toString())) : value);
    if (query.exec())
        return true;
    Log::error(QStringLiteral("Store: %1: %2").arg(query.lastQuery(), query.lastError().text()));
    return false;
}

QString SqlValues::anyColumnContains(const QStringList& columns, const QString& text, QVariantList& values)
{
    QStringList any;
    for (const QString& column : columns) {
        // lower() on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
        any.append(u"lower("_qs + column + QStringLiteral(") LIKE lower(?) ESCAPE '\\'"));
        values.append(containsPattern(text));
    }
    return u'(' + any.join(QStringLiteral(" OR ")) + u')';
}
