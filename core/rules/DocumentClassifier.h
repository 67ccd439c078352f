#pragma once

#include "DocumentClass.h"
#include "logging/LogMessage.h"
#include "money/VatRate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct SalesDocument;

// Decides a document's class from its totals, its delivery country and the rates it charged (seed 004):
//  - ICP: total ≠ 0, incl. = excl., delivery country ≠ shop country and in the EU;
//  - export: the same, delivery country outside the EU;
//  - OSS: VAT charged to an EU country other than the shop's, at rates legal there, and either the shop
//    is registered for OSS or a rate is one the shop's own country does not have (19% to DE);
//  - domestic otherwise.
class DocumentClassifier
{
    Q_DECLARE_TR_FUNCTIONS(DocumentClassifier)

public:
    // The country the goods go to: the shipping address, else the billing address (a download has none).
    static QString deliveryCountry(const SalesDocument& document);

    // `chargedRates` are the document's effective non-zero rates (after normalising).
    static DocumentClass classify(const SalesDocument& document, const QString& shopCountry, bool ossRegistered,
                                  const QList<VatRate>& chargedRates);

    static QString displayName(DocumentClass documentClass);
    // The same as a message code, for a text that is stored (a document's reason).
    static LogMessage displayMessage(DocumentClass documentClass);
};
