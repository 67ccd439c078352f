#pragma once

#include "SalesDocument.h"

#include <QString>

// A shop credit memo (Magento creditmemo, PrestaShop order slip). It refers to the invoice it credits,
// which must be booked first.
struct CreditMemo : SalesDocument
{
    CreditMemo() { kind = DocumentKind::CreditMemo; }

    QString invoiceShopId; // the credited invoice's shop id
    QString invoiceNumber; // the credited invoice's number
};
