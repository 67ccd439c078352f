#pragma once

#include "money/Money.h"

#include <QString>

// A surcharge such as gift wrapping. Its VAT rate is derived from the incl./excl. amounts and snapped
// to the nearest legal rate (rules, issue 3).
struct Surcharge
{
    QString description;
    Money amountExcl;
    Money amountIncl;
};
