#pragma once

#include "logging/LogMessage.h"

#include <QCoreApplication>
#include <QString>

// Checks an EU VAT number offline: the format of each of the 27 member states and of Northern Ireland
// (XI), and the check digit where its algorithm is public (NL both the mod-11 company numbers and the
// mod-97 sole-trader numbers of 2020, BE, DE, FR, IT, ES, AT). Whether the number is registered is
// VIES's business, not ours: this catches typing errors before the ICP listing does.
class VatNumberValidator
{
    Q_DECLARE_TR_FUNCTIONS(VatNumberValidator)

public:
    struct Result
    {
        bool valid = false;
        QString normalised; // "NL123456789B01": upper case, no spaces/dots/dashes, with the country prefix
        QString prefix;     // "NL", "EL", "XI"
        QString message;    // why not valid, for the bookkeeper; empty when valid
        LogMessage reason;  // the same as a message code, for what is stored (issue 17 item 2)
    };

    // `countryCode` (ISO, e.g. the billing country) supplies the prefix when the customer left it off.
    static Result validate(const QString& vatNumber, const QString& countryCode = QString());

    // The check digits alone, for the countries that have a public algorithm; true for the others.
    static bool checkDigitsHold(const QString& prefix, const QString& body);
};
