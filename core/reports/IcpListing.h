#pragma once

#include "PeriodDocument.h"
#include "ReportPeriod.h"
#include "ReportTable.h"
#include "vies/ViesResult.h"

#include <QCoreApplication>
#include <QList>

// The ICP listing of a period (issue 16 item 4), in the layout of the Dutch "opgaaf intracommunautaire
// prestaties": per customer VAT number, with its country code, the net amount of the intra-community supplies
// booked (VAT codes BI_EU_VERK, BI_EU_VERK_D, BE_IC_VERK), credit memos negative. Only booked documents count:
// the listing must agree with the books (box 3b of the return); ICP documents of the period that are not booked
// are named in the notes.
class IcpListing
{
    Q_DECLARE_TR_FUNCTIONS(IcpListing)

public:
    struct Line
    {
        QString country;   // the VAT number's country code (EL for Greece), else the delivery country
        QString vatNumber; // as the booking sent it, without spaces, upper case
        QString name;      // the customer's name as booked (the first seen)
        Money net;
        // What VIES said of the number at its newest check among the line's documents (not checked: NotChecked).
        // Shown beside the listing on screen and in the PDF; the CSV keeps the four columns.
        ViesResult vies;
    };

    ReportPeriod period;
    QList<Line> lines; // by country, then VAT number
    QStringList notes;

    // The VIES column's text: "valid (checked 01-12-2026)", "not valid (…)", "VIES did not answer", "not checked".
    static QString viesText(const ViesResult& vies);

    static IcpListing build(const QList<PeriodDocument>& documents, const ReportPeriod& period);

    Money total() const;
    ReportTable table() const;
    static bool isIntraCommunity(VatCode code);
};
