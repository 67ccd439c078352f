#pragma once

#include "eboekhouden/Ledger.h"
#include "KeptList.h"

#include <QDateTime>
#include <QList>

class Database;

// The administration's ledgers as e-Boekhouden last listed them (by the setup wizard or a sync), kept in the
// store so the VAT Mapping screen offers them in its drop-downs and checks codes without a network call.
class LedgerRepository
{
public:
    explicit LedgerRepository(const Database& database);

    // Replaces the kept list; returns false (and logs) when the store refuses.
    bool save(const QList<Ledger>& ledgers, const QDateTime& listedAt = QDateTime::currentDateTimeUtc());
    // Empty while e-Boekhouden has never been asked.
    QList<Ledger> load() const;
    // When the kept list was read from e-Boekhouden; invalid when never.
    QDateTime listedAt() const;

private:
    KeptList m_list;
};
