#pragma once

#include "money/Money.h"
#include "Problem.h"

#include <QCoreApplication>

struct SalesDocument;

// The pre-check of seed 004: lines + shipping + surcharges − discounts must equal the document's total,
// to the cent, both excl. and incl. VAT, and incl. − excl. must equal the document's VAT. Lines of
// quantity 0 are not booked, so they do not count. The message names both sums so the bookkeeper sees
// where the difference is.
//
// A shop that rounds its total once over unrounded parts (PrestaShop, issue 13 item 12) states how far its
// total may lie from the rounded parts (SalesDocument::roundingTolerance): within it the stated total is the
// truth and the difference is its rounding (booked on a rounding row); beyond it the document is refused.
class TotalsCheck
{
    Q_DECLARE_TR_FUNCTIONS(TotalsCheck)

public:
    static Problems check(const SalesDocument& document);

    // lines + shipping + surcharges − discounts, excl. and incl. VAT: what the document's totals must be.
    struct Sum
    {
        Money excl;
        Money incl;
    };
    static Sum partsSum(const SalesDocument& document);
    // The stated totals minus the parts: the shop's rounding of its total (zero for a document to the cent).
    static Sum roundingDifference(const SalesDocument& document);
};
