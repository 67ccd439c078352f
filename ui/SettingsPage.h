#pragma once

#include <QWidget>

class QComboBox;
class QSettings;

// Application settings. For now the interface language, which overrides the system locale.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QSettings& settings, QWidget* parent = nullptr);

signals:
    void languageChanged(const QString& language);

private:
    void saveLanguage();

    QSettings& m_settings;
    QComboBox* m_language;
};
