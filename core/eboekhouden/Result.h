#pragma once

#include "eboekhouden/ApiError.h"

#include <utility>
#include <variant>

// What an operation returns: its value, or the one typed error the sync engine and the UI act on.
// (std::expected is C++23; this is the small part of it we need.)
struct Done
{
};

template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    const T& value() const { return std::get<0>(m_data); }
    T& value() { return std::get<0>(m_data); }
    const ApiError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};
