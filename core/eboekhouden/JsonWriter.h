#pragma once

#include "money/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Writes JSON text. QJsonDocument would write an amount of 121.00 as 121 (a double); e-Boekhouden's examples
// send amounts as numbers with two decimals, and we never let an amount pass through a double, so request
// bodies are written here: Money goes out as its exact decimal text.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray(const QString& key = {});
    void endArray();
    void beginObject(const QString& key);

    void string(const QString& key, const QString& value);
    void stringIfNotEmpty(const QString& key, const QString& value);
    void integer(const QString& key, qint64 value);
    void integerIfNotZero(const QString& key, qint64 value);
    void boolean(const QString& key, bool value);
    void money(const QString& key, Money value);
    // A decimal with up to `decimals` places, trailing zeros dropped: 25000 / 4 -> 2.5
    void fixedPoint(const QString& key, qint64 scaledValue, int decimals);

    QByteArray text() const { return m_text; }
    static QByteArray quoted(const QString& value);

private:
    void separate();
    void writeKey(const QString& key);

    QByteArray m_text;
    QList<bool> m_first; // per open container: no value written yet
};
