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

    // `value` cut to `limit` characters; when cut, a note naming the field and the full value is added.
    static QString apply(const QString& value, int limit, const QString& fieldName, QStringList& notes);

    // The invoicing module refuses numbers that do not end with a digit (FACT_009).
    static bool endsWithDigit(const QString& number);
};
