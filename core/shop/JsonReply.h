#pragma once

#include <QJsonDocument>
#include <QString>

#include <optional>

// The outcome of one shop request after retries: a parsed body, or what went wrong (translated).
struct JsonReply
{
    std::optional<QJsonDocument> document;
    int status = 0;   // the last HTTP status, 0 when none arrived
    int attempts = 0; // how many times the request was sent
    QString error;
    QString shopMessage;   // the shop's own error text (Magento's "message" with its parameters filled in)
    bool insecure = false; // refused before sending: plain http to a host other than this machine (S10)

    bool ok() const { return document.has_value(); }
};
