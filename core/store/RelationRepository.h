#pragma once

#include "eboekhouden/Relation.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class Database;

// The relations e-Boekhouden holds, as the last import listed them (RelationImport), plus those a sync created
// or matched since (issue 15 items 3 and 4). A shop customer is matched to them before anything is looked up or
// created, so an administration that moves to Boekhoudbrug does not get its customers twice, and a new debtor's
// code is chosen among their codes. Codes and e-mail addresses compare case-insensitively, as e-Boekhouden does.
class RelationRepository
{
public:
    explicit RelationRepository(const Database& database);

    // Adds or updates each relation by its e-Boekhouden id (keeping the shop key a sync gave it); false (and
    // logged) when the store refuses.
    bool save(const QList<Relation>& relations, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // One relation created or matched by a sync, under the shop key of Magmodules' rule (empty: none).
    bool remember(const Relation& relation, const QString& shopKey = {});

    // A relation e-Boekhouden no longer has (deleted there by hand): gone from the store, so that it is neither
    // matched nor its code counted any more. False (and logged) when the store refuses.
    bool forget(qint64 eboekhoudenId);

    // The relation with this e-mail address (the oldest when several share it); none when unknown.
    std::optional<Relation> findByEmail(const QString& email) const;
    std::optional<Relation> findByCode(const QString& code) const;
    std::optional<Relation> findByShopKey(const QString& shopKey) const;
    // Every relation with this e-mail address, oldest first.
    QList<Relation> allByEmail(const QString& email) const;

    // The shop key a sync gave the relation (Magmodules' rule); empty when none.
    QString shopKeyOf(qint64 eboekhoudenId) const;

    bool contains(qint64 eboekhoudenId) const;
    QSet<QString> codes() const; // as stored, not case-folded
    QSet<qint64> ids() const;
    int count() const;

    // When the relations were last imported from e-Boekhouden; invalid when never.
    QDateTime importedAt() const;
    bool setImportedAt(const QDateTime& at);

private:
    QList<Relation> findWhere(const QString& condition, const QVariantList& values) const;

    const Database& m_database;
};
