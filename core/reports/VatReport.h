#pragma once

#include "PeriodDocument.h"
#include "ReportPeriod.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The VAT reconciliation of a period (issue 16 item 3): per VAT code, rate and country, the shop's net and VAT
// (every document of the period but the canceled ones), what is booked of it (PeriodDocument::Booking::Booked),
// the difference incl. VAT, and the box of the VAT return the code lands in (VatReturnBox). Credit memos count
// negative. A document that cannot be split per VAT code is one line without code or rate, so that the shop's
// column still adds up to the shop's totals.
class VatReport
{
    Q_DECLARE_TR_FUNCTIONS(VatReport)

public:
    struct Line
    {
        std::optional<VatCode> vatCode; // none: documents that cannot be split per VAT code
        std::optional<VatRate> rate;
        QString country;
        Money shopNet;
        Money shopVat;
        Money bookedNet;
        Money bookedVat;

        QString returnBox() const;
        // The shop's amount incl. VAT minus what is booked of it.
        Money difference() const { return shopNet + shopVat - bookedNet - bookedVat; }
    };

    ReportPeriod period;
    QList<Line> lines; // by return box, VAT code, rate (highest first) and country
    QStringList notes;

    static VatReport build(const QList<PeriodDocument>& documents, const ReportPeriod& period);

    Line totals() const;
    // Net and VAT booked per box of the return, in box order: what the bookkeeper copies into the return.
    QList<std::pair<QString, Line>> perBox() const;
    ReportTable table() const;
};
