#pragma once

#include <QString>

// What a successful connection test proves: the credentials work, and for which administration.
struct ConnectionInfo
{
    QString administrationName;
    QString api; // "REST" or "SOAP"
};
