#pragma once

#include "DocumentFilter.h"
#include "DocumentRow.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

// Filters, sorts and pages the documents table in SQL, so a grid over a million documents only ever
// holds the page on screen.
class DocumentQuery
{
public:
    enum class Column
    {
        Number,
        OrderNumber,
        Date,
        Customer,
        Email,
        Company,
        VatNumber,
        Country,
        Website,
        TotalExcl,
        TotalVat,
        TotalIncl,
        State,
        EboekhoudenNumber,
        Message,
        Payment,         // the payment's (a credit memo: the refund's) state
        CreditedInvoice, // a credit memo: the invoice it credits
    };
    static constexpr int columnCount = 17;

    // The documents a filter selects and their sums, for the line under the grid ("12 of 450").
    struct Totals
    {
        int count = 0;
        Money excl;
        Money vat;
        Money incl;
    };
    // A document that needs the bookkeeper, for the Dashboard's list of the last failures.
    struct Attention
    {
        qint64 id = 0;
        DocumentKind kind = DocumentKind::Invoice;
        QString number;
        SyncState state = SyncState::Failed;
        QString message;
        QDateTime changedAt; // UTC
    };

    explicit DocumentQuery(const Database& database);

    int count(const DocumentFilter& filter) const;
    // Counted and summed in SQL, not by walking the model's rows (a filter may select a million).
    Totals totals(const DocumentFilter& filter) const;
    // The failed and unreadable documents of a kind: the "Needs attention (n)" filter and the navigation.
    int needsAttention(DocumentKind kind) const;
    // Invoices and credit memos that need attention, the most recently changed first.
    QList<Attention> latestNeedingAttention(int limit) const;
    // Documents booked from `from` up to `until` (UTC, the end excluded), both kinds: "booked today".
    int bookedBetween(const QDateTime& from, const QDateTime& until) const;
    // One document's row as the grid shows it, to update that row alone during a sync.
    std::optional<DocumentRow> row(qint64 id) const;
    QList<DocumentRow> page(const DocumentFilter& filter, Column sortColumn, Qt::SortOrder order, int offset,
                            int limit) const;
    // Every document the filter selects, in date order: "push everything filtered".
    QList<qint64> ids(const DocumentFilter& filter) const;
    // The distinct websites and countries present, for the filter bar's drop-downs.
    QStringList websites(DocumentKind kind) const;
    QStringList countries(DocumentKind kind) const;
    // The payment methods the documents and their payments name, as the bank ledgers are chosen by them (a
    // payment's own method wins over its document's when booking, so both are listed).
    QStringList paymentMethods() const;
    // The plans the store chooses for a filter's count and for its first page in the grid's default order
    // (newest first), one line a step (SqlDialect::explain): whether a search uses its index.
    QStringList plan(const DocumentFilter& filter) const;

private:
    QList<DocumentRow> select(const QString& where, const QString& orderAndLimit, const QVariantList& values) const;
    QStringList distinct(const QString& column, DocumentKind kind) const;

    const Database& m_database;
};
