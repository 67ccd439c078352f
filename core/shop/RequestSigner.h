#pragma once

#include <QByteArray>
#include <QNetworkRequest>

// Puts a shop's credentials on a request. Called for every attempt, so a signature (nonce, timestamp) is
// never reused by a retry.
class RequestSigner
{
public:
    virtual ~RequestSigner() = default;
    virtual void sign(QNetworkRequest& request, const QByteArray& method) const = 0;
};
