#pragma once

#include "domain/CreditMemo.h"
#include "domain/SalesDocument.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// The full shop document as stored in documents.payload, so a posting can be rebuilt from the store
// without asking the shop again. Amounts are decimal strings ("119.90"): exact, and readable in the file.
class DocumentJson
{
public:
    static QJsonObject toJson(const SalesDocument& document, const QString& creditedInvoiceShopId = {},
                              const QString& creditedInvoiceNumber = {});
    static QByteArray toBytes(const SalesDocument& document);
    static QByteArray toBytes(const CreditMemo& memo);

    // A SalesDocument from its payload; for credit memos, fromBytesAsCreditMemo keeps the invoice reference.
    static std::optional<SalesDocument> fromBytes(const QByteArray& payload);
    static std::optional<CreditMemo> fromBytesAsCreditMemo(const QByteArray& payload);

    static QJsonObject customerToJson(const Customer& customer);
    static Customer customerFromJson(const QJsonObject& object);
};
