#pragma once

#include "money/Money.h"

#include <QString>

// An order-level discount, as positive amounts that are subtracted from the goods. It is spread over the
// document's VAT rates in proportion to their share of the goods total (rules, issue 3).
struct Discount
{
    QString description;
    Money amountExcl;
    Money amountIncl;
};
