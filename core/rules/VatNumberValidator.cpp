#include "VatNumberValidator.h"

#include "EuCountries.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// The part after the prefix, per state (European Commission VIES "VAT number formats").
const QHash<QString, QRegularExpression>& formats()
{
    static const QHash<QString, QRegularExpression> patterns = [] {
        const QList<std::pair<const char*, const char*>> raw = {
            {"AT", "U\\d{8}"},
            {"BE", "[01]\\d{9}"},
            {"BG", "\\d{9,10}"},
            {"CY", "\\d{8}[A-Z]"},
            {"CZ", "\\d{8,10}"},
            {"DE", "[1-9]\\d{8}"},
            {"DK", "\\d{8}"},
            {"EE", "10\\d{7}"},
            {"EL", "\\d{9}"},
            {"ES", "[A-Z0-9]\\d{7}[A-Z0-9]"},
            {"FI", "\\d{8}"},
            {"FR", "[0-9A-HJ-NP-Z]{2}\\d{9}"},
            {"HR", "\\d{11}"},
            {"HU", "\\d{8}"},
            {"IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]"},
            {"IT", "\\d{11}"},
            {"LT", "\\d{9}|\\d{12}"},
            {"LU", "\\d{8}"},
            {"LV", "\\d{11}"},
            {"MT", "[1-9]\\d{7}"},
            {"NL", "\\d{9}B\\d{2}"},
            {"PL", "\\d{10}"},
            {"PT", "\\d{9}"},
            {"RO", "[1-9]\\d{1,9}"},
            {"SE", "\\d{10}01"},
            {"SI", "[1-9]\\d{7}"},
            {"SK", "[1-9]\\d{9}"},
            {"XI", "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}"},
        };
        QHash<QString, QRegularExpression> result;
        for (const auto& [prefix, pattern] : raw)
            result.insert(QLatin1String(prefix),
                          QRegularExpression(QStringLiteral("^(?:%1)$").arg(QLatin1String(pattern))));
        return result;
    }();
    return patterns;
}

int digit(const QString& text, qsizetype index)
{
    return text.at(index).unicode() - '0';
}

// Remainder of a long decimal string modulo 97, digit by digit (the numbers exceed 64 bits).
int mod97(const QString& digits)
{
    int remainder = 0;
    for (const QChar c : digits)
        remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
    return remainder;
}

bool luhn(const QString& digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int value = digit(digits, digits.size() - 1 - i);
        if (i % 2 == 1) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
    }
    return sum % 10 == 0;
}

bool checkNl(const QString& body)
{
    // Companies (before 2020 everyone): weights 9..2 on the first 8 digits, mod 11, equals the 9th.
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digit(body, i) * (9 - i);
    if (sum % 11 != 10 && sum % 11 == digit(body, 8))
        return true;
    // Sole traders since 2020: "NL" + number, letters as in IBAN (N=23, L=21, B=11), mod 97 = 1.
    QString numeric = QStringLiteral("2321");
    for (const QChar c : body)
        numeric += c == u'B' ? QStringLiteral("11") : QString(c);
    return mod97(numeric) == 1;
}

bool checkBe(const QString& body)
{
    return 97 - mod97(body.left(8)) == body.mid(8, 2).toInt();
}

bool checkDe(const QString& body)
{
    // ISO 7064 MOD 11,10.
    int product = 10;
    for (int i = 0; i < 8; ++i) {
        int sum = (digit(body, i) + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (2 * sum) % 11;
    }
    int check = 11 - product;
    if (check == 10)
        check = 0;
    return check == digit(body, 8);
}

bool checkFr(const QString& body)
{
    const QString key = body.left(2);
    const QString siren = body.mid(2);
    bool numericKey = false;
    const int keyValue = key.toInt(&numericKey);
    if (!numericKey)
        return true; // the newer alphanumeric keys have no published algorithm
    return keyValue == (12 + 3 * (mod97(siren))) % 97;
}

bool checkIt(const QString& body)
{
    if (body.left(7) == u"0000000")
        return false;
    return luhn(body);
}

bool checkEs(const QString& body)
{
    const QChar first = body.at(0);
    const QChar last = body.at(8);
    static const QString personLetters = QStringLiteral("TRWAGMYFPDXBNJZSQVHLCKE");
    if (first.isDigit() || first == u'X' || first == u'Y' || first == u'Z') {
        // Natural persons (DNI) and foreigners (NIE): a letter from the number modulo 23.
        QString number = body.left(8);
        if (!first.isDigit())
            number[0] = QChar(static_cast<char16_t>(u'0' + QStringLiteral("XYZ").indexOf(first)));
        bool ok = false;
        const qint64 value = number.toLongLong(&ok);
        return ok && last == personLetters.at(value % 23);
    }
    if (first == u'K' || first == u'L' || first == u'M') {
        bool ok = false;
        const qint64 value = body.mid(1, 7).toLongLong(&ok);
        return ok && last == personLetters.at(value % 23);
    }
    // Legal entities: a Luhn-like control over the seven middle digits, as a digit or as a letter.
    int sum = 0;
    for (int i = 1; i <= 7; ++i) {
        int value = digit(body, i);
        if (i % 2 == 1) {
            value *= 2;
            value = value / 10 + value % 10;
        }
        sum += value;
    }
    const int check = (10 - sum % 10) % 10;
    static const QString entityLetters = QStringLiteral("JABCDEFGHI");
    const bool digitMatches = last.isDigit() && digit(body, 8) == check;
    const bool letterMatches = last == entityLetters.at(check);
    if (QStringLiteral("ABEH").contains(first))
        return digitMatches;
    if (QStringLiteral("KPQS").contains(first))
        return letterMatches;
    return digitMatches || letterMatches;
}

bool checkAt(const QString& body)
{
    // "U" + 8 digits: weights 1,2,1,2,1,2,1 with cross sums, then (10 − (sum + 4) mod 10) mod 10.
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        int value = digit(body, i + 1) * (i % 2 == 0 ? 1 : 2);
        sum += value / 10 + value % 10;
    }
    return (10 - (sum + 4) % 10) % 10 == digit(body, 8);
}

} // namespace

bool VatNumberValidator::checkDigitsHold(const QString& prefix, const QString& body)
{
    if (prefix == u"NL")
        return checkNl(body);
    if (prefix == u"BE")
        return checkBe(body);
    if (prefix == u"DE")
        return checkDe(body);
    if (prefix == u"FR")
        return checkFr(body);
    if (prefix == u"IT")
        return checkIt(body);
    if (prefix == u"ES")
        return checkEs(body);
    if (prefix == u"AT")
        return checkAt(body);
    return true;
}

VatNumberValidator::Result VatNumberValidator::validate(const QString& vatNumber, const QString& countryCode)
{
    Result result;
    QString text = vatNumber.toUpper();
    text.remove(QRegularExpression(QStringLiteral("[\\s.\\-/]")));
    if (text.isEmpty()) {
        result.reason = LogMessage::coded(u"problem.vatNumberEmpty"_qs);
        result.message = result.reason.text();
        return result;
    }

    QString prefix = text.left(2);
    QString body = text.mid(2);
    if (!formats().contains(prefix)) {
        // The customer typed only the number: take the prefix from the country.
        const QString countryPrefix = countryCode.isEmpty() ? QString() : EuCountries::vatPrefix(countryCode);
        if (!formats().contains(countryPrefix)) {
            result.reason = LogMessage::coded(u"problem.vatNumberNoMemberState"_qs, {vatNumber});
            result.message = result.reason.text();
            return result;
        }
        prefix = countryPrefix;
        body = text;
    }
    result.prefix = prefix;
    result.normalised = prefix + body;

    if (!formats().value(prefix).match(body).hasMatch()) {
        result.reason = LogMessage::coded(u"problem.vatNumberFormat"_qs, {vatNumber, prefix});
        result.message = result.reason.text();
        return result;
    }
    if (!checkDigitsHold(prefix, body)) {
        result.reason = LogMessage::coded(u"problem.vatNumberCheckDigit"_qs, {vatNumber, prefix});
        result.message = result.reason.text();
        return result;
    }
    result.valid = true;
    return result;
}
