#include "OssSummary.h"

#include <algorithm>

OssSummary OssSummary::build(const QList<PeriodDocument>& documents, const ReportPeriod& period)
{
    OssSummary summary;
    summary.period = period;
    for (const PeriodDocument& document : documents) {
        if (document.documentClass != DocumentClass::Oss || document.booking == PeriodDocument::Booking::Canceled)
            continue;
        if (document.booking != PeriodDocument::Booking::Booked) {
            if (!document.note.isEmpty())
                summary.notes.append(document.note);
            continue;
        }
        for (const VatPart& part : document.parts) {
            // The OSS rows: the net turnover at the 0% distance-sales code with its VAT row, or AFW_VERK (seed 004).
            if (part.vatCode != VatCode::AfstVerk && part.vatCode != VatCode::AfwVerk)
                continue;
            auto it = std::find_if(summary.lines.begin(), summary.lines.end(), [&](const Line& line) {
                return line.country == part.country && line.rate == part.rate;
            });
            if (it == summary.lines.end()) {
                summary.lines.append({part.country, part.rate, {}, {}});
                it = summary.lines.end() - 1;
            }
            it->net += part.net;
            it->vat += part.vat;
        }
    }
    std::sort(summary.lines.begin(), summary.lines.end(), [](const Line& a, const Line& b) {
        return a.country != b.country ? a.country < b.country : a.rate.basisPoints() > b.rate.basisPoints();
    });
    return summary;
}

OssSummary::Line OssSummary::totals() const
{
    Line total;
    for (const Line& line : lines) {
        total.net += line.net;
        total.vat += line.vat;
    }
    return total;
}

ReportTable OssSummary::table() const
{
    ReportTable table;
    table.title = tr("OSS summary (One-Stop-Shop, Union scheme)");
    table.period = period.label();
    table.csvHeader = QStringList{u"country"_qs, u"rate"_qs, u"net"_qs, u"vat"_qs};
    table.headings = QStringList{tr("Member state"), tr("Rate %"), tr("Net turnover"), tr("VAT due")};
    table.amountColumns = {1, 2, 3};
    table.moneyColumns = {2, 3};
    for (const Line& line : lines)
        table.lines.append(
            {line.country, line.rate.toString(), line.net.toDecimalString(), line.vat.toDecimalString()});
    const Line total = totals();
    table.totals = {tr("Total"), QString(), total.net.toDecimalString(), total.vat.toDecimalString()};
    table.notes = notes;
    return table;
}
