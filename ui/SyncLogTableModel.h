#pragma once

#include "PageCache.h"
#include "store/SyncLogRepository.h"

#include <QAbstractTableModel>

// One of the three Synchronisation Logs grids (invoice, credit memo, customer), paged in SQL.
// Columns as seed 001: ID, Order, Invoice ID / Creditmemo ID, Message, Date Created, Platform, Success
// (the customer log has no Order and document columns).
class SyncLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    SyncLogTableModel(const Database& database, SyncLogEntry::Kind kind, QObject* parent = nullptr);

    void setFilter(const SyncLogRepository::Filter& filter);
    const SyncLogRepository::Filter& filter() const { return m_filter; }
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Column
    {
        Id,
        Order,
        Document,
        Message,
        Date,
        Platform,
        Success,
    };
    Column columnAt(int section) const;

    SyncLogRepository m_repository;
    SyncLogRepository::Filter m_filter;
    int m_count = 0;
    mutable PageCache<SyncLogEntry> m_pages;
};
