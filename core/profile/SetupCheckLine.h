#pragma once

#include <QString>

// One line of "Check my setup" (SetupCheck): a traffic light, what was checked, and what was found or what to do.
struct SetupCheckLine
{
    enum class Level
    {
        Ok,      // green
        Warning, // amber: works today, needs attention soon
        Problem, // red: documents will not be booked until this is fixed
    };

    Level level = Level::Ok;
    QString subject; // what was checked, e.g. "e-Boekhouden connection"
    QString message; // what was found; for amber and red, what to do
};
