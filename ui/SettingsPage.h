#pragma once

#include "ScheduledRun.h"

#include <QWidget>

class BookingSettingsSection;
class UnattendedSyncRow;
class ConnectionSection;
class StoreSection;
class SetupCheckDialog;
class QPushButton;
class Database;
class QComboBox;
class QLabel;
class QSpinBox;
class QSettings;
class QTabWidget;

// Application settings, in sections: General (the interface language, which overrides the system locale,
// the automatic sync, and the way back into the setup wizard), Booking (how the administration books, once
// a profile is set up; the demo's sandbox books with fixed settings) and Connection (logins replaced after a
// test, saved as soon as they pass). General and Booking share one save model: edits stay on screen until
// Save writes them all (or Revert shows the saved ones again), and leaving the page or closing the window with
// unsaved edits asks first. The forms keep a readable width however wide the window.
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
    // Where the profile's store is, and "Move store…" (a set-up profile only).
    StoreSection* storeSection() const { return m_store; }
    // "Check my setup…": opens the self-test of the profile and starts it.
    SetupCheckDialog* checkSetup();

    // Edits on General or Booking that are not saved yet.
    bool hasUnsavedChanges() const;
    // Before the page is left: true when there is nothing unsaved or the bookkeeper chose Save (and it worked)
    // or Discard; false when they chose Cancel or the save was refused (the page then says why).
    bool maySwitchAway();
    // The widest a form on this page gets, in pixels (it follows the font, so it holds at 200 % too).
    int formWidth() const;

public slots:
    // Writes every unsaved edit; with a booking setting the form refuses, nothing is written.
    bool save();
    // Shows the saved settings again.
    void revert();

signals:
    void languageChanged(const QString& language);
    void syncIntervalChanged(int minutes);
    void setupWizardRequested();
    void bookingSettingsSaved();
    void connectionsChanged();

private:
    void updateSaveState();
    void loadGeneral();

    QSettings& m_settings;
    QComboBox* m_language;
    QSpinBox* m_syncInterval;
    QSpinBox* m_concurrency = nullptr;
    QSpinBox* m_rate = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_saveStatus = nullptr;
    bool m_loading = false; // the widgets are being filled from the settings: no edit
    QTabWidget* m_sections;
    BookingSettingsSection* m_booking = nullptr;
    UnattendedSyncRow* m_unattended = nullptr;
    QPushButton* m_checkSetup = nullptr;
    ConnectionSection* m_connection = nullptr;
    StoreSection* m_store = nullptr;
    QString m_profile;
    QString m_databasePath;
};
