#pragma once

#include "PullReport.h"
#include "PullSink.h"
#include "ShopConnectionTest.h"

#include <QDate>
#include <QString>
#include <QStringList>

// A read-only connection to one webshop. A connector never writes to the shop.
//
// The calls block: they run the network in a local event loop and are meant for the sync engine's worker
// thread (or the CLI), never for the GUI thread.
class ShopConnector
{
public:
    virtual ~ShopConnector() = default;

    virtual QString platform() const = 0;      // "magento", "prestashop"
    virtual QStringList resources() const = 0; // the watermark keys of an incremental pull

    // Pulls everything changed since each resource's watermark into the sink, page by page, and re-checks the
    // open orders. Safe to call again after a crash or an error: it resumes from the stored watermarks.
    virtual PullReport pull(PullSink& sink) = 0;

    // Pulls every document created on the shop's local dates from..until (inclusive), whatever the
    // watermarks say. Resumable like pull(); it does not move the incremental watermarks.
    virtual PullReport backfill(PullSink& sink, const QDate& from, const QDate& until) = 0;

    // One small authenticated request that proves the address and the keys (the setup wizard's "Test").
    virtual ShopConnectionTest testConnection() = 0;
};
