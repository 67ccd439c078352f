#pragma once

#include <QString>

#include <optional>

// Where a document is on its way to e-Boekhouden. Every change is committed before the next call to the
// service, so after a crash the state says exactly what may have happened: "in flight" means the call
// may or may not have reached e-Boekhouden, and the document is looked up by its number before retrying.
enum class SyncState
{
    Pending,    // waiting to be posted
    InFlight,   // a call to e-Boekhouden is (or was, before a crash) under way
    Posted,     // booked; the e-Boekhouden id and number are recorded
    Failed,     // refused or not postable; the message says what to fix
    Skipped,    // deliberately not booked by Boekhoudbrug: the bookkeeper booked it by hand (ManualBooking)
    Unmappable, // the shop's data could not be read; the problem says why
};

QString syncStateName(SyncState state);
std::optional<SyncState> syncStateFromName(const QString& name);
