#pragma once

#include "logging/LogMessage.h"

#include <QList>
#include <QString>

// Why a document cannot be booked (yet). The code is for programs (filters, the sync log, tests); the
// reason is for the bookkeeper and says what to fix. The reason is a message code with its arguments (issue 17
// item 2), so that a document's reason written while the UI was English reads Dutch once the UI is Dutch.
struct Problem
{
    enum class Code
    {
        TotalsMismatch,       // lines + shipping + surcharges − discounts ≠ the document total
        VatTotalMismatch,     // total incl. − total excl. ≠ the document's VAT
        UnknownVatRate,       // an amount's VAT is no legal rate
        NoVatMapping,         // no VAT mapping row fits a rate/class/country
        IncompleteVatMapping, // a mapping row lacks a ledger or VAT code
        MissingVatNumber,     // ICP without a VAT number
        InvalidVatNumber,     // ICP with a VAT number that fails the format or check digit
        DiscountWithoutGoods, // an order discount with nothing to spread it over
        NothingToBook,        // a document of zero with nothing on it
        CreditMemoWithoutInvoice,
        AlreadyPosted,
        InvoiceNumberInvalid, // e.g. the invoice module's "must end with a digit"
        MissingSetting,       // a ledger or template the administration settings lack
        PaymentNotBookable,   // amount zero, or not equal to the outstanding amount
        ForeignCurrency,      // amounts in a currency other than the euro, with no euro amounts to book
    };

    Problem(Code code, const LogMessage& reason)
        : code(code)
        , reason(reason)
        , message(reason.text())
    {}

    Code code;
    LogMessage reason; // what is stored (the document's reason, the sync log)
    QString message;   // the reason in the language of the moment, for a program that shows it at once
};

using Problems = QList<Problem>;
