#pragma once

#include "vies/ViesResult.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

class Database;

// What VIES said about a document's VAT number, kept with the document (schema step 11): the result of the
// check before booking an ICP sale, for View, the preview and the next document with the same number.
class ViesResultRepository
{
public:
    explicit ViesResultRepository(const Database& database);

    bool record(qint64 documentId, const ViesResult& result);
    // NotChecked when nothing is recorded (or the document is gone).
    ViesResult find(qint64 documentId) const;
    // The latest valid answer for this number given at `since` or later, from any document: a valid number
    // stays valid for the day, so a sync does not ask VIES twice.
    std::optional<ViesResult> latestValid(const QString& vatNumber, const QDateTime& since) const;

private:
    QSqlDatabase db() const;
    const Database& m_database;
};
