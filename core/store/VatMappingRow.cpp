#include "VatMappingRow.h"

#include <QLocale>

VatMappingRow VatMappingRow::fromEntry(const VatMappingEntry& entry)
{
    return {entry.rate, entry.documentClass, entry.country, entry.vatCode.name(), entry.revenueLedger, entry.vatLedger};
}

VatMappingEntry VatMappingRow::toEntry() const
{
    VatMappingEntry entry;
    entry.documentClass = documentClass;
    entry.rate = rate;
    entry.country = country.trimmed().toUpper();
    entry.vatCode = VatCode::fromName(vatCode).value_or(VatCode());
    entry.revenueLedger = revenueLedger.trimmed();
    entry.vatLedger = vatLedger.trimmed();
    return entry;
}

bool VatMappingRow::sameKey(const VatMappingRow& other) const
{
    return rate == other.rate && documentClass == other.documentClass &&
           country.trimmed().compare(other.country.trimmed(), Qt::CaseInsensitive) == 0;
}

QString VatMappingRow::displayRate(const std::optional<VatRate>& rate)
{
    if (!rate)
        return tr("Any rate");
    QString number = rate->toString();
    number.replace(u'.', QLocale().decimalPoint());
    return tr("%1 %").arg(number);
}

bool VatMappingRow::parseRate(const QString& text, std::optional<VatRate>& rate)
{
    QString cleaned = text.trimmed();
    if (cleaned.isEmpty() || cleaned == tr("Any rate")) {
        rate.reset();
        return true;
    }
    if (cleaned.endsWith(u'%'))
        cleaned.chop(1);
    cleaned = cleaned.trimmed().replace(u',', u'.');
    const std::optional<VatRate> parsed = VatRate::parse(cleaned);
    if (!parsed)
        return false;
    rate = parsed;
    return true;
}

QString VatMappingRow::displayClass(DocumentClass documentClass)
{
    switch (documentClass) {
    case DocumentClass::Domestic:
        return tr("Domestic");
    case DocumentClass::Icp:
        return tr("ICP (EU business)");
    case DocumentClass::Export:
        return tr("Export (outside the EU)");
    case DocumentClass::Oss:
        return tr("OSS (EU consumer)");
    }
    return {};
}

QList<DocumentClass> VatMappingRow::classes()
{
    return {DocumentClass::Domestic, DocumentClass::Icp, DocumentClass::Export, DocumentClass::Oss};
}
