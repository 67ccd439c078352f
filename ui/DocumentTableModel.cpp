#include "DocumentTableModel.h"

#include "MoneyText.h"
#include "SyncStateText.h"

#include <QBrush>
#include <QLocale>

DocumentTableModel::DocumentTableModel(const Database& database, DocumentKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(database)
    , m_pages(
          [this](int offset, int limit) { return m_query.page(m_filter, m_sortColumn, m_sortOrder, offset, limit); })
{
    m_filter.kind = kind;
    m_totals = m_query.totals(m_filter);
    m_count = m_totals.count;
}

void DocumentTableModel::setFilter(const DocumentFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_totals = m_query.totals(m_filter);
    m_count = m_totals.count;
    endResetModel();
}

DocumentQuery::Totals DocumentTableModel::totals() const
{
    if (m_filter.kind != DocumentKind::CreditMemo)
        return m_totals;
    // A credit memo takes money back: its sums read negative, as its rows do.
    DocumentQuery::Totals signedTotals = m_totals;
    signedTotals.excl = -m_totals.excl;
    signedTotals.vat = -m_totals.vat;
    signedTotals.incl = -m_totals.incl;
    return signedTotals;
}

int DocumentTableModel::loadedRowOf(qint64 documentId) const
{
    const int row = m_pages.findLoaded([documentId](const DocumentRow& r) { return r.id == documentId; });
    return row < m_count ? row : -1;
}

void DocumentTableModel::refreshDocument(qint64 documentId)
{
    const int row = loadedRowOf(documentId);
    if (row < 0)
        return;
    const std::optional<DocumentRow> fresh = m_query.row(documentId);
    // Gone from the store, or no longer of this grid: the next refresh sorts it out.
    if (!fresh || !m_pages.replaceLoaded(row, *fresh))
        return;
    emit dataChanged(index(row, 0), index(row, DocumentQuery::columnCount - 1));
}

void DocumentTableModel::refresh()
{
    setFilter(m_filter);
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int DocumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : DocumentQuery::columnCount;
}

const DocumentRow* DocumentTableModel::rowAt(int row) const
{
    return row < m_count ? m_pages.row(row) : nullptr;
}

qint64 DocumentTableModel::documentId(int row) const
{
    const DocumentRow* document = rowAt(row);
    return document ? document->id : 0;
}

QVariant DocumentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const DocumentRow* row = rowAt(index.row());
    if (!row)
        return {};
    using C = DocumentQuery::Column;
    const auto column = static_cast<C>(index.column());

    if (role == IdRole)
        return row->id;
    if (role == StateRole)
        return static_cast<int>(row->state);
    if (role == Qt::ForegroundRole && column == C::State)
        return QBrush(SyncStateText::colour(row->state));
    // Rows that need the bookkeeper stand out over the whole width, not only in the state column (the state's
    // words and icon say the same for those who do not see the tint).
    if (role == Qt::BackgroundRole && (row->state == SyncState::Failed || row->state == SyncState::Unmappable))
        return QBrush(QColor(0xfd, 0xec, 0xea));
    if (role == Qt::DecorationRole && column == C::State)
        return SyncStateText::icon(row->state);
    if (role == Qt::ToolTipRole && (column == C::State || column == C::Message))
        return row->lastMessage;
    if (role == Qt::ToolTipRole && column == C::Payment)
        return row->paymentMessage;
    if (role == Qt::TextAlignmentRole && (column == C::TotalExcl || column == C::TotalVat || column == C::TotalIncl))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};

    switch (column) {
    case C::Number:
        return row->number;
    case C::OrderNumber:
        return row->orderNumber;
    case C::Date:
        return QLocale().toString(row->documentDate, QLocale::ShortFormat);
    case C::Customer:
        return row->customerName;
    case C::Email:
        return row->email;
    case C::Company:
        return row->company;
    case C::VatNumber:
        return row->vatNumber;
    case C::Country:
        return row->countryCode;
    case C::Website:
        return row->website;
    case C::TotalExcl:
        return signedEuros(row->totalExcl);
    case C::TotalVat:
        return signedEuros(row->totalVat);
    case C::TotalIncl:
        return signedEuros(row->totalIncl);
    case C::State:
        return SyncStateText::label(row->state, row->shopStatus);
    case C::EboekhoudenNumber:
        return row->eboekhoudenNumber;
    case C::Message:
        return row->lastMessage;
    case C::Payment:
        return paymentText(row->paymentState);
    case C::CreditedInvoice:
        return row->creditedInvoiceNumber;
    }
    return {};
}

QString DocumentTableModel::paymentText(PaymentState state)
{
    switch (state) {
    case PaymentState::None:
        return tr("Not paid");
    case PaymentState::Pending:
        return tr("To book");
    case PaymentState::Booked:
        return tr("Booked");
    case PaymentState::Failed:
        return tr("Failed");
    case PaymentState::NotOutstanding:
        return tr("Not outstanding");
    }
    return {};
}

QString DocumentTableModel::signedEuros(Money amount) const
{
    // A credit memo takes money back: its amounts read negative, as they are booked.
    return euroText(m_filter.kind == DocumentKind::CreditMemo ? -amount : amount);
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool memo = m_filter.kind == DocumentKind::CreditMemo;
    switch (static_cast<DocumentQuery::Column>(section)) {
    case DocumentQuery::Column::Number:
        return memo ? tr("Credit Memo") : tr("Invoice");
    case DocumentQuery::Column::OrderNumber:
        return tr("Order");
    case DocumentQuery::Column::Date:
        return tr("Date");
    case DocumentQuery::Column::Customer:
        return tr("Customer");
    case DocumentQuery::Column::Email:
        return tr("Email");
    case DocumentQuery::Column::Company:
        return tr("Company");
    case DocumentQuery::Column::VatNumber:
        return tr("VAT Number");
    case DocumentQuery::Column::Country:
        return tr("Country");
    case DocumentQuery::Column::Website:
        return tr("Web Site");
    case DocumentQuery::Column::TotalExcl:
        return tr("Excl. VAT");
    case DocumentQuery::Column::TotalVat:
        return tr("VAT");
    case DocumentQuery::Column::TotalIncl:
        return tr("Incl. VAT");
    case DocumentQuery::Column::State:
        return tr("Status");
    case DocumentQuery::Column::EboekhoudenNumber:
        return tr("e-Boekhouden Number");
    case DocumentQuery::Column::Message:
        return tr("Last Message");
    case DocumentQuery::Column::Payment:
        return m_filter.kind == DocumentKind::CreditMemo ? tr("Refund") : tr("Payment");
    case DocumentQuery::Column::CreditedInvoice:
        return tr("Credits invoice");
    }
    return {};
}

void DocumentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= DocumentQuery::columnCount)
        return;
    beginResetModel();
    m_sortColumn = static_cast<DocumentQuery::Column>(column);
    m_sortOrder = order;
    m_pages.clear();
    endResetModel();
}
