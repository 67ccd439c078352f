#pragma once

#include <QString>

#include <optional>

// A relation (debtor or creditor) in e-Boekhouden. REST identifies it by `id`, SOAP by `code`; after a
// lookup both are known and both are kept.
struct Relation
{
    enum class Kind
    {
        Business, // "B"
        Private,  // "P"
    };

    qint64 id = 0;
    Kind kind = Kind::Business;
    QString code; // max 15; unique (REL_049); empty lets REST generate one
    QString name; // company, or the person's name; required, max 100
    QString contact;
    QString address;
    QString postalCode;
    QString city;
    QString country;
    QString phoneNumber;
    QString emailAddress;
    QString vatNumber;
    QString iban;
    std::optional<int> termOfPayment; // days

    static QString kindCode(Kind kind) { return kind == Kind::Private ? QStringLiteral("P") : QStringLiteral("B"); }
    static Kind kindFromCode(const QString& code)
    {
        return code == QLatin1String("P") ? Kind::Private : Kind::Business;
    }
};
