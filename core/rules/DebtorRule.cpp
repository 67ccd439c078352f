#include "DebtorRule.h"

#include "DebtorCodeGenerator.h"
#include "DocumentClassifier.h"
#include "domain/SalesDocument.h"
#include "VatNumberValidator.h"

#include <QStringList>

namespace {

// e-Boekhouden's relation field limits (API-eboekhouden.md §1.6).
constexpr int contactLimit = 50;
constexpr int addressLimit = 150;
constexpr int shortFieldLimit = 50;
constexpr int emailLimit = 150;

QString firstFilled(const QString& preferred, const QString& fallback)
{
    return preferred.trimmed().isEmpty() ? fallback.trimmed() : preferred.trimmed();
}

} // namespace

DebtorRule::Debtor DebtorRule::of(const SalesDocument& document)
{
    const Address& billing = document.billingAddress;
    const Customer& customer = document.customer;

    Debtor debtor;
    debtor.company = firstFilled(billing.company, customer.company);
    debtor.firstName = firstFilled(billing.firstName, customer.firstName);
    debtor.lastName = firstFilled(billing.lastName, customer.lastName);
    const QString person = QStringList{debtor.firstName, debtor.lastName}.join(u' ').simplified();
    debtor.business = !debtor.company.isEmpty();
    debtor.name = debtor.business ? debtor.company : person; // cut by the caller, which notes it (FieldLimits)
    debtor.contact = debtor.business ? person.left(contactLimit) : QString();
    debtor.address = QStringList{billing.street, billing.street2}.join(u' ').simplified().left(addressLimit);
    debtor.postalCode = billing.postcode.trimmed().left(shortFieldLimit);
    debtor.city = billing.city.trimmed().left(shortFieldLimit);
    debtor.country = firstFilled(billing.countryCode, customer.countryCode).toUpper();
    debtor.phone = billing.phone.trimmed().left(shortFieldLimit);
    debtor.email = customer.email.trimmed().left(emailLimit);
    debtor.knownCode = customer.debtorCode.trimmed();
    debtor.shopCustomerId = customer.shopId.trimmed();
    debtor.shopNumber =
        debtor.shopCustomerId.isEmpty() ? QString() : firstFilled(customer.customerNumber, customer.shopId);

    // The address that classified the document first (see the class comment).
    const bool deliveryClassified = !document.shippingAddress.countryCode.trimmed().isEmpty();
    const Address& classifying = deliveryClassified ? document.shippingAddress : billing;
    const Address& other = deliveryClassified ? billing : document.shippingAddress;
    const struct
    {
        QString number;
        QString country;
    } candidates[] = {
        {classifying.vatNumber, classifying.countryCode},
        {other.vatNumber, other.countryCode},
        {customer.vatNumber, customer.countryCode},
    };
    for (const auto& candidate : candidates) {
        if (candidate.number.trimmed().isEmpty())
            continue;
        debtor.vatNumberAsGiven = candidate.number.trimmed();
        debtor.vatNumberCountry = candidate.country.trimmed().toUpper();
        if (debtor.vatNumberCountry.isEmpty())
            debtor.vatNumberCountry = DocumentClassifier::deliveryCountry(document);
        const VatNumberValidator::Result check =
            VatNumberValidator::validate(debtor.vatNumberAsGiven, debtor.vatNumberCountry);
        debtor.vatNumber = (check.valid ? check.normalised : debtor.vatNumberAsGiven).left(shortFieldLimit);
        break;
    }
    return debtor;
}

QString DebtorRule::codeBase(const Debtor& debtor)
{
    return DebtorCodeGenerator::base(debtor.company, debtor.firstName, debtor.lastName);
}

QString DebtorRule::newCode(const Debtor& debtor, const QSet<QString>& takenCodes)
{
    return DebtorCodeGenerator::generate(debtor.company, debtor.firstName, debtor.lastName, takenCodes);
}

QString DebtorRule::shopNumberCode(const Debtor& debtor, const QString& prefix)
{
    const QString code = prefix.trimmed() + debtor.shopNumber;
    if (debtor.shopNumber.isEmpty() || code.size() > DebtorCodeGenerator::maxCodeLength)
        return {};
    // Which characters REL_005 ("code invalid", API-eboekhouden.md §1.4) refuses is not published: letters and
    // digits only, as seed 004's codes (unverified, the stricter reading).
    for (const QChar c : code) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return {};
    }
    return code;
}

QString DebtorRule::comparableVatNumber(const QString& vatNumber)
{
    QString result;
    for (const QChar c : vatNumber) {
        if (c.isLetterOrNumber())
            result += c.toUpper();
    }
    return result;
}

QString DebtorRule::shopKey(const SalesDocument& document, const Debtor& debtor)
{
    const QString who = debtor.shopCustomerId.isEmpty()
                            ? (debtor.email.isEmpty() ? QString() : u"guest:"_qs + debtor.email.toCaseFolded())
                            : u"customer:"_qs + debtor.shopCustomerId;
    if (who.isEmpty())
        return {};
    return QStringList{document.platform.toCaseFolded(), who, debtor.country, comparableVatNumber(debtor.vatNumber)}
        .join(u'|');
}

bool DebtorRule::hasValidEmail(const Debtor& debtor)
{
    const QString& email = debtor.email;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || email.contains(u' '))
        return false;
    const QString domain = email.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot > 0 && dot < domain.size() - 1;
}
