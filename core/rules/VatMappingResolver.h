#pragma once

#include "Problem.h"
#include "VatMapping.h"

#include <QCoreApplication>

#include <optional>

// Finds the mapping row for a (class, rate, destination country): the most specific row wins (a row for
// the exact rate before a row for any rate; a row for the country before a row for any country). A row
// that cannot work (no revenue ledger, no VAT ledger for OSS, a code that computes another rate) is
// reported rather than posted, with what to fill in.
class VatMappingResolver
{
    Q_DECLARE_TR_FUNCTIONS(VatMappingResolver)

public:
    struct Resolution
    {
        std::optional<VatMappingEntry> entry;
        std::optional<Problem> problem;
    };

    static Resolution resolve(const VatMapping& mapping, DocumentClass documentClass, VatRate rate,
                              const QString& country);
};
