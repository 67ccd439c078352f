#pragma once

#include <QString>

// A cost centre ("kostenplaats"); 0 means none on a row.
struct CostCenter
{
    qint64 id = 0;
    QString description;
    qint64 parentId = 0;
    bool active = true;
};
