#include "EuCountries.h"

#include <QHash>

#include <algorithm>

namespace {

// Rates in basis points. Sources: the European Commission's "VAT rates applied in the member states"
// (2025 edition) plus national announcements of changes since.
const QHash<QString, QList<int>>& ratesByCountry()
{
    static const QHash<QString, QList<int>> rates = {
        {QStringLiteral("AT"), {2000, 1300, 1000}},
        {QStringLiteral("BE"), {2100, 1200, 600}},
        {QStringLiteral("BG"), {2000, 900}},
        {QStringLiteral("CY"), {1900, 900, 500, 300}},
        {QStringLiteral("CZ"), {2100, 1200}},
        {QStringLiteral("DE"), {1900, 700}},
        {QStringLiteral("DK"), {2500}},
        {QStringLiteral("EE"), {2400, 2200, 1300, 900, 500}},
        {QStringLiteral("ES"), {2100, 1000, 400}},
        {QStringLiteral("FI"), {2550, 2400, 1400, 1350, 1000}},
        {QStringLiteral("FR"), {2000, 1000, 550, 210}},
        {QStringLiteral("GR"), {2400, 1300, 600}},
        {QStringLiteral("HR"), {2500, 1300, 500}},
        {QStringLiteral("HU"), {2700, 1800, 500}},
        {QStringLiteral("IE"), {2300, 1350, 900, 480}},
        {QStringLiteral("IT"), {2200, 1000, 500, 400}},
        {QStringLiteral("LT"), {2100, 900, 500}},
        {QStringLiteral("LU"), {1700, 1400, 800, 300}},
        {QStringLiteral("LV"), {2100, 1200, 500}},
        {QStringLiteral("MT"), {1800, 700, 500}},
        {QStringLiteral("NL"), {2100, 900}},
        {QStringLiteral("PL"), {2300, 800, 500}},
        {QStringLiteral("PT"), {2300, 1300, 600}},
        {QStringLiteral("RO"), {2100, 1900, 1100, 900, 500}},
        {QStringLiteral("SE"), {2500, 1200, 600}},
        {QStringLiteral("SI"), {2200, 950, 500}},
        {QStringLiteral("SK"), {2300, 2000, 1900, 1000, 500}},
    };
    return rates;
}

} // namespace

const QStringList& EuCountries::memberStates()
{
    static const QStringList members = [] {
        QStringList codes = ratesByCountry().keys();
        codes.sort();
        return codes;
    }();
    return members;
}

bool EuCountries::isMember(const QString& countryCode)
{
    return ratesByCountry().contains(countryCode.trimmed().toUpper());
}

QList<VatRate> EuCountries::legalRates(const QString& countryCode)
{
    QList<VatRate> result;
    const auto it = ratesByCountry().constFind(countryCode.trimmed().toUpper());
    if (it == ratesByCountry().cend())
        return result;
    for (const int basisPoints : *it)
        result.append(VatRate::fromBasisPoints(basisPoints));
    result.append(VatRate());
    return result;
}

bool EuCountries::isLegalRate(const QString& countryCode, VatRate rate)
{
    const QList<VatRate> rates = legalRates(countryCode);
    return std::find(rates.cbegin(), rates.cend(), rate) != rates.cend();
}

QString EuCountries::vatPrefix(const QString& countryCode)
{
    const QString code = countryCode.trimmed().toUpper();
    return code == u"GR" ? QStringLiteral("EL") : code;
}
