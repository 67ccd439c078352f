#pragma once

#include <QUrl>

// Where the VIES REST interface is and how long to wait for it. The default is the real service over https;
// BOEKHOUDBRUG_VIES_URL replaces it (the test suite points every test at 127.0.0.1 that way, so that no test
// can reach the real VIES even when it forgets to set a URL; TransportPolicy still refuses plain http to any
// other host).
struct ViesSettings
{
    static QUrl realServiceUrl() { return QUrl(QStringLiteral("https://ec.europa.eu/taxation_customs/vies/rest-api")); }
    static QUrl defaultUrl();

    QUrl baseUrl = defaultUrl();
    int timeoutMs = 20000; // VIES asks the member state's own register, which can take several seconds
};
