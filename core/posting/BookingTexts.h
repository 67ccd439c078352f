#pragma once

#include <QString>

// The texts Boekhoudbrug writes into e-Boekhouden itself (row descriptions such as "Omzet 21%",
// "Verzendkosten"), in the administration's language (AdministrationSettings::bookingLanguage, Dutch by
// default), whatever language the screens are in: the bookkeeper's ledger reads in the administration's language
// (issue 17 item 2). The source texts are marked with QT_TR_NOOP where they are used, so they are translated in
// the same .ts files as the rest; this reads the administration language's translation directly, not through the
// application's installed translator (that one follows the interface language).
class BookingTexts
{
public:
    explicit BookingTexts(const QString& language);

    // `source` as marked with QT_TR_NOOP in `context`; the source text itself when the language has none.
    QString text(const char* context, const char* source) const;
    const QString& language() const { return m_language; }

private:
    QString m_language;
};
