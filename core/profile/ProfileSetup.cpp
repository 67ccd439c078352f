#include "ProfileSetup.h"

namespace {

QString setUpKey(const QString& profile)
{
    return QStringLiteral("profiles/%1/setUp").arg(profile);
}

} // namespace

bool ProfileSetup::isSetUp(const QString& profile, QSettings& settings)
{
    return settings.value(setUpKey(profile), false).toBool();
}

void ProfileSetup::markSetUp(const QString& profile, QSettings& settings)
{
    settings.setValue(setUpKey(profile), true);
    settings.sync();
}
