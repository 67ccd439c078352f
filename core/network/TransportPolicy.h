#pragma once

#include <QUrl>

// The one place that decides whether a request may carry a secret (a shop key, an OAuth signature, an
// e-Boekhouden token) to a URL: over https to any host, over plain http only to this machine (the sandbox
// emulators). Both the shop client and the e-Boekhouden transport ask here (API-shops.md S10).
class TransportPolicy
{
public:
    static bool mayCarryCredentials(const QUrl& url);
};
