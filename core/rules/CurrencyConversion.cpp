#include "CurrencyConversion.h"

#include "domain/SalesDocument.h"
#include "money/Allocation.h"
#include "money/VatArithmetic.h"
#include "TotalsCheck.h"
#include "VatRateNormaliser.h"

namespace {

// Converts a net/gross pair; with a known rate the VAT is kept on that rate.
void convertPair(Money& net, Money& gross, ExchangeRate rate, std::optional<VatRate> vatRate, Quantity quantity)
{
    const Money convertedNet = rate.toBase(net);
    Money convertedVat = rate.toBase(gross - net);
    if (vatRate && !vatRate->isZero() && !convertedVat.isZero() &&
        !VatRateNormaliser::amountsFitRate(convertedNet, convertedVat, *vatRate, quantity.roundings()))
        convertedVat = VatArithmetic::vatOnNet(convertedNet, *vatRate);
    net = convertedNet;
    gross = convertedNet + convertedVat;
}

} // namespace

void CurrencyConversion::toBaseCurrency(SalesDocument& document, ExchangeRate rate, const QString& baseCurrency)
{
    document.currency = baseCurrency;
    if (rate.isOne())
        return;

    const TotalsCheck::Sum before = TotalsCheck::partsSum(document);
    const Money gapExcl = document.totalExcl - before.excl;
    const Money gapIncl = document.totalIncl - before.incl;
    const Money gapVat = document.totalVat - (document.totalIncl - document.totalExcl);
    Money paid;
    bool allPositive = true;
    for (const Payment& payment : std::as_const(document.payments)) {
        paid += payment.amount;
        allPositive = allPositive && !payment.amount.isNegative() && !payment.amount.isZero();
    }
    const bool paidInFull = !document.payments.isEmpty() && allPositive && paid == document.totalIncl;

    for (DocumentLine& line : document.lines) {
        convertPair(line.rowTotalExcl, line.rowTotalIncl, rate, line.vatRate, line.quantity);
        line.vatAmount = line.rowTotalIncl - line.rowTotalExcl;
    }
    if (document.shipping)
        convertPair(document.shipping->amountExcl, document.shipping->amountIncl, rate, document.shipping->vatRate,
                    Quantity::whole(1));
    for (Surcharge& surcharge : document.surcharges)
        convertPair(surcharge.amountExcl, surcharge.amountIncl, rate, std::nullopt, Quantity::whole(1));
    for (Discount& discount : document.discounts)
        convertPair(discount.amountExcl, discount.amountIncl, rate, std::nullopt, Quantity::whole(1));

    const TotalsCheck::Sum after = TotalsCheck::partsSum(document);
    document.totalExcl = after.excl + rate.toBase(gapExcl);
    document.totalIncl = after.incl + rate.toBase(gapIncl);
    document.totalVat = document.totalIncl - document.totalExcl + rate.toBase(gapVat);

    // A document paid in full stays paid in full: its payments share the converted total to the cent, or the
    // payment would not match the invoice's outstanding amount in e-Boekhouden.
    if (paidInFull && !document.totalIncl.isNegative()) {
        QList<std::int64_t> weights;
        for (const Payment& payment : std::as_const(document.payments))
            weights.append(payment.amount.cents());
        const QList<Money> shares = Allocation::byLargestRemainder(document.totalIncl, weights);
        for (qsizetype i = 0; i < document.payments.size(); ++i)
            document.payments[i].amount = shares.at(i);
    } else {
        for (Payment& payment : document.payments)
            payment.amount = rate.toBase(payment.amount);
    }
}
