#include "LedgerRepository.h"

#include <QJsonObject>

namespace {

// The key of the store's settings table (schema step 1).
const QString ledgersKey = QStringLiteral("eboekhouden.ledgers");

} // namespace

LedgerRepository::LedgerRepository(const Database& database)
    : m_list(database, ledgersKey)
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
    return m_list.save(list, listedAt);
}

QList<Ledger> LedgerRepository::load() const
{
    QList<Ledger> ledgers;
    for (const QJsonValue& item : m_list.load()) {
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
    return m_list.listedAt();
}
