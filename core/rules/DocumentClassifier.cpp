#include "DocumentClassifier.h"

#include "domain/SalesDocument.h"
#include "EuCountries.h"

QString DocumentClassifier::deliveryCountry(const SalesDocument& document)
{
    const QString shipping = document.shippingAddress.countryCode.trimmed().toUpper();
    if (!shipping.isEmpty())
        return shipping;
    const QString billing = document.billingAddress.countryCode.trimmed().toUpper();
    return billing.isEmpty() ? document.customer.countryCode.trimmed().toUpper() : billing;
}

DocumentClass DocumentClassifier::classify(const SalesDocument& document, const QString& shopCountry,
                                           bool ossRegistered, const QList<VatRate>& chargedRates)
{
    const QString destination = deliveryCountry(document);
    const QString home = shopCountry.trimmed().toUpper();
    if (destination.isEmpty() || destination == home)
        return DocumentClass::Domestic;

    const bool inEu = EuCountries::isMember(destination);
    if (!document.totalIncl.isZero() && document.totalIncl == document.totalExcl)
        return inEu ? DocumentClass::Icp : DocumentClass::Export;

    if (!inEu || document.totalIncl == document.totalExcl)
        return DocumentClass::Domestic;

    bool allLegalAtDestination = true;
    bool someForeignOnly = false;
    for (const VatRate rate : chargedRates) {
        if (rate.isZero())
            continue;
        if (!EuCountries::isLegalRate(destination, rate))
            allLegalAtDestination = false;
        else if (!EuCountries::isLegalRate(home, rate))
            someForeignOnly = true;
    }
    if (allLegalAtDestination && (ossRegistered || someForeignOnly))
        return DocumentClass::Oss;
    return DocumentClass::Domestic;
}

QString DocumentClassifier::displayName(DocumentClass documentClass)
{
    return displayMessage(documentClass).text();
}

LogMessage DocumentClassifier::displayMessage(DocumentClass documentClass)
{
    switch (documentClass) {
    case DocumentClass::Domestic:
        return LogMessage::coded(u"problem.classDomestic"_qs);
    case DocumentClass::Icp:
        return LogMessage::coded(u"problem.classIcp"_qs);
    case DocumentClass::Export:
        return LogMessage::coded(u"problem.classExport"_qs);
    case DocumentClass::Oss:
        return LogMessage::coded(u"problem.classOss"_qs);
    }
    return {};
}
