#pragma once

#include <QComboBox>

class QSettings;

// The administration the window works on, and the others to switch to (one profile each, with its colour), in
// the window's toolbar. Choosing another asks for it (profileChosen); the window is then built again for it.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(QSettings& settings, QWidget* parent = nullptr);

    // Lists the profiles again (names and colours may have changed) with `current` chosen; a current profile
    // that is not in the list (the demo's) is shown anyway, so the box never names another than the window's.
    void reload(const QString& current);
    QString currentProfile() const;

    // A square of the profile's colour, as the overview shows it too.
    static QIcon colourIcon(const QString& colour);

signals:
    void profileChosen(const QString& profile);

private:
    QSettings& m_settings;
};
