#pragma once

#include "shop/PullSink.h"

class Database;

// The local store as the destination of a shop pull (see PullSink for the contract). A page is written in
// one SQLite transaction: its documents, customers, unmappable records, open orders and watermark, or
// nothing. One deliberate exception to "the latest state wins": a document already posted to
// e-Boekhouden (or in flight) is left as it was booked (see DocumentRepository).
class StorePullSink : public PullSink
{
public:
    explicit StorePullSink(const Database& database);

    std::optional<Watermark> watermark(const QString& platform, const QString& resource) override;
    bool storePage(const PulledPage& page) override;
    QList<QString> openDocuments(const QString& platform, const QString& resource) override;

private:
    bool storeRecords(const PulledPage& page);

    const Database& m_database;
};
