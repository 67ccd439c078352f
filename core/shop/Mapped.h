#pragma once

#include <QString>

#include <optional>

// A mapping's outcome: the domain record, or the reason (translated) it could not be made.
template <typename T>
struct Mapped
{
    std::optional<T> value;
    QString reason;

    static Mapped failed(QString why) { return Mapped{std::nullopt, std::move(why)}; }
};
