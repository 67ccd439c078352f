#pragma once

#include "eboekhouden/MutationType.h"
#include "money/Money.h"
#include "money/VatRate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A journal entry to create: a sales invoice (InvoiceSent, main ledger = debtors) or a payment
// (PaymentReceived, main ledger = bank). Ledgers and relations carry both the REST id and the SOAP code;
// each client uses the one its API needs.
struct MutationRequest
{
    struct Row
    {
        Money amount; // incl. or excl. VAT per `amountsIncludeVat`
        QString vatCode;
        std::optional<Money> vatAmount; // only with AFW / AFW_VERK
        qint64 ledgerId = 0;
        QString ledgerCode;
        qint64 costCenterId = 0;
        QString description;
        QString invoiceNumber; // payments: the invoice it settles (MUT_120)
        qint64 relationId = 0; // payments: the invoice's relation (MUT_112)
        // What e-Boekhouden books from the row, as the Posting decided it (PostingBuilder): SOAP sends all four
        // amounts and the percentage (API-eboekhouden.md §2.5, §4 item 8), REST only `amount` (and `vatAmount`).
        // Copied, never computed by a writer: one VAT model, one rounding (issue 15 item 2).
        Money amountExcl;
        Money vat;
        Money amountIncl;
        VatRate vatRate;
    };

    MutationType type = MutationType::InvoiceSent;
    QDate date;
    qint64 ledgerId = 0; // DEB ledger for InvoiceSent, FIN (bank) for payments
    QString ledgerCode;
    qint64 relationId = 0;
    QString relationCode;
    QString invoiceNumber; // max 50
    QString entryNumber;   // "boekstuk", max 50
    QString description;   // REST max 50, SOAP max 200
    std::optional<int> termOfPayment;
    QString paymentReference;
    bool amountsIncludeVat = false; // inExVat IN / EX
    QList<Row> rows;
};
