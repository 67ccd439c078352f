#pragma once

#include "store/StoredDocument.h"
#include "VatPart.h"
#include "vies/ViesResult.h"

#include <QList>
#include <QString>

// One shop document of a report's period, with its parts per VAT code and whether they are in the books.
struct PeriodDocument
{
    enum class Booking
    {
        Booked,          // booked by Boekhoudbrug, for the amount its posting gives: the parts are in the books
        BookedOtherwise, // booked by Boekhoudbrug, but the booking recorded amounts to another sum
        BookedByHand,    // marked as booked by hand: what was booked is not known here
        NotBooked,       // not (yet) booked
        NoPosting,       // cannot be booked as it is (a problem, or the shop's data was unreadable)
        Canceled,        // the shop canceled it: not a sale (API-shops.md S6), and not booked
    };

    StoredDocument stored;
    DocumentClass documentClass = DocumentClass::Domestic;
    QList<VatPart> parts; // the document's posting per VAT code, rate and country; empty for NoPosting
    Booking booking = Booking::NotBooked;
    QString note;      // for the bookkeeper when the document is not simply Booked: what it means, what to do
    QString vatNumber; // the customer's VAT number as the posting sends it (ICP)
    QString name;      // the debtor's name as the posting sends it
    ViesResult vies;   // what VIES said of an ICP sale's VAT number, as kept with the document (schema step 11)

    // Signed as posted (a credit memo negative): the shop's document total excl. and incl. VAT.
    Money signedExcl() const { return isCreditMemo() ? -stored.document.totalExcl : stored.document.totalExcl; }
    Money signedVat() const { return isCreditMemo() ? -stored.document.totalVat : stored.document.totalVat; }
    bool isCreditMemo() const { return stored.document.kind == DocumentKind::CreditMemo; }
};
