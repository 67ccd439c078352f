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

TotalsCheck::Sum TotalsCheck::roundingDifference(const SalesDocument& document)
{
    const Sum parts = partsSum(document);
    return {document.totalExcl - parts.excl, document.totalIncl - parts.incl};
}

Problems TotalsCheck::check(const SalesDocument& document)
{
    Parts excl;
    Parts incl;
    addParts(document, excl, incl);
    const Money tolerance = document.roundingTolerance.abs();

    Problems problems;
    const auto mismatch = [&](const QString& which, const Parts& parts, Money total) {
        const QString sums =
            tr("The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − discounts %6 "
               "make %7 (difference %8).")
                .arg(which, total.toDecimalString(), parts.lines.toDecimalString(), parts.shipping.toDecimalString(),
                     parts.surcharges.toDecimalString(), parts.discounts.toDecimalString(),
                     parts.sum().toDecimalString(), (total - parts.sum()).toDecimalString());
        const QString what =
            tolerance.isZero()
                ? tr("Correct the document in the shop and import it again.")
                : tr("That is more than the shop's rounding of its total (at most %1) explains: check the order's "
                     "totals in the shop; if the shop is right, book the document by hand in e-Boekhouden and "
                     "choose \"Mark as booked by hand\".")
                      .arg(tolerance.toDecimalString());
        problems.append({Problem::Code::TotalsMismatch, sums + u' ' + what});
    };
    if ((document.totalExcl - excl.sum()).abs() > tolerance)
        mismatch(tr("excl."), excl, document.totalExcl);
    if ((document.totalIncl - incl.sum()).abs() > tolerance)
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
