#pragma once

#include "DocumentFilter.h"
#include "DocumentRow.h"

#include <QList>
#include <QStringList>

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
        Payment, // the payment's (a credit memo: the refund's) state
    };
    static constexpr int columnCount = 16;

    explicit DocumentQuery(const Database& database);

    int count(const DocumentFilter& filter) const;
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

private:
    QStringList distinct(const QString& column, DocumentKind kind) const;

    const Database& m_database;
};
