#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;
class QSettings;

// Application settings: the interface language (which overrides the system locale), the automatic sync, and
// the way back into the setup wizard.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QSettings& settings, QWidget* parent = nullptr);

    // Minutes between automatic syncs while the app runs; 0 switches them off.
    static QString syncIntervalKey() { return QStringLiteral("sync/intervalMinutes"); }
    static constexpr int defaultSyncIntervalMinutes = 60;

signals:
    void languageChanged(const QString& language);
    void syncIntervalChanged(int minutes);
    void setupWizardRequested();

private:
    void saveLanguage();

    QSettings& m_settings;
    QComboBox* m_language;
    QSpinBox* m_syncInterval;
};
