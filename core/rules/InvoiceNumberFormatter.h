#pragma once

#include <QString>

// The invoice number sent to e-Boekhouden, from the shop's number (seed 004: "we only process the number
// and not the fixed prefix"). The bookkeeper chooses per administration.
class InvoiceNumberFormatter
{
public:
    enum class Mode
    {
        AsInShop,      // "INV000123" stays "INV000123"
        StripPrefix,   // a fixed prefix (the setting) is removed: "INV000123" → "000123"
        DigitsOnly,    // every non-digit goes: "#FA-2025/0042" → "20250042"
        LetEBoekhouden // nothing is sent; e-Boekhouden numbers the invoice (its own advice)
    };

    struct Settings
    {
        Mode mode = Mode::AsInShop;
        QString prefix; // for StripPrefix; matched case-insensitively
        // Put before a credit memo's number. Shops number credit memos in a sequence of their own that overlaps
        // the invoices' (API-shops.md S2), while e-Boekhouden's sales numbers are unique across both
        // (API-eboekhouden.md C4): the prefix gives the credit memo a number of its own. `C`, as
        // e-Boekhouden's own Magento export does.
        QString creditMemoPrefix = QStringLiteral("C");
    };

    // Empty for LetEBoekhouden. A number that would become empty keeps the shop's number: an empty
    // number would silently let e-Boekhouden number it.
    static QString format(const QString& shopNumber, const Settings& settings);
    // A credit memo's number: the credit memo prefix before format()'s result; empty for LetEBoekhouden.
    static QString formatCreditMemo(const QString& shopNumber, const Settings& settings);
};
