#pragma once

#include "FetchedBatch.h"
#include "KeysetQuery.h"
#include "PulledPage.h"

#include <QJsonObject>
#include <QString>

// One pullable resource of one shop: how to ask for a keyset page and how to map what came back (fetching
// whatever else the mapping needs, such as the orders of a page of invoices).
class PageSource
{
public:
    virtual ~PageSource() = default;

    // Fills `batch`, or returns false with a translated error after the client's retries.
    virtual bool fetch(const KeysetQuery& query, FetchedBatch& batch, QString& error) = 0;
    virtual QString timestampOf(const QJsonObject& item, const QString& field) const = 0;
    virtual std::optional<qint64> idOf(const QJsonObject& item) const = 0;
    // Maps the documents into `page` (records, unmappable documents with reasons, open orders). Returns false
    // with an error when related data could not be read: the page is then not stored and the pull stops.
    virtual bool map(const QList<QJsonObject>& items, PulledPage& page, QString& error) = 0;
};
