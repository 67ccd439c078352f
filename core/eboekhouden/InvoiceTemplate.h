#pragma once

#include <QString>

// An invoice layout in e-Boekhouden's invoicing module. REST posts its id, SOAP its name.
struct InvoiceTemplate
{
    qint64 id = 0;
    QString name;
    bool active = true;
    QString type; // "E" editor, "A" advanced
};
