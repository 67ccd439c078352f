#pragma once

#include "eboekhouden/Ledger.h"
#include "money/VatRate.h"
#include "VatMappingRow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Checks a VAT mapping before it is saved or imported, and says in the bookkeeper's words what to fix:
// a rate the shop uses that no row maps, a VAT code e-Boekhouden does not know for sales, an OSS row
// without a VAT ledger, a row twice, a code that computes another rate than the row is for.
class VatMappingValidator
{
    Q_DECLARE_TR_FUNCTIONS(VatMappingValidator)

public:
    // The cell of the VAT Mapping table a problem is about, so the editor can outline it.
    enum class Field
    {
        None, // the mapping as a whole (a rate no row maps)
        Rate,
        Class,
        Country,
        VatCode,
        RevenueLedger,
        VatLedger,
    };
    struct Problem
    {
        int row = -1; // 0-based; -1 for the mapping as a whole
        Field field = Field::None;
        QString text;
    };
    static QList<Problem> cellProblems(const QList<VatMappingRow>& rows, const QList<VatRate>& ratesSeen,
                                       const QList<Ledger>& ledgers = {});

    // ratesSeen: the line rates in the stored documents. ledgers: the administration's ledgers; when
    // empty (not connected yet) any ledger code is accepted.
    static QStringList problems(const QList<VatMappingRow>& rows, const QList<VatRate>& ratesSeen,
                                const QList<Ledger>& ledgers = {});
};
