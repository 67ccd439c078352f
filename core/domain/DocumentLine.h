#pragma once

#include "money/Money.h"
#include "money/VatRate.h"
#include "Quantity.h"

#include <QString>

// One line of an invoice or credit memo, with the amounts the shop computed. Row totals are authoritative;
// unit prices are derived from them (row total / quantity) when posting.
struct DocumentLine
{
    QString productId;
    QString sku;
    QString description;
    Quantity quantity;
    Money rowTotalExcl; // after line-level discounts
    Money rowTotalIncl;
    Money vatAmount; // the shop's VAT for this row
    VatRate vatRate; // as the shop states it (already ×100 when it sent a fraction)
};
