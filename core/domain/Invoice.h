#pragma once

#include "SalesDocument.h"

// A shop invoice (or, for shops without invoices, an order in a bookable state).
struct Invoice : SalesDocument
{
    Invoice() { kind = DocumentKind::Invoice; }
};
