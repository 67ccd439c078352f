#pragma once

#include <QSet>
#include <QString>

struct Customer;
struct Address;

// The code of a new debtor, made the way e-Boekhouden makes it itself (seed 004): base = company name if
// present, else first name + last name, spaces removed, first 10 characters; if that code exists, the
// first free sequence number is appended ("KlaartjePi" … "KlaartjePi4" taken → "KlaartjePi5").
// Characters e-Boekhouden may refuse in a code are dropped first: accents lose their accent (é → e),
// anything not a letter or digit goes. Codes are compared case-insensitively, as e-Boekhouden does.
class DebtorCodeGenerator
{
public:
    static constexpr int baseLength = 10;
    static constexpr int maxCodeLength = 15; // e-Boekhouden's relation code limit

    // `existingCodes`: every relation code already in the administration.
    static QString generate(const QString& company, const QString& firstName, const QString& lastName,
                            const QSet<QString>& existingCodes);
    static QString generate(const Customer& customer, const Address& billing, const QSet<QString>& existingCodes);

    // The base without sequence number: cleaned, at most 10 characters; "DEBITEUR" when nothing is left.
    static QString base(const QString& company, const QString& firstName, const QString& lastName);
};
