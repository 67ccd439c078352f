#include "VatReport.h"

#include "rules/DocumentClassifier.h"
#include "VatReturnBox.h"

#include <algorithm>

QString VatReport::Line::returnBox() const
{
    return vatCode ? VatReturnBox::of(*vatCode) : QString();
}

VatReport VatReport::build(const QList<PeriodDocument>& documents, const ReportPeriod& period)
{
    VatReport report;
    report.period = period;
    const auto lineFor = [&](std::optional<VatCode> code, std::optional<VatRate> rate,
                             const QString& country) -> Line& {
        const auto it = std::find_if(report.lines.begin(), report.lines.end(), [&](const Line& line) {
            return line.vatCode == code && line.rate == rate && line.country == country;
        });
        if (it != report.lines.end())
            return *it;
        report.lines.append({code, rate, country, {}, {}, {}, {}});
        return report.lines.last();
    };
    for (const PeriodDocument& document : documents) {
        if (document.booking == PeriodDocument::Booking::Canceled)
            continue;
        if (!document.note.isEmpty())
            report.notes.append(document.note);
        if (document.parts.isEmpty()) {
            // Not split (NoPosting, or booked while no posting can be made now): the shop's totals on one line.
            Line& line = lineFor(std::nullopt, std::nullopt,
                                 DocumentClassifier::deliveryCountry(document.stored.document).trimmed().toUpper());
            line.shopNet += document.signedExcl();
            line.shopVat += document.signedVat();
            continue;
        }
        for (const VatPart& part : document.parts) {
            Line& line = lineFor(part.vatCode, part.rate, part.country);
            line.shopNet += part.net;
            line.shopVat += part.vat;
            if (document.booking == PeriodDocument::Booking::Booked) {
                line.bookedNet += part.net;
                line.bookedVat += part.vat;
            }
        }
    }
    std::sort(report.lines.begin(), report.lines.end(), [](const Line& a, const Line& b) {
        const QString boxA = a.vatCode ? a.returnBox() : QStringLiteral("~"); // unsplit last
        const QString boxB = b.vatCode ? b.returnBox() : QStringLiteral("~");
        if (boxA != boxB)
            return boxA < boxB;
        const QString codeA = a.vatCode ? a.vatCode->name() : QString();
        const QString codeB = b.vatCode ? b.vatCode->name() : QString();
        if (codeA != codeB)
            return codeA < codeB;
        const int rateA = a.rate ? a.rate->basisPoints() : -1;
        const int rateB = b.rate ? b.rate->basisPoints() : -1;
        if (rateA != rateB)
            return rateA > rateB;
        return a.country < b.country;
    });
    for (const Line& line : std::as_const(report.lines)) {
        if (line.vatCode && !VatReturnBox::isVerified(*line.vatCode)) {
            const QString box = line.returnBox();
            const QString note =
                box.isEmpty()
                    ? tr("VAT code %1 lands in no box of the VAT return.").arg(line.vatCode->name())
                    : tr("Box %1 for VAT code %2 is not confirmed by a source (docs/vat-return-boxes.md): check it "
                         "with your accountant before filing.")
                          .arg(box, line.vatCode->name());
            if (!report.notes.contains(note))
                report.notes.append(note);
        }
    }
    return report;
}

VatReport::Line VatReport::totals() const
{
    Line total;
    for (const Line& line : lines) {
        total.shopNet += line.shopNet;
        total.shopVat += line.shopVat;
        total.bookedNet += line.bookedNet;
        total.bookedVat += line.bookedVat;
    }
    return total;
}

QList<std::pair<QString, VatReport::Line>> VatReport::perBox() const
{
    QList<std::pair<QString, Line>> boxes;
    for (const Line& line : lines) {
        const QString box = line.returnBox();
        if (box.isEmpty())
            continue;
        auto it = std::find_if(boxes.begin(), boxes.end(), [&](const auto& b) { return b.first == box; });
        if (it == boxes.end()) {
            boxes.append({box, Line{}});
            it = boxes.end() - 1;
        }
        it->second.shopNet += line.shopNet;
        it->second.shopVat += line.shopVat;
        it->second.bookedNet += line.bookedNet;
        it->second.bookedVat += line.bookedVat;
    }
    return boxes;
}

ReportTable VatReport::table() const
{
    ReportTable table;
    table.title = tr("VAT reconciliation");
    table.period = period.label();
    table.csvHeader = QStringList{u"vat_code"_qs, u"rate"_qs,       u"country"_qs,    u"return_box"_qs, u"shop_net"_qs,
                                  u"shop_vat"_qs, u"booked_net"_qs, u"booked_vat"_qs, u"difference"_qs};
    table.headings = QStringList{tr("VAT code"), tr("Rate %"),     tr("Country"),    tr("Return box"), tr("Shop net"),
                                 tr("Shop VAT"), tr("Booked net"), tr("Booked VAT"), tr("Difference")};
    table.amountColumns = {1, 4, 5, 6, 7, 8};
    table.moneyColumns = {4, 5, 6, 7, 8};
    for (const Line& line : lines) {
        table.lines.append(
            {line.vatCode ? line.vatCode->name() : QString(), line.rate ? line.rate->toString() : QString(),
             line.country, line.returnBox(), line.shopNet.toDecimalString(), line.shopVat.toDecimalString(),
             line.bookedNet.toDecimalString(), line.bookedVat.toDecimalString(), line.difference().toDecimalString()});
    }
    const Line total = totals();
    table.totals = {tr("Total"),
                    QString(),
                    QString(),
                    QString(),
                    total.shopNet.toDecimalString(),
                    total.shopVat.toDecimalString(),
                    total.bookedNet.toDecimalString(),
                    total.bookedVat.toDecimalString(),
                    total.difference().toDecimalString()};
    // First what goes into the return: the booked turnover and VAT per box.
    for (const auto& [box, line] : perBox())
        table.notes.append(tr("Box %1: turnover %2, VAT %3 (booked).")
                               .arg(box, line.bookedNet.toDecimalString(), line.bookedVat.toDecimalString()));
    table.notes.append(notes);
    return table;
}
