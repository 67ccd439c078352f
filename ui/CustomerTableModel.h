#pragma once

#include "PageCache.h"
#include "store/CustomerQuery.h"

#include <QAbstractTableModel>

// The Customers grid's model, paged in SQL. "Debtor code" is the e-Boekhouden debtor code and "In e-Boekhouden"
// says whether the customer is a debtor there: empty and "Not yet" until the customer is synced. Headers in the
// bookkeeper's words, not the shop's field names ("Firstname", "Tax VAT Number").
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    CustomerTableModel(const Database& database, QObject* parent = nullptr);

    void setFilter(const CustomerQuery::Filter& filter);
    qint64 customerId(int row) const; // 0 when the row is not loaded

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    CustomerQuery m_query;
    CustomerQuery::Filter m_filter;
    CustomerQuery::Column m_sortColumn = CustomerQuery::Column::Id;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_count = 0;
    mutable PageCache<StoredCustomer> m_pages;
};
