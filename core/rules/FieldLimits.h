#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// e-Boekhouden's field limits (API §1.6–1.8, §4), applied before sending so that nothing is cut
// silently by the server: a value that is cut is reported in the posting's notes.
class FieldLimits
{
    Q_DECLARE_TR_FUNCTIONS(FieldLimits)

public:
    static constexpr int mutationDescription = 50;
    static constexpr int invoiceMutationDescription = 200;
    static constexpr int invoiceNumber = 50;
    static constexpr int relationCode = 15;
    static constexpr int relationName = 100;
    static constexpr int reference = 50;
    // Unverified (API-eboekhouden.md C7): the maximum of a mutation row's and an invoice item's description is
    // not published (FACT_ITEM_002 exists, its limit does not). We choose 200, the longest description limit the
    // sources do state for these texts (SOAP's Omschrijving, the invoice booking's description, §2.7 and §1.7),
    // and cut there, so that a long product name never has a document refused; the README lists it as
    // unverified. Lower it here if the live service refuses less.
    static constexpr int rowDescription = 200;
    static constexpr int invoiceItemDescription = 200;

    // `value` cut to `limit` characters; when cut, a note naming the field and the full value is added.
    static QString apply(const QString& value, int limit, const QString& fieldName, QStringList& notes);

    // The invoicing module refuses numbers that do not end with a digit (FACT_009).
    static bool endsWithDigit(const QString& number);
};
