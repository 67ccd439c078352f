#include "DebtorCache.h"

std::unique_lock<std::mutex> DebtorCache::lock(const QString& name)
{
    std::shared_ptr<std::mutex> named;
    {
        const std::lock_guard guard(m_mutex);
        std::shared_ptr<std::mutex>& slot = m_locks[name];
        if (!slot)
            slot = std::make_shared<std::mutex>();
        named = slot;
    }
    // The map keeps the mutex alive for the run; the lock is taken outside m_mutex so others are not held up.
    return std::unique_lock<std::mutex>(*named);
}

std::optional<Relation> DebtorCache::find(const QString& key) const
{
    const std::lock_guard guard(m_mutex);
    const auto it = m_relations.constFind(key);
    return it == m_relations.cend() ? std::nullopt : std::optional<Relation>(*it);
}

void DebtorCache::remember(const QString& key, const Relation& relation)
{
    const std::lock_guard guard(m_mutex);
    m_relations.insert(key, relation);
}

void DebtorCache::forget(qint64 relationId)
{
    const std::lock_guard guard(m_mutex);
    for (auto it = m_relations.begin(); it != m_relations.end();)
        it = it.value().id == relationId ? m_relations.erase(it) : std::next(it);
}

std::optional<QSet<QString>> DebtorCache::knownCodes() const
{
    const std::lock_guard guard(m_mutex);
    return m_codes;
}

void DebtorCache::setKnownCodes(const QSet<QString>& codes)
{
    const std::lock_guard guard(m_mutex);
    m_codes = QSet<QString>();
    for (const QString& code : codes)
        m_codes->insert(code.toCaseFolded());
}

void DebtorCache::addKnownCode(const QString& code)
{
    const std::lock_guard guard(m_mutex);
    if (m_codes)
        m_codes->insert(code.toCaseFolded());
}

void DebtorCache::clear()
{
    const std::lock_guard guard(m_mutex);
    m_codes.reset();
    m_locks.clear();
    m_relations.clear();
}
