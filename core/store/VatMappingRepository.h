#pragma once

#include "money/VatRate.h"
#include "rules/DocumentClass.h"
#include "rules/VatMapping.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

class Database;

// The administration's VAT mapping in the local store, and the shop rates the stored documents use, so the
// VAT Mapping screen can show which rates still need a row before anything is posted.
class VatMappingRepository
{
public:
    explicit VatMappingRepository(const Database& database);

    // The saved rows, in the order they were saved. A row whose VAT code this
    // version does not know is left out and logged: posting must never guess a code.
    VatMapping load() const;
    // The saved mapping, or `fallback` while none is saved: what the bookkeeper saved in the editor always wins.
    VatMapping loadOr(const VatMapping& fallback) const;
    // Replaces the whole mapping in one transaction: either every row is saved or nothing changes.
    bool save(const VatMapping& mapping);
    // The distinct VAT rates of the lines of the stored invoices and credit memos (read from their payload),
    // ascending. Documents whose shop data could not be read are left out.
    QList<VatRate> ratesSeen() const;
    // The same per destination country (ISO code), for a proposal that maps each foreign OSS rate it met.
    QList<std::pair<QString, VatRate>> ratesSeenByCountry() const;

    static QString className(DocumentClass documentClass);
    static std::optional<DocumentClass> classFromName(const QString& name);

private:
    const Database& m_database;
};
