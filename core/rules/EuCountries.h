#pragma once

#include "money/VatRate.h"

#include <QList>
#include <QString>
#include <QStringList>

// The EU member states and the VAT rates each may legally charge. A table, not a rule: rates change
// (Estonia, Finland, Romania, Slovakia raised theirs in 2024–2025), so both the current and the
// immediately previous rates are listed where a change is recent, for documents of either side of it.
class EuCountries
{
public:
    // ISO 3166-1 alpha-2 codes of the 27 member states (Greece is "GR"; its VAT numbers say "EL").
    static const QStringList& memberStates();
    static bool isMember(const QString& countryCode);

    // The rates a seller may charge in a country (0% included), highest first; empty for a country
    // outside the EU.
    static QList<VatRate> legalRates(const QString& countryCode);
    static bool isLegalRate(const QString& countryCode, VatRate rate);

    // The prefix of the country's VAT numbers: "EL" for Greece, the country code otherwise.
    static QString vatPrefix(const QString& countryCode);
};
