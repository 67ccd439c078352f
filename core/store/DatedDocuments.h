#pragma once

#include <QDate>
#include <QList>

class Database;

// The invoices and credit memos of a period by their document date: what the read-back reconciliation compares
// with e-Boekhouden's bookings of the same dates (issue 16 item 2).
class DatedDocuments
{
public:
    // Ids of the documents dated from `from` up to and including `until`, oldest first.
    static QList<qint64> ids(const Database& database, const QDate& from, const QDate& until);
};
