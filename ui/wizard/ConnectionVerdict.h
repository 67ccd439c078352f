#pragma once

#include <QString>
#include <QVariant>

// What a "Test connection" found, ready to show: passed or not, and the sentence that says so.
struct ConnectionVerdict
{
    ConnectionVerdict() = default;
    ConnectionVerdict(bool passed, QString sentence, QVariant found = {})
        : ok(passed)
        , message(std::move(sentence))
        , details(std::move(found))
    {}

    bool ok = false;
    QString message;
    // What the test read on the way that the page can offer as choices (the shop page: PrestaShop's order
    // states), so nothing is asked twice.
    QVariant details;
};
