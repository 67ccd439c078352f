#include "VatMappingModel.h"

#include "store/VatMappingRepository.h"

namespace {

VatMappingValidator::Field fieldOf(int column)
{
    using Field = VatMappingValidator::Field;
    switch (column) {
    case VatMappingModel::Rate:
        return Field::Rate;
    case VatMappingModel::Class:
        return Field::Class;
    case VatMappingModel::Country:
        return Field::Country;
    case VatMappingModel::VatCodeColumn:
        return Field::VatCode;
    case VatMappingModel::RevenueLedger:
        return Field::RevenueLedger;
    case VatMappingModel::VatLedger:
        return Field::VatLedger;
    default:
        return Field::None;
    }
}

} // namespace

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
            return ledgerText(row.revenueLedger);
        case VatLedger:
            return ledgerText(row.vatLedger);
        default:
            return {};
        }
    }
    if (role == ProblemRole)
        return problemsOf(index);
    if (role == Qt::ToolTipRole) {
        if (const QString problems = problemsOf(index); !problems.isEmpty())
            return problems;
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
    // The row's outlines go with the edit: the page checks again and shows what is still wrong.
    clearProblemsOfRow(index.row());
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1),
                     {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, ProblemRole});
    emit edited();
    return true;
}

bool VatMappingModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    m_problems.clear(); // the row numbers moved; the page checks again
    endRemoveRows();
    emit edited();
    return true;
}

void VatMappingModel::setRows(const QList<VatMappingRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    m_problems.clear();
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

void VatMappingModel::setLedgers(const QList<Ledger>& ledgers)
{
    m_ledgers = ledgers;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, RevenueLedger), index(rowCount() - 1, VatLedger), {Qt::DisplayRole});
}

void VatMappingModel::setProblems(const QList<VatMappingValidator::Problem>& problems)
{
    m_problems = problems;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole, ProblemRole});
}

QString VatMappingModel::problemsOf(const QModelIndex& index) const
{
    QStringList texts;
    const VatMappingValidator::Field field = fieldOf(index.column());
    for (const VatMappingValidator::Problem& problem : m_problems)
        if (problem.row == index.row() && problem.field == field)
            texts.append(problem.text);
    return texts.join(u'\n');
}

QString VatMappingModel::ledgerText(const QString& code) const
{
    for (const Ledger& ledger : m_ledgers)
        if (!code.isEmpty() && ledger.code == code)
            return tr("%1 – %2").arg(ledger.code, ledger.description);
    return code;
}

void VatMappingModel::clearProblemsOfRow(int row)
{
    m_problems.removeIf([row](const VatMappingValidator::Problem& p) { return p.row == row; });
}
