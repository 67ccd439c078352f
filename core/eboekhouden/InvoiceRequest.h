#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// An invoice for e-Boekhouden's invoicing module (REST POST /v1/invoice, SOAP AddFactuur). With `book`
// set it is also journaled on the debtor ledger and becomes an outstanding item.
struct InvoiceRequest
{
    struct Line
    {
        qint64 quantityTenThousandths = 10000; // 1.0000; the API allows four decimals
        QString unit;                          // SOAP "Eenheid"
        qint64 unitId = 0;                     // REST
        QString code;                          // product code, max 50
        QString description;                   // required
        Money pricePerUnit;                    // incl. or excl. VAT per `pricesIncludeVat`
        QString vatCode;
        qint64 ledgerId = 0; // revenue ledger (REST)
        QString ledgerCode;  // revenue ledger (SOAP)
        qint64 costCenterId = 0;
        // The line's VAT as e-Boekhouden must book it; only with AFW_VERK, which books no VAT without it
        // (API-eboekhouden.md C3, FACT_ITEM_015). SOAP's cFactuurRegel cannot carry it.
        std::optional<Money> vatAmount;
    };

    qint64 relationId = 0;
    QString relationCode;
    QString invoiceNumber; // empty: e-Boekhouden numbers it; must end with a digit (FACT_009)
    QDate date;
    int termOfPayment = 14;
    bool pricesIncludeVat = false;
    qint64 templateId = 0; // REST
    QString templateName;  // SOAP
    QString reference;     // max 50
    bool book = true;      // also book it in the accounts ("direct verwerken")
    qint64 debtorLedgerId = 0;
    QString bookingDescription; // max 200
    QList<Line> lines;
};
