#pragma once

#include <QList>
#include <QString>

// What a pull did, per resource, for the synchronisation log and the CLI.
struct ResourcePullReport
{
    QString resource;
    int pages = 0;   // pages stored
    int fetched = 0; // documents received from the shop
    int invoices = 0;
    int creditMemos = 0;
    int customers = 0;
    int unmappable = 0;
    int open = 0;
    bool ok = true;
    QString error; // translated; set when the resource stopped early (shop unreachable, store refused, ...)
    // The shop refused the key for it (HTTP 401/403): no retry helps, a person must fix the key.
    bool keyRefused = false;
};

struct PullReport
{
    QList<ResourcePullReport> resources;

    bool ok() const
    {
        for (const auto& resource : resources)
            if (!resource.ok)
                return false;
        return true;
    }
    bool keyRefused() const
    {
        for (const auto& resource : resources)
            if (resource.keyRefused)
                return true;
        return false;
    }
    int total(int ResourcePullReport::*field) const
    {
        int sum = 0;
        for (const auto& resource : resources)
            sum += resource.*field;
        return sum;
    }
};
