#pragma once

#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

// The emulator's own table of e-Boekhouden's VAT codes and its own VAT arithmetic (the sixteen codes the REST
// API accepts, API-eboekhouden.md §1.11; rounding per row or over the total per code, §1.7, §4 item 8). Kept
// apart from the product's (rules/VatCode, posting/EBoekhoudenVatModel) on purpose (issue 15 item 2): the emulator
// computes what e-Boekhouden books on its own, so that a mistake in the product's model shows up as a
// difference in a test instead of being copied into the check. Historic codes (HOOG_VERK = 19 %, LAAG_VERK = 6 %)
// are absent: the service's enum has no such code (§1.11, §4 item 9).
class EmulatorVatCode
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

    static const QList<EmulatorVatCode>& all();
    static std::optional<EmulatorVatCode> find(const QString& code);
    // A Belgian administration (api.e-boekhouden.be) takes BE_* codes only, and refuses a Dutch code with
    // MUT_109 (API-eboekhouden.md C6). Of the spec's 29 Belgian codes only these are named in our sources
    // (§1.11); the rates are Belgium's 21 % and 0 % for intra-community supplies and export.
    static const QList<EmulatorVatCode>& belgian();
    // The code as the administration of `country` ("NL" or "BE") knows it; nothing for another country's code.
    static std::optional<EmulatorVatCode> find(const QString& code, const QString& country);

    // VAT of one amount, rounded half away from zero to the cent. `amountIncludesVat` is the API's
    // inExVat = "IN": the VAT is then the part of the amount above the net.
    static Money vatOf(Money amount, int rateBasisPoints, bool amountIncludesVat);
    // The same over an unrounded sum, for administrations that compute VAT over the total per code.
    static Money vatOfTotal(const QList<Money>& amounts, int rateBasisPoints, bool amountsIncludeVat);
};
