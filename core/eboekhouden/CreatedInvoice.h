#pragma once

#include <QString>

// What e-Boekhouden answers to a new invoice. SOAP returns only the number (id stays 0).
struct CreatedInvoice
{
    qint64 id = 0;
    QString invoiceNumber;
};
