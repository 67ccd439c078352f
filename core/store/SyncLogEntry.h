#pragma once

#include "logging/LogMessage.h"

#include <QDateTime>
#include <QString>

// One attempt to book an invoice, credit memo or customer, as the Synchronisation Logs grids show it.
struct SyncLogEntry
{
    enum class Kind
    {
        Invoice,
        CreditMemo,
        Customer,
    };

    qint64 id = 0;
    Kind kind = Kind::Invoice;
    QString platform = QStringLiteral("e-Boekhouden");
    QString orderNumber;    // "Order" column
    QString documentNumber; // "Invoice ID" / "Creditmemo ID" column
    qint64 documentId = 0;  // local documents.id, 0 for customers
    qint64 customerId = 0;  // local customers.id, 0 when not about a customer
    // What happened and what to do: a code with arguments, shown in the reader's language (message.text()); plain
    // text for rows written before the codes.
    LogMessage message;
    bool success = false;
    QDateTime createdAt; // UTC, the first attempt
    // Retries that failed the same way follow each other within minutes: one row, counted (SyncLogRepository).
    int attempts = 1;
    QDateTime lastAttemptAt; // UTC; invalid when there was one attempt
    // Read from the customer the row is about (customerId), for the Customer log; empty when there is none.
    QString customerName;
    QString customerEmail;
};
