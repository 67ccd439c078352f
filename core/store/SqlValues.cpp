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
