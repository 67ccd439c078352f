#pragma once

#include "domain/CreditMemo.h"
#include "domain/Customer.h"
#include "domain/Invoice.h"
#include "OpenDocument.h"
#include "UnmappableDocument.h"
#include "Watermark.h"

#include <QList>
#include <QString>

#include <optional>

// One page of a pull, mapped, as it must reach the store: all of it and its watermark, or nothing.
struct PulledPage
{
    QString platform; // "magento", "prestashop"
    QString resource; // the watermark key: "invoices", "orders", "customers@backfill:2024-01-01/2024-01-31", ...

    QList<Invoice> invoices;
    QList<CreditMemo> creditMemos;
    QList<Customer> customers;
    QList<UnmappableDocument> unmappable;
    QList<OpenDocument> open; // orders seen in a state that is not bookable (yet)
    QList<QString> closed;    // open orders that no longer need re-checking (booked, or gone from the shop)

    // The resource's new watermark; empty for pages that do not move it (re-checks of open orders).
    std::optional<Watermark> watermark;

    bool isEmpty() const
    {
        return invoices.isEmpty() && creditMemos.isEmpty() && customers.isEmpty() && unmappable.isEmpty() &&
               open.isEmpty() && closed.isEmpty();
    }
};
