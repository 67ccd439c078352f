#pragma once

#include "PageCache.h"
#include "store/DocumentQuery.h"

#include <QAbstractTableModel>

// The Invoices / Credit Memos grid's model. It counts and pages in SQL (DocumentQuery) and keeps only a few
// pages of rows in memory, so a million documents open and scroll without a pause.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; // the SyncState, as an int

    DocumentTableModel(const Database& database, DocumentKind kind, QObject* parent = nullptr);

    void setFilter(const DocumentFilter& filter);
    const DocumentFilter& filter() const { return m_filter; }
    // Re-reads the current page after the store changed (a sync, a push).
    void refresh();
    // Re-reads one document's row where it is on screen (a sync booked it), without touching the others or the
    // selection. A document the grid has not loaded is left for the next refresh.
    void refreshDocument(qint64 documentId);
    // The row of a document among the rows loaded so far; -1 when it is not (or no longer) among them.
    int loadedRowOf(qint64 documentId) const;
    // The filtered documents' count and sums (signed as the grid shows them: a credit memo negative).
    DocumentQuery::Totals totals() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    qint64 documentId(int row) const;

    // The Payment column's words for a payment state.
    static QString paymentText(PaymentState state);

private:
    const DocumentRow* rowAt(int row) const;
    QString signedEuros(Money amount) const;

    DocumentQuery m_query;
    DocumentFilter m_filter;
    DocumentQuery::Column m_sortColumn = DocumentQuery::Column::Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    DocumentQuery::Totals m_totals;
    int m_count = 0;
    mutable PageCache<DocumentRow> m_pages;
};
