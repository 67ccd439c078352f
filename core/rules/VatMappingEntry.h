#pragma once

#include "DocumentClass.h"
#include "money/VatRate.h"
#include "VatCode.h"

#include <QString>

#include <optional>

// One row of the VAT mapping: which e-Boekhouden VAT code and ledgers a shop rate gets, for a class of
// document and optionally one destination country. An empty rate or country matches any.
struct VatMappingEntry
{
    DocumentClass documentClass = DocumentClass::Domestic;
    std::optional<VatRate> rate;
    QString country; // ISO code of the destination; empty = any (the OSS rows name their country)
    VatCode vatCode;
    QString revenueLedger; // e-Boekhouden ledger code, e.g. "8000"
    QString vatLedger;     // OSS only: the balance ledger of the destination country's VAT
};
