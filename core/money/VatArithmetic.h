#pragma once

#include "Money.h"
#include "VatRate.h"

// The two ways to compute VAT on an amount, each rounded once, half away from zero, to the cent.
// Which one applies is a choice of the caller (a shop, e-Boekhouden's IN or EX mode), never implicit.
namespace VatArithmetic {

// VAT on an amount excluding VAT: net × rate.
Money vatOnNet(Money net, VatRate rate);

// VAT contained in an amount including VAT: gross × rate / (100% + rate).
Money vatInGross(Money gross, VatRate rate);

} // namespace VatArithmetic
