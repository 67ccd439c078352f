#pragma once

#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

// e-Boekhouden's VAT codes. There is no endpoint for them: this is the one place the fixed list lives
// (the sixteen codes the REST API accepts, API-eboekhouden.md §1.11). Historic codes (HOOG_VERK = 19 %,
// LAAG_VERK = 6 %) are deliberately absent: posting them today would be wrong.
class EBoekhoudenVatCode
{
public:
    enum class Use
    {
        Sale,
        Purchase,
        Both,
    };

    QString code;
    int rateBasisPoints = 0; // the VAT charged on the row: 2100 = 21 %; 0 for 0 %, exempt, reverse charge
    Use use = Use::Both;
    bool explicitVatAmount = false; // AFW / AFW_VERK: the caller states the VAT amount

    bool allowsSale() const { return use != Use::Purchase; }
    bool allowsPurchase() const { return use != Use::Sale; }

    static const QList<EBoekhoudenVatCode>& all();
    static std::optional<EBoekhoudenVatCode> find(const QString& code);
    // A Belgian administration (api.e-boekhouden.be) takes BE_* codes only, and refuses a Dutch code with
    // MUT_109 (API-eboekhouden.md C6). Of the spec's 29 Belgian codes only these are named in our sources
    // (§1.11); the rates are Belgium's 21 % and 0 % for intra-community supplies and export.
    static const QList<EBoekhoudenVatCode>& belgian();
    // The code as the administration of `country` ("NL" or "BE") knows it; nothing for another country's code.
    static std::optional<EBoekhoudenVatCode> find(const QString& code, const QString& country);

    // VAT of one amount, rounded half away from zero to the cent. `amountIncludesVat` is the API's
    // inExVat = "IN": the VAT is then the part of the amount above the net.
    static Money vatOf(Money amount, int rateBasisPoints, bool amountIncludesVat);
    // The same over an unrounded sum, for administrations that compute VAT over the total per code.
    static Money vatOfTotal(const QList<Money>& amounts, int rateBasisPoints, bool amountsIncludeVat);
};
