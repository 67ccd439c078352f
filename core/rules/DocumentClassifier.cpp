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
    switch (documentClass) {
    case DocumentClass::Domestic:
        return tr("domestic");
    case DocumentClass::Icp:
        return tr("intra-community (ICP)");
    case DocumentClass::Export:
        return tr("export outside the EU");
    case DocumentClass::Oss:
        return tr("OSS distance sale");
    }
    return {};
}
