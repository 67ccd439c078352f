#include "ViesSettings.h"

QUrl ViesSettings::defaultUrl()
{
    const QString configured = qEnvironmentVariable("BOEKHOUDBRUG_VIES_URL").trimmed();
    return configured.isEmpty() ? realServiceUrl() : QUrl(configured);
}
