#pragma once

#include "money/Money.h"

#include <QString>

// A product ("artikel") in e-Boekhouden. An invoice item's `code` names one; a code that is not a product is
// refused (or, seed 004 warns of other tools, booked on a random product), so codes are looked up first.
struct Product
{
    qint64 id = 0;
    QString code; // the shop's SKU
    QString description;
    Money priceExcl;
    QString vatCode;     // the sale VAT code (the spec's `vat`; one client names it `vatCode`, §1.12 [unsure])
    qint64 ledgerId = 0; // revenue ledger
};
