#include "TransportPolicy.h"

#include <QHostAddress>

bool TransportPolicy::mayCarryCredentials(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return false;
    // A name other than "localhost" could resolve anywhere: only a literal loopback address counts.
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}
