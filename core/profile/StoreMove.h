#pragma once

#include "store/StoreMigration.h"

#include <QCoreApplication>
#include <QString>

// Moving a profile's store to another place (a new SQLite file, an empty PostgreSQL database) from the Settings
// page: the checks `boekhoudbrug-cli store migrate` makes before it copies, then the same StoreMigration (every
// table copied, counts and checksums compared). Switching the profile to the copy is the caller's, and only when
// the outcome is ok; the old store is left as it was.
class StoreMove
{
    Q_DECLARE_TR_FUNCTIONS(StoreMove)

public:
    // Why the store at `from` cannot move to `to` (empty when it can): a password in the URL, the same place, a
    // file that exists already.
    static QString problem(const QString& from, const QString& to);
    // Opens both and copies. Takes a while on a big store: call it on a worker thread (the connections are that
    // thread's); `progress` is called on it too.
    static StoreMigration::Outcome copy(const QString& from, const QString& to,
                                        const StoreMigration::Progress& progress = {});
};
