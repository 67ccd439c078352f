#pragma once

#include "rules/VatCode.h"

#include <QString>

// The box (rubriek) of the VAT return a sale booked under an e-Boekhouden VAT code lands in. The table, with its
// sources and what no source confirms, is docs/vat-return-boxes.md; keep the two the same.
class VatReturnBox
{
public:
    // "1a", "3b", …; for a Belgian code the grid of the Belgian return ("03", "46", "47"); empty for GEEN, which
    // lands in no box.
    static QString of(VatCode code);
    // Whether the mapping of `code` is confirmed by a source (docs/vat-return-boxes.md); otherwise the report marks
    // the box "unverified".
    static bool isVerified(VatCode code);
};
