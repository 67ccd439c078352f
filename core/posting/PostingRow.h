#pragma once

#include "money/Money.h"
#include "rules/VatCode.h"

#include <QString>

// One row of an e-Boekhouden mutation, with what e-Boekhouden will compute from it.
struct PostingRow
{
    QString ledger; // ledger code (revenue, OSS VAT ledger, or for payments the debtors ledger)
    VatCode vatCode;
    Money amount;    // as sent: incl. or excl. VAT according to the posting's inExVat
    Money vatAmount; // sent only with AFW_VERK; otherwise what e-Boekhouden computes (for the preview)
    Money net;       // amount excl. VAT after e-Boekhouden's computation
    Money gross;     // amount incl. VAT after e-Boekhouden's computation
    QString description;
    QString invoiceNumber;   // payments: the invoice this row settles
    QString relationCode;    // payments
    bool carriesVat = false; // an OSS VAT row: its amount is VAT, on the country's VAT ledger
};
