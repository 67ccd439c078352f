#pragma once

#include "money/Money.h"

#include <QSet>
#include <QString>

#include <optional>

// What the builder needs to know about the administration's current state, looked up by the caller (the
// sync engine) so that the builder itself stays pure.
struct BookingContext
{
    QString relationCode;                   // the matched debtor's code; empty = the customer's or a new one
    QSet<QString> existingRelationCodes;    // for a new debtor's code
    QSet<QString> postedInvoiceNumbers;     // numbers already in e-Boekhouden: never post one twice
    QString postedInvoiceNumber;            // payments: the number the invoice got in e-Boekhouden
    std::optional<Money> outstandingAmount; // payments: what the outstanding item still asks
};
