#pragma once

#include <QCache>
#include <QList>

#include <functional>

// Rows of a grid fetched a page at a time and kept for a few pages: what lets a model over a million rows
// hold only what is on screen. The fetch function reads one page (offset, limit) from the store.
template <typename Row>
class PageCache
{
public:
    using Fetch = std::function<QList<Row>(int offset, int limit)>;

    explicit PageCache(Fetch fetch, int pageSize = 200, int pagesKept = 16)
        : m_fetch(std::move(fetch))
        , m_pageSize(pageSize)
        , m_pages(pagesKept)
    {}

    const Row* row(int index)
    {
        if (index < 0)
            return nullptr;
        const int page = index / m_pageSize;
        QList<Row>* rows = m_pages.object(page);
        if (!rows) {
            rows = new QList<Row>(m_fetch(page * m_pageSize, m_pageSize));
            m_pages.insert(page, rows);
        }
        const int offset = index % m_pageSize;
        return offset < rows->size() ? &rows->at(offset) : nullptr;
    }

    void clear() { m_pages.clear(); }

    // The index of the first loaded row `matches` accepts, without fetching a page; -1 when none.
    template <typename Match>
    int findLoaded(Match matches) const
    {
        for (int page : m_pages.keys()) {
            const QList<Row>* rows = m_pages.object(page);
            for (int offset = 0; offset < rows->size(); ++offset) {
                if (matches(rows->at(offset)))
                    return page * m_pageSize + offset;
            }
        }
        return -1;
    }

    // Replaces a loaded row (a single row re-read from the store); false when its page is not loaded.
    bool replaceLoaded(int index, const Row& row)
    {
        QList<Row>* rows = index < 0 ? nullptr : m_pages.object(index / m_pageSize);
        if (!rows || index % m_pageSize >= rows->size())
            return false;
        (*rows)[index % m_pageSize] = row;
        return true;
    }

private:
    Fetch m_fetch;
    int m_pageSize;
    QCache<int, QList<Row>> m_pages;
};
