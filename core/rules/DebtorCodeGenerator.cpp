#include "DebtorCodeGenerator.h"

#include "domain/Address.h"
#include "domain/Customer.h"

namespace {

QString lettersAndDigits(const QString& text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            result += c;
    }
    return result;
}

} // namespace

QString DebtorCodeGenerator::base(const QString& company, const QString& firstName, const QString& lastName)
{
    QString cleaned = lettersAndDigits(company);
    if (cleaned.isEmpty())
        cleaned = lettersAndDigits(firstName + lastName);
    if (cleaned.isEmpty())
        cleaned = QStringLiteral("DEBITEUR"); // a guest without a name still needs a code
    return cleaned.left(baseLength);
}

QString DebtorCodeGenerator::generate(const QString& company, const QString& firstName, const QString& lastName,
                                      const QSet<QString>& existingCodes)
{
    QSet<QString> taken;
    for (const QString& code : existingCodes)
        taken.insert(code.toCaseFolded());

    const QString stem = base(company, firstName, lastName);
    if (!taken.contains(stem.toCaseFolded()))
        return stem;
    // Sequence numbers fit: 10 characters + at most 5 digits stays within the 15 of e-Boekhouden, and
    // there cannot be 100000 relations of one base in any real administration.
    for (int sequence = 1;; ++sequence) {
        const QString candidate = stem + QString::number(sequence);
        if (!taken.contains(candidate.toCaseFolded()))
            return candidate;
    }
}

QString DebtorCodeGenerator::generate(const Customer& customer, const Address& billing,
                                      const QSet<QString>& existingCodes)
{
    const QString company = customer.company.trimmed().isEmpty() ? billing.company : customer.company;
    const QString first = customer.firstName.trimmed().isEmpty() ? billing.firstName : customer.firstName;
    const QString last = customer.lastName.trimmed().isEmpty() ? billing.lastName : customer.lastName;
    return generate(company, first, last, existingCodes);
}
