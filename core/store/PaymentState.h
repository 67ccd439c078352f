#pragma once

#include <QString>

#include <optional>

// Where the payment of a document (the money paid for an invoice, or paid back for a credit memo) is on its way
// to e-Boekhouden. Stored in documents.payment_state; None and Pending are not stored but follow from the
// document: Pending is a paid document whose payment has no outcome yet.
enum class PaymentState
{
    None,           // not paid in the shop (or nothing recorded yet for an unpaid document)
    Pending,        // paid in the shop, not booked yet
    Booked,         // booked as "invoice payment received" (a refund: negative) against its open item
    Failed,         // refused or not bookable; the payment message says what to do
    NotOutstanding, // e-Boekhouden no longer has it open (paid or reconciled there): deliberately not booked
};

// The stored name ('' for None and Pending), and back: `paid` decides between None and Pending for ''.
QString paymentStateName(PaymentState state);
PaymentState paymentStateFromName(const QString& name, bool paid);
