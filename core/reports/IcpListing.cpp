#include "IcpListing.h"

#include "rules/DocumentClassifier.h"

#include <algorithm>

bool IcpListing::isIntraCommunity(VatCode code)
{
    return code == VatCode::BiEuVerk || code == VatCode::BiEuVerkD || code == VatCode::BeIcVerk;
}

IcpListing IcpListing::build(const QList<PeriodDocument>& documents, const ReportPeriod& period)
{
    IcpListing listing;
    listing.period = period;
    for (const PeriodDocument& document : documents) {
        Money net;
        bool intraCommunity = false;
        for (const VatPart& part : document.parts) {
            if (isIntraCommunity(part.vatCode)) {
                net += part.net;
                intraCommunity = true;
            }
        }
        if (!intraCommunity)
            continue;
        if (document.booking != PeriodDocument::Booking::Booked) {
            if (!document.note.isEmpty())
                listing.notes.append(document.note);
            continue;
        }
        QString number = document.vatNumber.toUpper();
        number.remove(u' ');
        number.remove(u'.');
        // The listing's country code is the VAT number's own (API-shops.md/VIES use EL for Greece).
        QString country = number.left(2);
        if (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter())
            country = DocumentClassifier::deliveryCountry(document.stored.document).trimmed().toUpper();
        auto it = std::find_if(listing.lines.begin(), listing.lines.end(),
                               [&](const Line& line) { return line.vatNumber == number && line.country == country; });
        if (it == listing.lines.end()) {
            const SalesDocument& shop = document.stored.document;
            const QString name = document.name.isEmpty() ? shop.customer.company : document.name;
            listing.lines.append({country, number, name, {}, {}});
            it = listing.lines.end() - 1;
        }
        it->net += net;
        if (document.vies.status != ViesResult::Status::NotChecked &&
            (it->vies.status == ViesResult::Status::NotChecked || document.vies.checkedAt > it->vies.checkedAt))
            it->vies = document.vies;
    }
    std::sort(listing.lines.begin(), listing.lines.end(), [](const Line& a, const Line& b) {
        return a.country != b.country ? a.country < b.country : a.vatNumber < b.vatNumber;
    });
    return listing;
}

QString IcpListing::viesText(const ViesResult& vies)
{
    const QString checked = vies.checkedAt.toLocalTime().date().toString(QStringLiteral("dd-MM-yyyy"));
    switch (vies.status) {
    case ViesResult::Status::Valid:
        return tr("valid (checked %1)").arg(checked);
    case ViesResult::Status::Invalid:
        return tr("not valid (checked %1)").arg(checked);
    case ViesResult::Status::Unavailable:
        return tr("VIES did not answer (%1): checked offline only").arg(checked);
    case ViesResult::Status::NotChecked:
        break;
    }
    return tr("not checked");
}

Money IcpListing::total() const
{
    Money sum;
    for (const Line& line : lines)
        sum += line.net;
    return sum;
}

ReportTable IcpListing::table() const
{
    ReportTable table;
    table.title = tr("ICP listing (opgaaf intracommunautaire prestaties)");
    table.period = period.label();
    table.csvHeader = QStringList{u"country"_qs, u"vat_number"_qs, u"name"_qs, u"net"_qs};
    table.headings = QStringList{tr("Country"), tr("VAT number"), tr("Name"), tr("Net amount"), tr("VIES")};
    table.amountColumns = {3};
    table.moneyColumns = {3};
    for (const Line& line : lines)
        table.lines.append({line.country, line.vatNumber, line.name, line.net.toDecimalString(), viesText(line.vies)});
    table.totals = {tr("Total"), QString(), QString(), total().toDecimalString(), QString()};
    table.notes = notes;
    return table;
}
