#pragma once

#include "ScheduledRun.h"

#include <QWidget>

class BookingSettingsSection;
class UnattendedSyncRow;
class ConnectionSection;
class SetupCheckDialog;
class QPushButton;
class Database;
class QComboBox;
class QSpinBox;
class QSettings;
class QTabWidget;

// Application settings, in two sections: General (the interface language, which overrides the system locale,
// the automatic sync, and the way back into the setup wizard) and Booking (how the administration books, once
// a profile is set up; the demo's sandbox books with fixed settings).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QSettings& settings, QWidget* parent = nullptr);

    // Minutes between automatic syncs while the app runs; 0 switches them off.
    static QString syncIntervalKey() { return ScheduledRun::intervalKey(); }
    static constexpr int defaultSyncIntervalMinutes = ScheduledRun::defaultIntervalMinutes;

    // Offers the booking settings of `profile` in the Booking section, with the ledgers kept in `database`.
    void setBookingProfile(const QString& profile, const Database* database);
    BookingSettingsSection* bookingSection() const { return m_booking; }
    UnattendedSyncRow* unattendedSync() const { return m_unattended; }
    ConnectionSection* connectionSection() const { return m_connection; }
    // "Check my setup…": opens the self-test of the profile and starts it.
    SetupCheckDialog* checkSetup();

signals:
    void languageChanged(const QString& language);
    void syncIntervalChanged(int minutes);
    void setupWizardRequested();
    void bookingSettingsSaved();
    void connectionsChanged();

private:
    void saveLanguage();

    QSettings& m_settings;
    QComboBox* m_language;
    QSpinBox* m_syncInterval;
    QTabWidget* m_sections;
    BookingSettingsSection* m_booking = nullptr;
    UnattendedSyncRow* m_unattended = nullptr;
    QPushButton* m_checkSetup = nullptr;
    ConnectionSection* m_connection = nullptr;
    QString m_profile;
    QString m_databasePath;
};
