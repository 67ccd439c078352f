#include "EBoekhoudenVatModel.h"

#include "money/VatArithmetic.h"

Money EBoekhoudenVatModel::vat(Money amount, VatCode code, InExVat inExVat, Money explicitVat)
{
    if (code.takesExplicitVat())
        return explicitVat;
    return inExVat == InExVat::Ex ? VatArithmetic::vatOnNet(amount, code.computedRate())
                                  : VatArithmetic::vatInGross(amount, code.computedRate());
}

Money EBoekhoudenVatModel::net(Money amount, VatCode code, InExVat inExVat, Money explicitVat)
{
    return inExVat == InExVat::Ex ? amount : amount - vat(amount, code, inExVat, explicitVat);
}

Money EBoekhoudenVatModel::gross(Money amount, VatCode code, InExVat inExVat, Money explicitVat)
{
    return inExVat == InExVat::In ? amount : amount + vat(amount, code, inExVat, explicitVat);
}
