#pragma once

#include "AdministrationSettings.h"
#include "BookingContext.h"
#include "PostingResult.h"
#include "rules/VatMapping.h"

#include <QCoreApplication>

struct CreditMemo;
struct Invoice;
struct Payment;
struct SalesDocument;

// The one place that decides what a document becomes in e-Boekhouden. Everything else (preview, push,
// CLI, reports) calls it. Pure: the caller looks up the administration's state (BookingContext).
//
// It runs the pre-checks of seed 004 (totals, VAT rates, VAT mapping, ICP VAT number, not posted before),
// classifies the document, spreads order discounts, and builds either a sales mutation (type 2, one row
// per VAT code; OSS as a net row plus a VAT row on the country's VAT ledger) or an invoice (lines with
// product code, unit price, VAT code, ledger). It models e-Boekhouden's own VAT computation and picks
// inExVat so that e-Boekhouden's VAT equals the shop's to the cent; where neither IN nor EX does, it
// posts the rate's amounts per line, and only as a last resort AFW_VERK with the shop's VAT, saying so in
// the notes. Credit memos are the same, negative, naming their invoice.
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
};
