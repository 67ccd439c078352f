#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

class Database;

// A list e-Boekhouden gave (ledgers, invoice templates), kept in the store's settings table as one JSON row
// plus the time it was read, written in one transaction. The repositories of the lists say what an item is.
class KeptList
{
public:
    KeptList(const Database& database, QString key);

    // Replaces the kept list; false when the store refuses.
    bool save(const QJsonArray& items, const QDateTime& listedAt);
    // Empty while e-Boekhouden has never been asked.
    QJsonArray load() const;
    // When it was read from e-Boekhouden; invalid when never.
    QDateTime listedAt() const;

private:
    QString value(const QString& key) const;

    const Database& m_database;
    QString m_key;
};
