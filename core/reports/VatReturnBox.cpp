#include "VatReturnBox.h"

// docs/vat-return-boxes.md holds the table with the sources of each line; the Dutch boxes are those of the
// Belastingdienst's "Aangifte omzetbelasting" form, e-Boekhouden's codes those of API-eboekhouden.md §1.11.
QString VatReturnBox::of(VatCode code)
{
    switch (code.value()) {
    case VatCode::HoogVerk21:
        return QStringLiteral("1a"); // leveringen/diensten belast met hoog tarief
    case VatCode::LaagVerk9:
        return QStringLiteral("1b"); // ... met laag tarief
    case VatCode::AfwVerk:
        return QStringLiteral("1c"); // ... met overige tarieven, behalve 0% (unverified)
    case VatCode::VerlVerk:
    case VatCode::VerlVerkL9:
        return QStringLiteral("1e"); // the seller's side of domestic reverse charge: "niet bij u belast" (unverified)
    case VatCode::BuEuVerk:
        return QStringLiteral("3a"); // leveringen naar landen buiten de EU
    case VatCode::BiEuVerk:
    case VatCode::BiEuVerkD:
        return QStringLiteral("3b"); // leveringen naar/diensten in landen binnen de EU
    case VatCode::AfstVerk:
        return QStringLiteral("3c"); // installatie/afstandsverkopen binnen de EU (unverified; see the OSS note)
    case VatCode::Be21Verk:
        return QStringLiteral("03"); // Belgian return, grid 03: 21% (unverified)
    case VatCode::BeIcVerk:
        return QStringLiteral("46"); // grid 46: intra-community supplies (unverified)
    case VatCode::BeExpVerk:
        return QStringLiteral("47"); // grid 47: other exempt supplies, export (unverified)
    case VatCode::Geen:
        return {};
    }
    return {};
}

bool VatReturnBox::isVerified(VatCode code)
{
    switch (code.value()) {
    case VatCode::HoogVerk21:
    case VatCode::LaagVerk9:
    case VatCode::BuEuVerk:
    case VatCode::BiEuVerk:
    case VatCode::BiEuVerkD:
        return true;
    default:
        return false;
    }
}
