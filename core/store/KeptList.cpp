#include "KeptList.h"

#include "Database.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>

KeptList::KeptList(const Database& database, QString key)
    : m_database(database)
    , m_key(std::move(key))
{}

bool KeptList::save(const QJsonArray& items, const QDateTime& listedAt)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const bool saved =
        SqlValues::execute(q, {m_key, QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))}) &&
        SqlValues::execute(q, {m_key + QStringLiteral(".listed_at"), listedAt.toUTC().toString(Qt::ISODate)});
    if (!saved) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QJsonArray KeptList::load() const
{
    return QJsonDocument::fromJson(value(m_key).toUtf8()).array();
}

QDateTime KeptList::listedAt() const
{
    QDateTime at = QDateTime::fromString(value(m_key + QStringLiteral(".listed_at")), Qt::ISODate);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QString KeptList::value(const QString& key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!SqlValues::execute(q, {key}) || !q.next())
        return {};
    return q.value(0).toString();
}
