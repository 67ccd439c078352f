#pragma once

#include "InExVat.h"
#include "money/Money.h"
#include "PostingInvoiceLine.h"
#include "PostingRow.h"
#include "rules/DocumentClass.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Exactly what will be sent to e-Boekhouden for one document or payment, and what e-Boekhouden will
// compute from it (the preview shows this). Amounts are signed as posted: a credit memo is negative.
struct Posting
{
    enum class Form
    {
        Mutation, // "invoice sent" (type 2) or "invoice payment received" (type 3)
        Invoice,  // invoicing module, booked at once
    };

    Form form = Form::Mutation;
    int mutationType = 2;
    DocumentClass documentClass = DocumentClass::Domestic;
    QDate date;
    QString invoiceNumber;         // empty: e-Boekhouden numbers it
    QString creditedInvoiceNumber; // credit memos: the invoice they credit
    QString relationCode;
    QString relationName;
    bool createsRelation = false; // the debtor does not exist yet and is created with relationCode
    QString fixedDebtor;          // the payment method's collective debtor, when it has one (never for ICP)
    QString vatNumber;            // sent with the relation (ICP)
    QString description;
    QString entryNumber; // payments: the shop's transaction id ("boekstuk", seed 004)
    QString mainLedger;  // the debtors ledger (type 2, invoices) or the bank ledger (type 3)
    InExVat inExVat = InExVat::Ex;
    int paymentTermDays = 0;
    QString invoiceTemplate;

    QList<PostingRow> rows;          // mutation form
    QList<PostingInvoiceLine> lines; // invoice form

    // What e-Boekhouden will compute; equal to the shop's totals (signed) by construction.
    Money totalExcl;
    Money totalVat;
    Money totalIncl;

    QStringList notes; // what the bookkeeper should know: rounding choices, cut texts, new debtor
};
