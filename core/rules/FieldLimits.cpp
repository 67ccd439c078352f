#include "FieldLimits.h"

QString FieldLimits::apply(const QString& value, int limit, const QString& fieldName, QStringList& notes)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() <= limit)
        return trimmed;
    const QString cut = trimmed.left(limit).trimmed();
    notes.append(tr("The %1 \"%2\" is longer than the %3 characters e-Boekhouden accepts; it is sent as \"%4\".")
                     .arg(fieldName, trimmed, QString::number(limit), cut));
    return cut;
}

bool FieldLimits::endsWithDigit(const QString& number)
{
    const QString trimmed = number.trimmed();
    return !trimmed.isEmpty() && trimmed.back().isDigit();
}
