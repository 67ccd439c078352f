#pragma once

#include "PageCache.h"
#include "store/SyncLogRepository.h"

#include <QAbstractTableModel>

// One of the three Synchronisation Logs grids (invoice, credit memo, customer), paged in SQL.
// Columns as seed 001: ID, Order, Invoice ID / Creditmemo ID, Message, Date Created, Platform, Success (the
// customer log has no Order and document columns, and names its customer instead), then the number of attempts.
// Messages are shown in the current language (LogMessage), whatever language they were written in.
class SyncLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Id,
        Order,
        Document,
        Customer,
        Message,
        Date,
        Platform,
        Success,
        Attempts,
    };

    SyncLogTableModel(const Database& database, SyncLogEntry::Kind kind, QObject* parent = nullptr);

    void setFilter(const SyncLogRepository::Filter& filter);
    const SyncLogRepository::Filter& filter() const { return m_filter; }
    void refresh();

    // The section of `column` in this log, or -1 when this log has no such column.
    int section(Column column) const;
    Column columnAt(int section) const;
    // The row's entry (nullptr past the end).
    const SyncLogEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Nina Nieuw <nina@example.nl>", or the document the row was written for when it names no customer.
    static QString customerText(const SyncLogEntry& entry);

private:
    QList<Column> m_columns;
    SyncLogRepository m_repository;
    SyncLogRepository::Filter m_filter;
    int m_count = 0;
    mutable PageCache<SyncLogEntry> m_pages;
};
