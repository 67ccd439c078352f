#pragma once

#include "domain/Quantity.h"
#include "money/Money.h"
#include "rules/VatCode.h"

#include <QString>

// One line of an e-Boekhouden invoice (invoicing module).
struct PostingInvoiceLine
{
    QString productCode; // the shop's SKU, e-Boekhouden's product code; empty for shipping, discounts
    QString description;
    Quantity quantity; // negative on a credit memo
    Money unitPriceExcl;
    Money unitPriceIncl;
    VatCode vatCode;
    QString ledger;
    Money vatAmount;         // sent only with AFW_VERK; otherwise what e-Boekhouden computes (for the preview)
    Money net;               // line total excl. VAT
    Money gross;             // line total incl. VAT
    bool carriesVat = false; // an OSS VAT line: its amount is VAT, on the country's VAT ledger
};
