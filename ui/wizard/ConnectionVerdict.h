#pragma once

#include <QString>

// What a "Test connection" found, ready to show: passed or not, and the sentence that says so.
struct ConnectionVerdict
{
    bool ok = false;
    QString message;
};
