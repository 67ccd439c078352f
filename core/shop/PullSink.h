#pragma once

#include "PulledPage.h"
#include "Watermark.h"

#include <QList>
#include <QString>

#include <optional>

// Where a pull puts what it read: the local store (SQLite, core/store) in the product, an in-memory sink in
// the tests. The connectors depend on this seam only.
//
// The contract an implementation must keep, because restart-after-crash correctness rests on it:
//
// watermark(platform, resource)
//   The watermark stored with the last page of that resource that storePage() accepted, or nothing when no
//   page of it was ever stored. `resource` is an opaque key chosen by the connector ("invoices",
//   "creditmemos", "customers", "orders", "order_slip", or "<resource>@backfill:<from>/<until>" for a
//   backfill, which has a watermark of its own so an interrupted backfill resumes too).
//
// storePage(page)
//   Atomic: either everything below happens and true is returned, or nothing happens and false is returned
//   (one SQLite transaction). Never partially.
//   - invoices, creditMemos, customers: upsert keyed by (platform, kind, shopId). A later page's version of a
//     record replaces the earlier one: shops change documents, and a pull restarted after a crash repeats
//     documents; both must leave exactly one record.
//   - unmappable: upsert keyed by (platform, kind, shopId) as well, with payload and reason. Storing a mapped
//     record removes an unmappable record with the same key and vice versa: the latest state wins.
//     A record that was stored mapped and is now unmappable keeps no stale mapped version.
//   - open: remember (platform, resource, shopId) as an open order with its status (upsert).
//     openDocuments() returns it until a page lists its shopId in `closed`.
//   - closed: forget these open orders of (platform, page.resource).
//   - watermark: when set, becomes the value watermark(platform, page.resource) returns, in the same
//     transaction as the records. When not set, the stored watermark does not change.
//   Returning false (disk full, the store closed) makes the connector stop that resource and report it; the
//   next pull resumes from the last stored watermark, so nothing is lost and nothing is stored twice.
//
// openDocuments(platform, resource)
//   The shop ids of the open orders remembered for that resource, in any order.
class PullSink
{
public:
    virtual ~PullSink() = default;

    virtual std::optional<Watermark> watermark(const QString& platform, const QString& resource) = 0;
    virtual bool storePage(const PulledPage& page) = 0;
    virtual QList<QString> openDocuments(const QString& platform, const QString& resource) = 0;
};
