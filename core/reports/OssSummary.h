#pragma once

#include "PeriodDocument.h"
#include "ReportPeriod.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QList>

// The OSS summary of a period (issue 16 item 5): per member state and rate, the net turnover and the VAT due of
// the booked OSS rows (the net at AFST_VERK, the destination's VAT on its VAT ledger, or AFW_VERK with the VAT),
// credit memos negative: the figures of the quarterly One-Stop-Shop return (Union scheme). OSS documents of the
// period that are not booked are named in the notes.
class OssSummary
{
    Q_DECLARE_TR_FUNCTIONS(OssSummary)

public:
    struct Line
    {
        QString country;
        VatRate rate;
        Money net;
        Money vat;
    };

    ReportPeriod period;
    QList<Line> lines; // by country, then rate (highest first)
    QStringList notes;

    static OssSummary build(const QList<PeriodDocument>& documents, const ReportPeriod& period);

    Line totals() const;
    ReportTable table() const;
};
