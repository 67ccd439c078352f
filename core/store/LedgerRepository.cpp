#include "LedgerRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

// Keys of the store's settings table (schema step 1). A JSON list keeps the whole answer in one row, written
// in one transaction with its time.
const QString ledgersKey = QStringLiteral("eboekhouden.ledgers");
const QString listedAtKey = QStringLiteral("eboekhouden.ledgers.listed_at");

} // namespace

LedgerRepository::LedgerRepository(const Database& database)
    : m_database(database)
{}

bool LedgerRepository::save(const QList<Ledger>& ledgers, const QDateTime& listedAt)
{
    QJsonArray list;
    for (const Ledger& ledger : ledgers)
        list.append(QJsonObject{{QStringLiteral("id"), QString::number(ledger.id)},
                                {QStringLiteral("code"), ledger.code},
                                {QStringLiteral("description"), ledger.description},
                                {QStringLiteral("category"), ledger.category},
                                {QStringLiteral("group"), ledger.group}});
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const bool saved =
        SqlValues::execute(q, {ledgersKey, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))}) &&
        SqlValues::execute(q, {listedAtKey, listedAt.toUTC().toString(Qt::ISODate)});
    if (!saved) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QList<Ledger> LedgerRepository::load() const
{
    QList<Ledger> ledgers;
    const QJsonArray list = QJsonDocument::fromJson(value(ledgersKey).toUtf8()).array();
    for (const QJsonValue& item : list) {
        const QJsonObject object = item.toObject();
        Ledger ledger;
        ledger.id = object.value(QStringLiteral("id")).toString().toLongLong();
        ledger.code = object.value(QStringLiteral("code")).toString();
        ledger.description = object.value(QStringLiteral("description")).toString();
        ledger.category = object.value(QStringLiteral("category")).toString();
        ledger.group = object.value(QStringLiteral("group")).toString();
        ledgers.append(ledger);
    }
    return ledgers;
}

QDateTime LedgerRepository::listedAt() const
{
    QDateTime at = QDateTime::fromString(value(listedAtKey), Qt::ISODate);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QString LedgerRepository::value(const QString& key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!SqlValues::execute(q, {key}) || !q.next())
        return {};
    return q.value(0).toString();
}
