#pragma once

#include "domain/Quantity.h"
#include "money/Money.h"
#include "money/VatRate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <optional>

// Lenient readers for shop JSON, where a field may be a number, a numeric string, null or left out.
//
// Amounts never pass through a double in the product's arithmetic: a JSON number is a double only as long as
// the JSON parser holds it. It is turned into text with four decimals (QString::number(v, 'f', 4)), which
// reproduces every amount a shop can send (at most four decimals, far below 2^53 cents) exactly, and that
// text goes through Money::parse, which rounds half away from zero to cents. Strings go to Money::parse as
// they are.
namespace JsonFields {

QString text(const QJsonObject& object, const QString& key); // numbers as their decimal text
std::optional<Money> money(const QJsonObject& object, const QString& key);
std::optional<VatRate> vatRate(const QJsonObject& object, const QString& key);
std::optional<Quantity> quantity(const QJsonObject& object, const QString& key);
std::optional<qint64> integer(const QJsonObject& object, const QString& key);
bool flag(const QJsonObject& object, const QString& key); // 1, "1", true

// "YYYY-MM-DD HH:MM:SS" in the given zone, as UTC; nothing for empty text and PrestaShop's
// "0000-00-00 00:00:00".
std::optional<QDateTime> timestamp(const QString& text, const QTimeZone& zone);

// A decimal text of a JSON value (number or string) without ever rounding through fewer digits.
QString decimalText(const QJsonValue& value);

// A PrestaShop multi-language field: a plain string or [{"id":"1","value":"..."}]; the first language.
QString firstLanguage(const QJsonValue& value);

} // namespace JsonFields
