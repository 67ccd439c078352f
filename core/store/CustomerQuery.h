#pragma once

#include "CustomerRepository.h"

#include <QList>
#include <QStringList>

class Database;

// Filters, sorts and pages the customers table in SQL for the Customers grid.
class CustomerQuery
{
public:
    // The seed's columns, in its order; Customer ID, Suffix and Middlename are hidden until chosen.
    enum class Column
    {
        Id,
        Website,
        Company,
        FirstName,
        LastName,
        Email,
        VatNumber,
        CustomerCode,
        Country,
        CreatedAt,
        UpdatedAt,
        CustomerId,
        Suffix,
        MiddleName,
        InEBoekhouden, // whether e-Boekhouden has the customer as a debtor (a debtor code or relation is known)
    };
    static constexpr int columnCount = 15;

    struct Filter
    {
        QString website;
        QString countryCode;
        QString text;               // name, email, company, VAT number, customer code
        std::optional<bool> synced; // is a debtor in e-Boekhouden (a debtor code or relation is known)
    };

    explicit CustomerQuery(const Database& database);

    int count(const Filter& filter) const;
    QList<StoredCustomer> page(const Filter& filter, Column sortColumn, Qt::SortOrder order, int offset,
                               int limit) const;
    QStringList websites() const;
    // The plans the store chooses for a filter's count and for its first page in the grid's default order
    // (newest first), one line a step (SqlDialect::explain): whether a search uses its index.
    QStringList plan(const Filter& filter) const;

private:
    const Database& m_database;
};
