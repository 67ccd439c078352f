#pragma once

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
    QString message;        // what happened and what to do, in the user's language
    bool success = false;
    QDateTime createdAt; // UTC
};
