#include "CustomerTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

CustomerTableModel::CustomerTableModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(database)
    , m_pages(
          [this](int offset, int limit) { return m_query.page(m_filter, m_sortColumn, m_sortOrder, offset, limit); })
{
    m_count = m_query.count(m_filter);
}

void CustomerTableModel::setFilter(const CustomerQuery::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_count = m_query.count(m_filter);
    endResetModel();
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : CustomerQuery::columnCount;
}

qint64 CustomerTableModel::customerId(int row) const
{
    if (row < 0 || row >= m_count)
        return 0;
    const StoredCustomer* customer = m_pages.row(row);
    return customer ? customer->id : 0;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const StoredCustomer* row = m_pages.row(index.row());
    if (!row)
        return {};
    const Customer& c = row->customer;
    using C = CustomerQuery::Column;
    const auto column = static_cast<C>(index.column());
    const bool inEBoekhouden = !c.debtorCode.isEmpty() || !row->relationId.isEmpty();
    if (role == Qt::ToolTipRole && !row->problem.isEmpty())
        return row->problem;
    if (role == Qt::ToolTipRole && column == C::InEBoekhouden)
        return inEBoekhouden ? tr("A debtor in e-Boekhouden with code %1; the documents of this customer are "
                                  "booked on it.")
                                   .arg(c.debtorCode.isEmpty() ? tr("(unknown)") : c.debtorCode)
                             : tr("Not in e-Boekhouden yet: the first booking of one of this customer's documents "
                                  "creates the debtor, or Push to e-Boekhouden does it now.");
    if (role == Qt::ForegroundRole && !row->problem.isEmpty())
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ForegroundRole && column == C::InEBoekhouden && inEBoekhouden)
        return QBrush(QColor(0x2e, 0x7d, 0x32));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case C::Id:
        return row->id;
    case C::Website:
        return c.website;
    case C::Company:
        return c.company;
    case C::FirstName:
        return c.firstName;
    case C::LastName:
        return c.lastName;
    case C::Email:
        return c.email;
    case C::VatNumber:
        return c.vatNumber;
    case C::CustomerCode:
        return c.debtorCode;
    case C::Country:
        return c.countryCode;
    case C::CreatedAt:
        return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    case C::UpdatedAt:
        return QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case C::CustomerId:
        return c.shopId;
    case C::Suffix:
        return c.suffix;
    case C::MiddleName:
        return c.middleName;
    case C::InEBoekhouden:
        return inEBoekhouden ? tr("Yes") : tr("Not yet");
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    using C = CustomerQuery::Column;
    switch (static_cast<C>(section)) {
    case C::Id:
        return tr("ID");
    case C::Website:
        return tr("Web site");
    case C::Company:
        return tr("Company");
    case C::FirstName:
        return tr("First name");
    case C::LastName:
        return tr("Last name");
    case C::Email:
        return tr("Email");
    case C::VatNumber:
        return tr("VAT number");
    case C::CustomerCode:
        return tr("Debtor code");
    case C::Country:
        return tr("Country");
    case C::CreatedAt:
        return tr("Created");
    case C::UpdatedAt:
        return tr("Changed");
    case C::CustomerId:
        return tr("Shop customer number");
    case C::Suffix:
        return tr("Suffix");
    case C::MiddleName:
        return tr("Middle name");
    case C::InEBoekhouden:
        return tr("In e-Boekhouden");
    }
    return {};
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= CustomerQuery::columnCount)
        return;
    beginResetModel();
    m_sortColumn = static_cast<CustomerQuery::Column>(column);
    m_sortOrder = order;
    m_pages.clear();
    endResetModel();
}
