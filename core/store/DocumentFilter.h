#pragma once

#include "domain/DocumentKind.h"
#include "SyncState.h"

#include <QDate>
#include <QString>

#include <optional>

// What the Invoices and Credit Memos grids filter on. Empty fields do not filter.
struct DocumentFilter
{
    DocumentKind kind = DocumentKind::Invoice;
    QString website;
    QString countryCode;
    QDate from;  // document date, inclusive
    QDate until; // document date, inclusive
    std::optional<SyncState> state;
    // Only what the bookkeeper must act on: failed and unreadable documents (the tinted rows). With `state`
    // set as well, both must hold.
    bool needsAttention = false;
    QString text; // number, order number, customer name, email, company, VAT number
};
