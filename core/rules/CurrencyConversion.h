#pragma once

#include "money/ExchangeRate.h"

#include <QString>

struct SalesDocument;

// e-Boekhouden books in euros, so a document the shop sold in another currency is booked in the shop's
// base currency, converted at the rate the shop recorded for it (PrestaShop's conversion_rate; Magento
// sends base_* amounts itself). Each part is converted on its own, half away from zero: net amount and
// VAT separately, so VAT still fits its rate (when the two roundings would push it off, the VAT is
// recomputed from the converted net, as a euro invoice would state it). The totals become the sum of the
// converted parts plus whatever difference the shop's own figures had, converted too, so the totals check
// still catches a document that did not add up in the shop.
class CurrencyConversion
{
public:
    static void toBaseCurrency(SalesDocument& document, ExchangeRate rate, const QString& baseCurrency);
};
