#pragma once

#include "EmulatorState.h"

#include <QJsonObject>
#include <QString>

// The emulator's administration as a JSON file, so the demo keeps its relations and bookings between runs
// (`boekhoudbrug-sandbox-eboekhouden --state FILE`). Amounts are written as decimal text ("121.00"), never as
// JSON numbers: they would pass through a double on the way back in. Access tokens and sessions are not kept:
// the command line gives those each time.
class EmulatorStateFile
{
public:
    static constexpr int formatVersion = 1;

    static QJsonObject toJson(const EmulatorState& state);
    // Replaces `state` entirely; on error leaves it untouched and says why.
    static bool fromJson(const QJsonObject& json, EmulatorState& state, QString* why);

    static bool save(const EmulatorState& state, const QString& path, QString* why = nullptr);
    static bool load(const QString& path, EmulatorState& state, QString* why = nullptr);
};
