#pragma once

#include <QCoreApplication>
#include <QList>

class Database;

// What the bookkeeper decides about documents by hand, in the grid or the CLI. "Booked by hand" is for a
// document that is in e-Boekhouden already (a self-numbered invoice whose answer was lost and that the
// bookkeeper found there, an order PrestaShop split over two invoices): it becomes skipped and no sync
// touches it again. Offering again (Reprocess) undoes that, and brings failed documents back after a fix.
class ManualBooking
{
    Q_DECLARE_TR_FUNCTIONS(ManualBooking)

public:
    // Failed, waiting and unreadable documents become skipped, each with one sync log row. Booked ones and
    // ones a sync is busy with are left alone. Returns the ids that changed.
    static QList<qint64> markBookedByHand(const Database& database, const QString& platform, const QList<qint64>& ids);
    // Failed and skipped documents go back to waiting (an unreadable one to unreadable, with its reason).
    // Returns the ids now waiting, to be pushed.
    static QList<qint64> offerAgain(const Database& database, const QList<qint64>& ids);
};
