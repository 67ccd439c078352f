#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A report laid out for a file: the CSV's column names, the readable column headings, the lines as text (amounts
// as decimal text with a dot and two decimals), the totals line and the notes. CSV and PDF are written from it.
struct ReportTable
{
    QString title;         // "VAT reconciliation", in the user's language
    QString period;        // ReportPeriod::label()
    QStringList csvHeader; // the fixed column names of the CSV (issue 16 item 6): never translated
    QStringList headings;  // the same columns for a reader, in the user's language
    QList<QStringList> lines;
    QStringList totals;       // one text a column; empty: the report has no totals line
    QList<int> amountColumns; // right-aligned (amounts and rates)
    QList<int> moneyColumns;  // of those, the amounts of money (a screen writes them in the user's locale)
    QStringList notes;        // what the bookkeeper should know: documents not in the figures, unverified boxes
};
