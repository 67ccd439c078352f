#pragma once

#include "AdministrationSettings.h"
#include "BookingContext.h"
#include "PostingResult.h"
#include "rules/VatMapping.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

struct CreditMemo;
struct Invoice;
struct Payment;
struct SalesDocument;
class BookingTexts;

// The one place that decides what a document becomes in e-Boekhouden. Everything else (preview, push,
// CLI, reports) calls it. Pure: the caller looks up the administration's state (BookingContext).
//
// It runs the pre-checks of seed 004 (totals, VAT rates, VAT mapping, ICP VAT number, not posted before),
// classifies the document, spreads order discounts, and builds either a sales mutation (type 2, one row
// per VAT code; OSS as a net row plus a VAT row on the country's VAT ledger) or an invoice (lines with
// product code, unit price, VAT code, ledger). It models e-Boekhouden's own VAT computation and picks
// inExVat so that e-Boekhouden's VAT equals the shop's to the cent; where neither IN nor EX does, it
// posts the rate's amounts per line, and only as a last resort AFW_VERK with the shop's VAT, saying so in
// the notes. Credit memos are the same, negative, naming their invoice. buildDocument runs the numbered steps
// declared below, each a function of its own.
class PostingBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PostingBuilder)

public:
    static PostingResult build(const Invoice& invoice, const AdministrationSettings& settings,
                               const VatMapping& mapping, const BookingContext& context = {});
    // A credit memo is posted negative, with its own number, naming the invoice it credits.
    static PostingResult build(const CreditMemo& creditMemo, const AdministrationSettings& settings,
                               const VatMapping& mapping, const BookingContext& context = {});

    // "Invoice payment received" (mutation type 3): the bank ledger of the payment method on top, one
    // row on the debtors ledger with GEEN, carrying the invoice number and relation. A refund of a
    // credit memo is the same with a negative amount.
    static PostingResult buildPayment(const Payment& payment, const SalesDocument& document,
                                      const AdministrationSettings& settings, const BookingContext& context);

    // For a document of either kind; `creditedInvoiceNumber` is the credited invoice of a credit memo.
    static PostingResult buildDocument(const SalesDocument& document, const QString& creditedInvoiceNumber,
                                       const AdministrationSettings& settings, const VatMapping& mapping,
                                       const BookingContext& context = {});

    // The steps of buildDocument, in its order, each a function a test can call (issue 15 item 7). A step that
    // finds what keeps the document from being booked adds it to `problems` (each message once); the posting is
    // only made when none is left after step 2.

    // One bookable amount of the document at one rate: a line, the shipping, a surcharge, a discount's part at
    // one rate, or the rounding line. Amounts are as in the shop (positive for a sale), negated only when posted.
    struct BookableAmount
    {
        QString productCode;
        QString description;
        Quantity quantity = Quantity::whole(1);
        VatRate rate;
        Money net;
        Money gross;
        VatMappingEntry entry; // from the VAT mapping (step 2)

        Money vat() const { return gross - net; }
        Money amount(InExVat mode) const { return mode == InExVat::Ex ? net : gross; }
    };
    struct BookableAmounts
    {
        QList<BookableAmount> items; // the goods, then shipping and surcharges, the discounts, the rounding line
        std::optional<qsizetype> roundingLine; // the index of the shop's rounding difference, when it has one
        QString roundingNote;                  // what the bookkeeper is told about it
    };
    // Amounts that share VAT code, ledgers and rate: one mutation row (two for OSS).
    struct RateGroup
    {
        VatMappingEntry entry;
        VatRate rate;
        Money net;
        Money gross;
        QList<qsizetype> items; // indexes into the bookable amounts

        Money vat() const { return gross - net; }
        Money amount(InExVat mode) const { return mode == InExVat::Ex ? net : gross; }
        // OSS and AFW_VERK rows carry their VAT themselves; only the others depend on e-Boekhouden's computation.
        bool vatComputedByEBoekhouden(DocumentClass documentClass) const;
    };
    // Where the document sells from and to: the shop's country, the delivery country, and the countries whose
    // VAT rates are legal on it.
    struct Countries
    {
        QString shop;
        QString destination; // empty when the document names none
        QStringList rateCountries;

        QString destinationOrShop() const { return destination.isEmpty() ? shop : destination; }
    };

    // 0. Totals that add up, in euros.
    static void checkTotalsAndCurrency(const SalesDocument& document, Problems& problems);
    static Countries countriesOf(const SalesDocument& document, const AdministrationSettings& settings);
    // 1. The bookable amounts, each at a legal rate; order discounts spread over the rates of the goods; the shop's
    //    rounding of its total on a line of its own. `texts`: the administration's language for the descriptions.
    static BookableAmounts bookableAmounts(const SalesDocument& document, const Countries& countries,
                                           const BookingTexts& texts, Problems& problems);
    // 2. Domestic, ICP, export or OSS, from where the goods go and the VAT charged on them.
    static DocumentClass classify(const SalesDocument& document, const AdministrationSettings& settings,
                                  const QList<BookableAmount>& items);
    //    An ICP sale needs a valid VAT number of another member state.
    static void checkIcpVatNumber(const SalesDocument& document, DocumentClass documentClass,
                                  const Countries& countries, Problems& problems);
    //    Each amount's VAT code and ledgers from the VAT mapping; the rounding line without VAT (GEEN).
    static void applyVatMapping(BookableAmounts& amounts, const VatMapping& mapping, DocumentClass documentClass,
                                const Countries& countries, Problems& problems);
    //    The number it is booked under (not in e-Boekhouden yet), and the settings such a booking needs.
    static void checkNumberAndSettings(Posting& posting, const SalesDocument& document,
                                       const QString& creditedInvoiceNumber, const AdministrationSettings& settings,
                                       const BookingContext& context, Problems& problems);
    // 3. The header: debtors ledger, payment term, description, the credited invoice, the debtor.
    static void fillHeader(Posting& posting, const SalesDocument& document, const QString& creditedInvoiceNumber,
                           const AdministrationSettings& settings, const BookingContext& context,
                           const BookingTexts& texts);
    // 4. Groups per VAT code, ledgers and rate, in the order they first appear.
    static QList<RateGroup> groupPerVatCode(const QList<BookableAmount>& items);
    // 5. Mutation form: a row per group (OSS: a net row and a VAT row), IN or EX as ties out with the shop's VAT,
    //    rows per line or AFW_VERK where one row per rate would not; the totals e-Boekhouden will compute.
    static void addMutationRows(Posting& posting, const QList<RateGroup>& groups, const QList<BookableAmount>& items,
                                const Countries& countries, bool creditMemo, const BookingTexts& texts);
    //    Invoice form: a line per amount (OSS: a net line and a VAT line), e-Boekhouden rounding the VAT per line
    //    or per VAT code as the administration is set; the totals e-Boekhouden will compute.
    static void addInvoiceLines(Posting& posting, const QList<BookableAmount>& items, const Countries& countries,
                                const AdministrationSettings& settings, bool creditMemo, const BookingTexts& texts);
};
