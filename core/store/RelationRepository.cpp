#include "RelationRepository.h"

#include "Database.h"
#include "logging/Log.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

using SqlValues::text;
using SqlValues::utc;

// The key of the store's settings table (schema step 1) that says when the relations were last imported.
const QString importedAtKey = QStringLiteral("eboekhouden.relations.importedAt");

const QString columns = QStringLiteral("eboekhouden_id, code, kind, name, contact, email, vat_number, country");

Relation fromRow(const QSqlQuery& q)
{
    Relation relation;
    relation.id = q.value(0).toLongLong();
    relation.code = q.value(1).toString();
    relation.kind = Relation::kindFromCode(q.value(2).toString());
    relation.name = q.value(3).toString();
    relation.contact = q.value(4).toString();
    relation.emailAddress = q.value(5).toString();
    relation.vatNumber = q.value(6).toString();
    relation.country = q.value(7).toString();
    return relation;
}

} // namespace

RelationRepository::RelationRepository(const Database& database)
    : m_database(database)
{}

bool RelationRepository::save(const QList<Relation>& relations, const QDateTime& at)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        Log::error(QStringLiteral("Store: relations: %1").arg(db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO relations (eboekhouden_id, code, kind, name, contact, email, vat_number, country, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (eboekhouden_id) DO UPDATE SET code = excluded.code, kind = excluded.kind, "
        "  name = excluded.name, contact = excluded.contact, email = excluded.email, "
        "  vat_number = excluded.vat_number, country = excluded.country, imported_at = excluded.imported_at"));
    for (const Relation& relation : relations) {
        if (relation.id <= 0)
            continue; // never a relation without e-Boekhouden's id (API-eboekhouden.md C5)
        for (const QVariant& value :
             QVariantList{relation.id, text(relation.code), Relation::kindCode(relation.kind), text(relation.name),
                          text(relation.contact), text(relation.emailAddress.trimmed()), text(relation.vatNumber),
                          text(relation.country.toUpper()), utc(at)})
            q.addBindValue(value);
        if (!q.exec()) {
            Log::error(QStringLiteral("Store: relation %1: %2").arg(relation.id).arg(q.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool RelationRepository::remember(const Relation& relation, const QString& shopKey)
{
    if (!save({relation}))
        return false;
    if (shopKey.isEmpty())
        return true;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE relations SET shop_key = ? WHERE eboekhouden_id = ?"));
    q.addBindValue(shopKey);
    q.addBindValue(relation.id);
    if (!q.exec()) {
        Log::error(QStringLiteral("Store: relation %1 shop key: %2").arg(relation.id).arg(q.lastError().text()));
        return false;
    }
    return true;
}

bool RelationRepository::forget(qint64 eboekhoudenId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM relations WHERE eboekhouden_id = ?"));
    q.addBindValue(eboekhoudenId);
    if (!q.exec()) {
        Log::error(QStringLiteral("Store: forgetting relation %1: %2").arg(eboekhoudenId).arg(q.lastError().text()));
        return false;
    }
    return true;
}

QList<Relation> RelationRepository::findWhere(const QString& condition, const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM relations WHERE %2 ORDER BY eboekhouden_id").arg(columns, condition));
    for (const QVariant& value : values)
        q.addBindValue(value);
    QList<Relation> found;
    if (!q.exec()) {
        Log::error(QStringLiteral("Store: relations: %1").arg(q.lastError().text()));
        return found;
    }
    while (q.next())
        found.append(fromRow(q));
    return found;
}

QList<Relation> RelationRepository::allByEmail(const QString& email) const
{
    if (email.trimmed().isEmpty())
        return {};
    return findWhere(QStringLiteral("lower(email) = lower(?)"), {email.trimmed()});
}

std::optional<Relation> RelationRepository::findByEmail(const QString& email) const
{
    const QList<Relation> found = allByEmail(email);
    return found.isEmpty() ? std::nullopt : std::optional<Relation>(found.first());
}

std::optional<Relation> RelationRepository::findByCode(const QString& code) const
{
    if (code.trimmed().isEmpty())
        return std::nullopt;
    const QList<Relation> found = findWhere(QStringLiteral("lower(code) = lower(?)"), {code.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional<Relation>(found.first());
}

std::optional<Relation> RelationRepository::findByShopKey(const QString& shopKey) const
{
    if (shopKey.isEmpty())
        return std::nullopt;
    const QList<Relation> found = findWhere(QStringLiteral("shop_key = ?"), {shopKey});
    return found.isEmpty() ? std::nullopt : std::optional<Relation>(found.first());
}

QString RelationRepository::shopKeyOf(qint64 eboekhoudenId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT shop_key FROM relations WHERE eboekhouden_id = ?"));
    q.addBindValue(eboekhoudenId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool RelationRepository::contains(qint64 eboekhoudenId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM relations WHERE eboekhouden_id = ?"));
    q.addBindValue(eboekhoudenId);
    return q.exec() && q.next();
}

QSet<QString> RelationRepository::codes() const
{
    QSet<QString> codes;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT code FROM relations WHERE code <> ''")))
        return codes;
    while (q.next())
        codes.insert(q.value(0).toString());
    return codes;
}

QSet<qint64> RelationRepository::ids() const
{
    QSet<qint64> ids;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT eboekhouden_id FROM relations")))
        return ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

int RelationRepository::count() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM relations")) && q.next() ? q.value(0).toInt() : 0;
}

QDateTime RelationRepository::importedAt() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(importedAtKey);
    if (!q.exec() || !q.next())
        return {};
    return SqlValues::fromUtc(q.value(0));
}

bool RelationRepository::setImportedAt(const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(importedAtKey);
    q.addBindValue(utc(at));
    return q.exec();
}
