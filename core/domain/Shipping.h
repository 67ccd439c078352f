#pragma once

#include "money/Money.h"
#include "money/VatRate.h"

#include <QString>

// Shipping costs of a document. A free shipment has zero amounts.
struct Shipping
{
    QString description;
    Money amountExcl;
    Money amountIncl;
    VatRate vatRate; // the shop's shipping VAT rate (PrestaShop: carrier_tax_rate)
};
