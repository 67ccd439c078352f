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
    if (kind == SyncLogEntry::Kind::Customer)
        m_columns = {Column::Id,       Column::Customer, Column::Message, Column::Date,
                     Column::Platform, Column::Success,  Column::Attempts};
    else
        m_columns = {Column::Id,   Column::Order,    Column::Document, Column::Message,
                     Column::Date, Column::Platform, Column::Success,  Column::Attempts};
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
    return parent.isValid() ? 0 : int(m_columns.size());
}

int SyncLogTableModel::section(Column column) const
{
    return int(m_columns.indexOf(column));
}

SyncLogTableModel::Column SyncLogTableModel::columnAt(int section) const
{
    return m_columns.value(section, Column::Id);
}

const SyncLogEntry* SyncLogTableModel::entry(int row) const
{
    return row >= 0 && row < m_count ? m_pages.row(row) : nullptr;
}

QString SyncLogTableModel::customerText(const SyncLogEntry& entry)
{
    if (!entry.customerName.isEmpty() && !entry.customerEmail.isEmpty())
        return tr("%1 <%2>").arg(entry.customerName, entry.customerEmail);
    if (!entry.customerName.isEmpty() || !entry.customerEmail.isEmpty())
        return entry.customerName + entry.customerEmail;
    // Written while booking a document whose customer is not in the store (no e-mail address, say).
    if (!entry.documentNumber.isEmpty())
        return tr("Customer of %1").arg(entry.documentNumber);
    return {};
}

QVariant SyncLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const SyncLogEntry* entry = this->entry(index.row());
    if (!entry)
        return {};
    const Column column = columnAt(index.column());
    const QString successText = entry->success ? tr("Yes") : tr("No");
    if (column == Column::Success) {
        // An icon, as seed 001's green check and red cross; the words for the tooltip and screen readers.
        switch (role) {
        case Qt::DecorationRole:
            return SyncStateText::icon(entry->success ? SyncState::Posted : SyncState::Failed);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return entry->success ? tr("Successful") : tr("Failed");
        case Qt::UserRole:
            return entry->success;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Message)
        return entry->message.text();
    if (role == Qt::TextAlignmentRole && (column == Column::Id || column == Column::Attempts))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Id:
        return entry->id;
    case Column::Order:
        return entry->orderNumber;
    case Column::Document:
        return entry->documentNumber;
    case Column::Customer:
        return customerText(*entry);
    case Column::Message:
        return entry->message.text();
    case Column::Date:
        return QLocale().toString(entry->createdAt.toLocalTime(), QLocale::ShortFormat);
    case Column::Platform:
        return entry->platform;
    case Column::Success:
        return successText;
    case Column::Attempts:
        return entry->attempts;
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
    case Column::Customer:
        return tr("Customer");
    case Column::Message:
        return tr("Message");
    case Column::Date:
        return m_filter.kind == SyncLogEntry::Kind::Customer ? tr("Date") : tr("Date Created");
    case Column::Platform:
        return tr("Platform");
    case Column::Success:
        return tr("Success");
    case Column::Attempts:
        return tr("Attempts");
    }
    return {};
}
