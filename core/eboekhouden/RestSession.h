#pragma once

#include <QString>

// The answer to POST /v1/session.
struct RestSession
{
    QString token;
    int expiresInSeconds = -1; // -1: the reply did not say
};
