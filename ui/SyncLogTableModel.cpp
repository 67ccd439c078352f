#include "SyncLogTableModel.h"

#include "SyncStateText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

SyncLogTableModel::SyncLogTableModel(const Database& database, SyncLogEntry::Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(database)
    , m_pages([this](int offset, int limit) { return m_repository.find(m_filter, limit, offset); })
{
    m_filter.kind = kind;
    m_count = m_repository.count(m_filter);
}

void SyncLogTableModel::setFilter(const SyncLogRepository::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_count = m_repository.count(m_filter);
    endResetModel();
}

void SyncLogTableModel::refresh()
{
    setFilter(m_filter);
}

int SyncLogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int SyncLogTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_filter.kind == SyncLogEntry::Kind::Customer ? 5 : 7;
}

SyncLogTableModel::Column SyncLogTableModel::columnAt(int section) const
{
    // The customer log skips Order and the document column.
    if (m_filter.kind == SyncLogEntry::Kind::Customer && section >= 1)
        section += 2;
    return static_cast<Column>(section);
}

QVariant SyncLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const SyncLogEntry* entry = m_pages.row(index.row());
    if (!entry)
        return {};
    const Column column = columnAt(index.column());
    if (role == Qt::ForegroundRole && column == Column::Success)
        return QBrush(SyncStateText::colour(entry->success ? SyncState::Posted : SyncState::Failed));
    if (role == Qt::DecorationRole && column == Column::Success)
        return SyncStateText::icon(entry->success ? SyncState::Posted : SyncState::Failed);
    if (role == Qt::ToolTipRole && column == Column::Message)
        return entry->message;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Id:
        return entry->id;
    case Column::Order:
        return entry->orderNumber;
    case Column::Document:
        return entry->documentNumber;
    case Column::Message:
        return entry->message;
    case Column::Date:
        return QLocale().toString(entry->createdAt.toLocalTime(), QLocale::ShortFormat);
    case Column::Platform:
        return entry->platform;
    case Column::Success:
        return entry->success ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant SyncLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnAt(section)) {
    case Column::Id:
        return tr("ID");
    case Column::Order:
        return tr("Order");
    case Column::Document:
        return m_filter.kind == SyncLogEntry::Kind::CreditMemo ? tr("Creditmemo ID") : tr("Invoice ID");
    case Column::Message:
        return tr("Message");
    case Column::Date:
        return m_filter.kind == SyncLogEntry::Kind::Customer ? tr("Date") : tr("Date Created");
    case Column::Platform:
        return tr("Platform");
    case Column::Success:
        return tr("Success");
    }
    return {};
}
