#pragma once

#include <QString>

// A shop order that is not (yet) in a bookable state. The store remembers it so that every pull checks it
// again, whether or not the shop touched its change date.
struct OpenDocument
{
    QString resource; // "orders"
    QString shopId;
    QString status; // the shop's state, for the grid ("Awaiting bank wire payment")
};
