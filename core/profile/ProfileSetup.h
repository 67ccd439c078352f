#pragma once

#include <QSettings>
#include <QString>

// Whether the setup wizard was finished for a profile. Until then the app opens on the demo sandbox and offers
// the wizard; afterwards it opens on the profile's own administration and shop.
namespace ProfileSetup {

bool isSetUp(const QString& profile, QSettings& settings);
void markSetUp(const QString& profile, QSettings& settings);

} // namespace ProfileSetup
