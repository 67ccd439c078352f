#pragma once

#include <QSet>
#include <QString>

struct SalesDocument;

// What a document's debtor is, decided once (issue 15 item 1): the preview (PostingBuilder), the push
// (DebtorResolver) and the customer push all take the debtor from here, so that what the preview shows is what
// is created. Pure: the document alone decides.
//
// Seed 000 / DESIGN §3: B2B when there is a company; the company is then the debtor's name and the person its
// contact. The document's billing address is what the invoice is made out to, so its name and company come
// first; the shop account's (customer) fill in what the address leaves empty.
// The VAT number is taken from the address that classified the document (the delivery address when it has a
// country, DocumentClassifier::deliveryCountry), then the other address, then the account; it is normalised
// ("nl 1234.56.789.b01" → "NL123456789B01") with the prefix of that address's country when it lacks one, so
// that an ICP invoice never creates a debtor without the VAT number its pre-check accepted.
class DebtorRule
{
public:
    struct Debtor
    {
        bool business = false;
        QString name;    // the company, else the person (not cut: e-Boekhouden takes 100)
        QString contact; // the person of a company (max 50)
        QString firstName;
        QString lastName;
        QString company;
        QString address; // street and line 2 (max 150)
        QString postalCode;
        QString city;
        QString country;
        QString phone;
        QString email;
        QString vatNumberAsGiven; // as the customer typed it, for messages and the offline check
        QString vatNumberCountry; // the country of the address it came from (supplies a missing prefix)
        QString vatNumber;        // normalised when valid, else as given (max 50)
        QString knownCode;        // the debtor code the shop customer already has (empty: not synced yet)
        QString shopCustomerId;   // the shop's customer id (empty: a guest)
        QString shopNumber;       // the shop's customer number, else its customer id (empty: a guest)
    };

    static Debtor of(const SalesDocument& document);

    // Whether the e-mail address can identify the debtor and pass e-Boekhouden's check (REL_023/025/027,
    // API-eboekhouden.md §1.6): one "@" with text before it, a domain with a dot after it, no spaces.
    static bool hasValidEmail(const Debtor& debtor);

    // The code a new debtor gets by seed 004's rule, given every code known to be taken.
    static QString newCode(const Debtor& debtor, const QSet<QString>& takenCodes);
    // The base of that code (10 characters, no sequence number).
    static QString codeBase(const Debtor& debtor);
    // The code by the other scheme many bookkeepers prefer: `prefix` and the shop's customer number ("WEB" +
    // "1042" → "WEB1042"). Empty for a guest, or when the code would be longer than e-Boekhouden's 15 characters
    // or hold characters a code may not have (then seed 004's rule applies).
    static QString shopNumberCode(const Debtor& debtor, const QString& prefix);

    // Magmodules' rule for telling debtors apart (issue 15 item 3): the shop customer (a guest by e-mail), the
    // country and the VAT number, so that a customer who moves abroad or gets another VAT number becomes a new
    // debtor, as the VAT declaration needs. Case-folded; empty when nothing identifies the customer.
    static QString shopKey(const SalesDocument& document, const Debtor& debtor);
    // A VAT number as e-Boekhouden may hold it ("NL 1234.56.789.B01"), reduced to letters and digits, upper case.
    static QString comparableVatNumber(const QString& vatNumber);
};
