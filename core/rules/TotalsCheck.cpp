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
    const auto mismatch = [&](const LogMessage& which, const Parts& parts, Money total) {
        const LogMessage sums = LogMessage::coded(u"problem.totalsDiffer"_qs,
                                                  {which, total.toDecimalString(), parts.lines.toDecimalString(),
                                                   parts.shipping.toDecimalString(), parts.surcharges.toDecimalString(),
                                                   parts.discounts.toDecimalString(), parts.sum().toDecimalString(),
                                                   (total - parts.sum()).toDecimalString()});
        const LogMessage what =
            tolerance.isZero() ? LogMessage::coded(u"problem.correctInShop"_qs)
                               : LogMessage::coded(u"problem.beyondShopRounding"_qs, {tolerance.toDecimalString()});
        problems.append({Problem::Code::TotalsMismatch, LogMessage::joined({sums, what})});
    };
    if ((document.totalExcl - excl.sum()).abs() > tolerance)
        mismatch(LogMessage::coded(u"problem.totalsExcl"_qs), excl, document.totalExcl);
    if ((document.totalIncl - incl.sum()).abs() > tolerance)
        mismatch(LogMessage::coded(u"problem.totalsIncl"_qs), incl, document.totalIncl);
    if (document.totalIncl - document.totalExcl != document.totalVat) {
        problems.append({Problem::Code::VatTotalMismatch,
                         LogMessage::coded(u"problem.vatTotalMismatch"_qs,
                                           {document.totalVat.toDecimalString(), document.totalIncl.toDecimalString(),
                                            document.totalExcl.toDecimalString(),
                                            (document.totalIncl - document.totalExcl).toDecimalString()})});
    }
    return problems;
}
