#pragma once

#include <QString>

// How far a pull of one resource has come: the last stored document's change timestamp plus its id, which
// breaks ties between documents changed in the same second. The timestamp is the shop's own text
// ("YYYY-MM-DD HH:MM:SS"): UTC for Magento, the shop's local time for PrestaShop. The store keeps it as an
// opaque value; only the connector compares and filters on it.
struct Watermark
{
    QString timestamp;
    qint64 id = 0;

    bool operator==(const Watermark& other) const { return timestamp == other.timestamp && id == other.id; }
    bool operator<(const Watermark& other) const
    {
        return timestamp < other.timestamp || (timestamp == other.timestamp && id < other.id);
    }
};
