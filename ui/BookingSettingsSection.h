#pragma once

#include <QWidget>

class AdministrationSettingsForm;
class Database;
class QLabel;
class QSettings;

// The Settings page's Booking section: the administration's booking settings of a set-up profile, in the same
// form as the setup wizard's, so they can be changed without running the wizard again. The ledgers are those
// kept in the store (read by the wizard and by every sync) and the payment methods those of the documents,
// both read on a worker thread; save() (the Settings page's Save) checks the form and writes
// AdministrationSettingsStore, or says what to fix and writes nothing.
class BookingSettingsSection : public QWidget
{
    Q_OBJECT

public:
    BookingSettingsSection(QString profile, QSettings& settings, const Database* database, QWidget* parent = nullptr);

    AdministrationSettingsForm* form() const { return m_form; }
    // The bookkeeper edited the form since it was loaded or saved.
    bool hasUnsavedChanges() const { return m_edited; }

public slots:
    // Shows the saved settings again and re-reads the ledgers and payment methods from the store.
    void reload();
    // Returns whether the settings were saved.
    bool save();

signals:
    void saved();
    // An edit by the bookkeeper (not the form being filled).
    void edited();

private:
    void showMessage(const QString& text, bool problem);

    QString m_profile;
    QSettings& m_settings;
    const Database* m_database; // null without a store
    QString m_databasePath;     // empty without a store
    AdministrationSettingsForm* m_form;
    QLabel* m_status;
    QLabel* m_message;
    int m_generation = 0;   // a reload started later wins over one still reading
    bool m_filling = false; // the form is being filled: its changes are no edits
    bool m_edited = false;
};
