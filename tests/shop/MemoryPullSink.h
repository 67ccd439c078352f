#pragma once

#include "PullSink.h"

#include <QHash>
#include <QMap>
#include <QSet>

// The PullSink contract (core/shop/PullSink.h) in memory, for tests: upserts keyed by (platform, kind, shop
// id), the latest of mapped/unmappable wins, open orders until closed, and a watermark that only ever moves
// together with its page. refuseStore(n) makes the n-th storePage() call fail without applying anything, as a
// crashed or full store would.
class MemoryPullSink : public PullSink
{
public:
    std::optional<Watermark> watermark(const QString& platform, const QString& resource) override
    {
        const QString key = platform + u'|' + resource;
        if (!m_watermarks.contains(key))
            return std::nullopt;
        return m_watermarks.value(key);
    }

    bool storePage(const PulledPage& page) override
    {
        ++m_calls;
        if (m_refuseAt > 0 && m_calls == m_refuseAt)
            return false; // nothing applied: all or nothing
        for (const Invoice& invoice : page.invoices) {
            const QString k = key(page.platform, ShopRecordKind::Invoice, invoice.shopId);
            ++m_writes[k];
            invoices.insert(k, invoice);
            unmappable.remove(k);
        }
        for (const CreditMemo& memo : page.creditMemos) {
            const QString k = key(page.platform, ShopRecordKind::CreditMemo, memo.shopId);
            ++m_writes[k];
            creditMemos.insert(k, memo);
            unmappable.remove(k);
        }
        for (const Customer& customer : page.customers) {
            const QString k = key(page.platform, ShopRecordKind::Customer, customer.shopId);
            customers.insert(k, customer);
            unmappable.remove(k);
        }
        for (const UnmappableDocument& document : page.unmappable) {
            const QString k = key(page.platform, document.kind, document.shopId);
            unmappable.insert(k, document);
            invoices.remove(k);
            creditMemos.remove(k);
            customers.remove(k);
        }
        for (const OpenDocument& document : page.open)
            m_open[page.platform + u'|' + page.resource].insert(document.shopId);
        for (const QString& shopId : page.closed)
            m_open[page.platform + u'|' + page.resource].remove(shopId);
        if (page.watermark) {
            const QString k = page.platform + u'|' + page.resource;
            // The watermark never moves backwards: a page older than the stored watermark is a connector bug.
            if (m_watermarks.contains(k) && *page.watermark < m_watermarks.value(k))
                ++watermarkRegressions;
            m_watermarks.insert(k, *page.watermark);
        }
        ++pagesStored;
        return true;
    }

    QList<QString> openDocuments(const QString& platform, const QString& resource) override
    {
        const QSet<QString> open = m_open.value(platform + u'|' + resource);
        return QList<QString>(open.begin(), open.end());
    }

    void refuseStore(int call) { m_refuseAt = m_calls + call; }
    int storeCalls() const { return m_calls; }
    int writesOf(const QString& platform, ShopRecordKind kind, const QString& shopId) const
    {
        return m_writes.value(key(platform, kind, shopId));
    }

    static QString key(const QString& platform, ShopRecordKind kind, const QString& shopId)
    {
        return platform + u'|' + QString::number(int(kind)) + u'|' + shopId;
    }

    QMap<QString, Invoice> invoices;
    QMap<QString, CreditMemo> creditMemos;
    QMap<QString, Customer> customers;
    QMap<QString, UnmappableDocument> unmappable;
    int pagesStored = 0;
    int watermarkRegressions = 0;

private:
    QHash<QString, Watermark> m_watermarks;
    QHash<QString, QSet<QString>> m_open;
    QHash<QString, int> m_writes;
    int m_calls = 0;
    int m_refuseAt = 0;
};
