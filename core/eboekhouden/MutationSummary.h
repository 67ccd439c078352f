#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

// A journal entry as a list lookup returns it (REST list items are thin: no rows).
//
// `id` 0 is "no id", never a link: an opening balance is always mutation 0 (spec MUT_025), and a field report
// says GET /v1/mutation may list other items with id 0 too (API-eboekhouden.md C5). Record only an id a POST
// returned, or one hasId() vouches for.
struct MutationSummary
{
    qint64 id = 0; // 0: unknown (see above)
    int type = 0;  // MutationType number; 0 = opening balance
    QDate date;
    QString invoiceNumber;
    qint64 ledgerId = 0;
    QString ledgerCode;    // SOAP
    QString relationCode;  // SOAP
    qint64 relationId = 0; // REST: only in the detail (GET /v1/mutation/{id}), not in list items
    Money amount;
    QString entryNumber;
    // REST detail only: the VAT booked, the sum of its `vat` totals per code (§1.8); unset in list items.
    std::optional<Money> vat;

    // Whether `id` names a mutation that can be linked to (C5: 0 never does).
    bool hasId() const { return id > 0; }
};
