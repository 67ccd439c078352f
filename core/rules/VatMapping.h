#pragma once

#include "VatMappingEntry.h"

#include <QList>
#include <QString>

// The administration's VAT mapping (the "VAT Mapping" screen). The default proposal uses today's
// e-Boekhouden sale codes: HOOG_VERK_21, LAAG_VERK_9, GEEN for domestic sales, BI_EU_VERK (goods) or
// BI_EU_VERK_D (services) for ICP, BU_EU_VERK for export and AFST_VERK for OSS net turnover, the
// foreign VAT going to a VAT ledger per country.
class VatMapping
{
public:
    QList<VatMappingEntry> entries;

    struct Proposal
    {
        QString shopCountry = QStringLiteral("NL");
        QString revenueLedger = QStringLiteral("8000");
        QString icpRevenueLedger;    // empty = revenueLedger
        QString exportRevenueLedger; // empty = revenueLedger
        QString ossRevenueLedger;    // empty = revenueLedger
        QString ossVatLedger;        // one VAT ledger for all OSS countries; empty = to be filled in
        bool sellsServices = false;  // ICP as services (BI_EU_VERK_D) rather than goods
    };
    static VatMapping defaultProposal(const Proposal& proposal);
};
