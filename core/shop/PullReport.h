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
    int total(int ResourcePullReport::*field) const
    {
        int sum = 0;
        for (const auto& resource : resources)
            sum += resource.*field;
        return sum;
    }
};
