#pragma once

#include "InExVat.h"
#include "money/Money.h"
#include "rules/VatCode.h"

// e-Boekhouden's own VAT computation as we understand it (API §1.8, §4 item 8): per row, from the amount,
// the VAT code's rate and inExVat, rounded half away from zero to the cent; AFW_VERK takes the VAT given.
// Kept in one place so that the preview, the IN/EX choice and the tests agree, and so that a correction
// after testing on a real administration is a change of one file.
class EBoekhoudenVatModel
{
public:
    static Money vat(Money amount, VatCode code, InExVat inExVat, Money explicitVat = Money());
    static Money net(Money amount, VatCode code, InExVat inExVat, Money explicitVat = Money());
    static Money gross(Money amount, VatCode code, InExVat inExVat, Money explicitVat = Money());
};
