#pragma once

#include <QJsonObject>
#include <QList>

// The raw documents of one keyset page, and whether the shop said nothing more matches the query.
struct FetchedBatch
{
    QList<QJsonObject> items;
    bool lastPage = true;
};
