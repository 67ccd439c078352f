#pragma once

#include "ShopRecordKind.h"

#include <QByteArray>
#include <QString>

// A shop document that could not be turned into a domain record. It is stored, not dropped, so the grid can
// show it with its reason and the bookkeeper can fix the shop data and pull again.
struct UnmappableDocument
{
    ShopRecordKind kind = ShopRecordKind::Invoice;
    QString resource;    // the shop resource it came from ("invoices", "orders", "order_slip", ...)
    QString shopId;      // the shop's id of the document
    QByteArray payload;  // the document as the shop sent it (compact JSON)
    QString reason;      // translated, for the bookkeeper
    QString number = {}; // the shop's document number, when it could be read
    QString status = {}; // the shop's status, when it is why the document is held ("canceled": API-shops.md S6)
};
