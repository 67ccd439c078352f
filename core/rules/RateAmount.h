#pragma once

#include "money/Money.h"
#include "money/VatRate.h"

// Net and gross amounts at one VAT rate; the VAT is their difference, so the three always agree.
struct RateAmount
{
    VatRate rate;
    Money net;
    Money gross;

    Money vat() const { return gross - net; }
};
