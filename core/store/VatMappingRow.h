#pragma once

#include "money/VatRate.h"
#include "rules/DocumentClass.h"
#include "rules/VatMapping.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// One row of the VAT Mapping table as the bookkeeper edits it. Unlike VatMappingEntry, the VAT code is
// kept as typed (or imported), so an unknown code can be shown and refused on save instead of lost.
struct VatMappingRow
{
    Q_DECLARE_TR_FUNCTIONS(VatMappingRow)

public:
    std::optional<VatRate> rate; // empty = any rate
    DocumentClass documentClass = DocumentClass::Domestic;
    QString country; // ISO code; empty = any country
    QString vatCode; // e-Boekhouden name, e.g. HOOG_VERK_21
    QString revenueLedger;
    QString vatLedger;

    static VatMappingRow fromEntry(const VatMappingEntry& entry);
    // Only for a row whose VAT code is known (VatMappingValidator says so).
    VatMappingEntry toEntry() const;
    // Rows with the same key would make the mapping ambiguous.
    bool sameKey(const VatMappingRow& other) const;

    // "21 %", "5,5 %" in a Dutch locale, "Any rate" for an empty rate.
    static QString displayRate(const std::optional<VatRate>& rate);
    // Accepts what a bookkeeper types: "21", "21 %", "5,5", "5.5"; empty or "Any rate" is any rate.
    // Returns false when the text is no percentage between 0 and 100.
    static bool parseRate(const QString& text, std::optional<VatRate>& rate);
    static QString displayClass(DocumentClass documentClass);
    static QList<DocumentClass> classes();
};
