#pragma once

#include <QString>

#include <optional>

// One page request of a keyset pull: documents whose `field` lies in [from, until), and when afterId is set
// only those with a larger id, sorted by field then id, the first pageSize of them. Every page is a fresh
// query from the watermark (always the shop's first page) rather than "page k" of one query: offset paging
// over documents that change between requests skips one at every page boundary a changed document leaves.
struct KeysetQuery
{
    QString field; // the shop's timestamp field: updated_at / date_upd, or created_at / date_add for a backfill
    QString from;  // inclusive, "YYYY-MM-DD HH:MM:SS"; empty: no lower bound
    QString until; // exclusive; empty: no upper bound
    std::optional<qint64> afterId;
    int pageSize = 100;
};
