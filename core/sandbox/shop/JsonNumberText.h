#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

// Amounts and rates leave the emulators as JSON numbers, like the shops' ("grand_total": 121.5), but never pass
// through a double: QJsonValue holds a number only as a double, so a number goes into the tree as a tagged
// string holding its exact decimal text, and write() turns every tagged string into bare number text.
namespace JsonNumberText {

QJsonValue number(const QString& decimalText);   // "21", "5.5", "-12.34"
QJsonValue money(qint64 cents);                  // 12345 -> 123.45
QByteArray write(const QJsonDocument& document); // compact JSON

} // namespace JsonNumberText
