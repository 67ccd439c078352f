#include "VatMappingModel.h"

#include "store/VatMappingRepository.h"

VatMappingModel::VatMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int VatMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VatMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VatMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VatMappingRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rate:
            return VatMappingRow::displayRate(row.rate);
        case Class:
            return VatMappingRow::displayClass(row.documentClass);
        case Country:
            return row.country.isEmpty() ? tr("Any country") : row.country;
        case VatCodeColumn:
            return row.vatCode;
        case RevenueLedger:
            return row.revenueLedger;
        case VatLedger:
            return row.vatLedger;
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Rate:
            return row.rate ? row.rate->toString() : QString();
        case Class:
            return VatMappingRepository::className(row.documentClass);
        case Country:
            return row.country;
        case VatCodeColumn:
            return row.vatCode;
        case RevenueLedger:
            return row.revenueLedger;
        case VatLedger:
            return row.vatLedger;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == VatLedger && row.documentClass == DocumentClass::Oss)
        return tr("The balance ledger the destination country's VAT is booked on.");
    return {};
}

QVariant VatMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rate:
        return tr("Shop rate");
    case Class:
        return tr("Class");
    case Country:
        return tr("Country");
    case VatCodeColumn:
        return tr("VAT code");
    case RevenueLedger:
        return tr("Revenue ledger");
    case VatLedger:
        return tr("VAT ledger");
    default:
        return {};
    }
}

Qt::ItemFlags VatMappingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool VatMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    VatMappingRow& row = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Rate:
        if (!VatMappingRow::parseRate(text, row.rate))
            return false;
        break;
    case Class: {
        const std::optional<DocumentClass> documentClass = VatMappingRepository::classFromName(text);
        if (!documentClass)
            return false;
        row.documentClass = *documentClass;
        break;
    }
    case Country:
        row.country = text.toUpper();
        break;
    case VatCodeColumn:
        row.vatCode = text.toUpper();
        break;
    case RevenueLedger:
        row.revenueLedger = text;
        break;
    case VatLedger:
        row.vatLedger = text;
        break;
    default:
        return false;
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1),
                     {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    emit edited();
    return true;
}

bool VatMappingModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

void VatMappingModel::setRows(const QList<VatMappingRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int VatMappingModel::appendRow(const VatMappingRow& row)
{
    const int number = static_cast<int>(m_rows.size());
    beginInsertRows({}, number, number);
    m_rows.append(row);
    endInsertRows();
    emit edited();
    return number;
}
