#include "VatArithmetic.h"

#include "Rounding.h"

namespace VatArithmetic {

Money vatOnNet(Money net, VatRate rate)
{
    return Money::fromCents(
        Rounding::divideHalfAwayFromZero(static_cast<Rounding::Wide>(net.cents()) * rate.basisPoints(), 10000));
}

Money vatInGross(Money gross, VatRate rate)
{
    return Money::fromCents(Rounding::divideHalfAwayFromZero(
        static_cast<Rounding::Wide>(gross.cents()) * rate.basisPoints(), 10000 + rate.basisPoints()));
}

} // namespace VatArithmetic
