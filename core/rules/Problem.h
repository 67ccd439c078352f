#pragma once

#include <QList>
#include <QString>

// Why a document cannot be booked (yet). The code is for programs (filters, the sync log, tests); the
// message is for the bookkeeper, translated, and says what to fix.
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

    Code code;
    QString message;
};

using Problems = QList<Problem>;
