#include "TotalsCheck.h"

#include "domain/SalesDocument.h"

namespace {

struct Parts
{
    Money lines;
    Money shipping;
    Money surcharges;
    Money discounts;

    Money sum() const { return lines + shipping + surcharges - discounts; }
};

void addParts(const SalesDocument& document, Parts& excl, Parts& incl)
{
    for (const DocumentLine& line : document.lines) {
        if (line.quantity.isZero())
            continue;
        excl.lines += line.rowTotalExcl;
        incl.lines += line.rowTotalIncl;
    }
    if (document.shipping) {
        excl.shipping = document.shipping->amountExcl;
        incl.shipping = document.shipping->amountIncl;
    }
    for (const Surcharge& surcharge : document.surcharges) {
        excl.surcharges += surcharge.amountExcl;
        incl.surcharges += surcharge.amountIncl;
    }
    for (const Discount& discount : document.discounts) {
        excl.discounts += discount.amountExcl;
        incl.discounts += discount.amountIncl;
    }
}

} // namespace

TotalsCheck::Sum TotalsCheck::partsSum(const SalesDocument& document)
{
    Parts excl;
    Parts incl;
    addParts(document, excl, incl);
    return {excl.sum(), incl.sum()};
}

Problems TotalsCheck::check(const SalesDocument& document)
{
    Parts excl;
    Parts incl;
    addParts(document, excl, incl);

    Problems problems;
    const auto mismatch = [&](const QString& which, const Parts& parts, Money total) {
        problems.append(
            {Problem::Code::TotalsMismatch,
             tr("The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − discounts %6 "
                "make %7 (difference %8). Correct the document in the shop and import it again.")
                 .arg(which, total.toDecimalString(), parts.lines.toDecimalString(), parts.shipping.toDecimalString(),
                      parts.surcharges.toDecimalString(), parts.discounts.toDecimalString(),
                      parts.sum().toDecimalString(), (total - parts.sum()).toDecimalString())});
    };
    if (excl.sum() != document.totalExcl)
        mismatch(tr("excl."), excl, document.totalExcl);
    if (incl.sum() != document.totalIncl)
        mismatch(tr("incl."), incl, document.totalIncl);
    if (document.totalIncl - document.totalExcl != document.totalVat) {
        problems.append({Problem::Code::VatTotalMismatch,
                         tr("The document's VAT is %1, but its total incl. VAT %2 − total excl. VAT %3 makes %4. "
                            "Correct the document in the shop and import it again.")
                             .arg(document.totalVat.toDecimalString(), document.totalIncl.toDecimalString(),
                                  document.totalExcl.toDecimalString(),
                                  (document.totalIncl - document.totalExcl).toDecimalString())});
    }
    return problems;
}
