#pragma once

#include "domain/CreditMemo.h"
#include "logging/LogMessage.h"
#include "money/Money.h"
#include "PaymentState.h"
#include "SyncState.h"

#include <QDateTime>
#include <QString>

#include <optional>

// A document as the store holds it: the shop's document plus where it is on its way to e-Boekhouden.
struct StoredDocument
{
    qint64 id = 0;
    CreditMemo document; // for an invoice, the credit memo fields are empty and kind is Invoice
    SyncState state = SyncState::Pending;
    int attempts = 0;
    QString eboekhoudenId;     // mutation or invoice id once posted
    QString eboekhoudenNumber; // the invoice number e-Boekhouden holds it under
    QString lastMessage;       // the last outcome, in the user's language

    QString problem;          // why the shop's data could not be read (Unmappable)
    QDateTime stateChangedAt; // UTC
    bool postSent = false;    // in flight, and the post itself has left (see DocumentRepository::markPostSent)

    // What the booking was made under (kept from the booking on; empty/unset for bookings of older versions):
    // the debtor's e-Boekhouden id and code, and the signed amount incl. VAT (a credit memo negative).
    qint64 bookedRelationId = 0;
    QString bookedRelationCode;
    std::optional<Money> bookedAmount;

    PaymentState paymentState = PaymentState::None;
    QString paymentMessage; // the last outcome of its payment (or refund), in the user's language
    LogMessage payment;     // the same as stored: a message code with its arguments (or, from older rows, text)
};
