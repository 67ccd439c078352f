#include "SqlValues.h"

#include "logging/Log.h"

#include <QSqlError>

bool SqlValues::execute(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value.typeId() == QMetaType::QString ? QVariant(text(value.toString())) : value);
    if (query.exec())
        return true;
    Log::error(QStringLiteral("SQLite: %1: %2").arg(query.lastQuery(), query.lastError().text()));
    return false;
}

QString SqlValues::anyColumnContains(const QStringList& columns, const QString& text, QVariantList& values)
{
    QStringList any;
    for (const QString& column : columns) {
        any.append(column + QStringLiteral(" LIKE ? ESCAPE '\\'"));
        values.append(containsPattern(text));
    }
    return u'(' + any.join(QStringLiteral(" OR ")) + u')';
}
