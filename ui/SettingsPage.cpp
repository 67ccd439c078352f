#include "SettingsPage.h"

#include "AdministrationSettingsStore.h"
#include "BookingSettingsSection.h"
#include "ConnectionSection.h"
#include "i18n/LanguageLoader.h"
#include "PlaceholderPage.h"
#include "SetupCheckDialog.h"
#include "store/Database.h"
#include "StoreSection.h"
#include "UnattendedSyncRow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsPage::SettingsPage(QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_sections(new QTabWidget(this))
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Language names are shown in their own language, so a user can find theirs whatever is active.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    m_syncInterval = new QSpinBox(this);
    m_syncInterval->setObjectName(QStringLiteral("syncInterval"));
    m_syncInterval->setRange(0, 24 * 60);
    m_syncInterval->setSuffix(tr(" minutes"));
    m_syncInterval->setSpecialValueText(tr("only when asked"));
    form->addRow(tr("&Synchronise every:"), m_syncInterval);
    m_unattended = new UnattendedSyncRow(m_settings, this);
    form->addRow(QString(), m_unattended);
    // How hard a sync may push: more documents at once is faster, a rate limit is kinder to e-Boekhouden.
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("syncConcurrency"));
    m_concurrency->setRange(1, SyncConfiguration::maxConcurrency);
    form->addRow(tr("&Documents booked at the same time:"), m_concurrency);
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("syncRate"));
    m_rate->setRange(0, 100);
    m_rate->setSuffix(tr(" per second"));
    m_rate->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Requests to e-Boekhouden at &most:"), m_rate);
    loadGeneral();
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::updateSaveState);
    for (QSpinBox* box : {m_syncInterval, m_concurrency, m_rate})
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::updateSaveState);

    auto* note = new QLabel(tr("A change of language, documents at the same time or requests per second takes full "
                               "effect the next time Boekhoudbrug starts."),
                            this);
    note->setWordWrap(true);

    m_checkSetup = new QPushButton(tr("&Check my setup…"), this);
    m_checkSetup->setObjectName(QStringLiteral("checkSetupButton"));
    m_checkSetup->setToolTip(tr("Tests both connections, the token's end date, the ledgers and template in the "
                                "settings and the VAT mapping, and says what to fix."));
    m_checkSetup->setEnabled(false);
    connect(m_checkSetup, &QPushButton::clicked, this, &SettingsPage::checkSetup);

    auto* wizard = new QPushButton(tr("Run setup &wizard…"), this);
    wizard->setObjectName(QStringLiteral("setupWizardButton"));
    connect(wizard, &QPushButton::clicked, this, &SettingsPage::setupWizardRequested);

    auto* general = new QWidget(m_sections);
    general->setMaximumWidth(formWidth());
    auto* layout = new QVBoxLayout(general);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_checkSetup, 0, Qt::AlignLeft);
    layout->addWidget(wizard, 0, Qt::AlignLeft);
    layout->addStretch();
    auto* generalPage = new QWidget(m_sections); // the form at its width on the left, the rest empty
    auto* generalLayout = new QHBoxLayout(generalPage);
    generalLayout->setContentsMargins(0, 0, 0, 0);
    generalLayout->addWidget(general, 1);
    generalLayout->addStretch(0);

    m_sections->setObjectName(QStringLiteral("settingsSections"));
    m_sections->addTab(generalPage, tr("General"));
    m_sections->addTab(new PlaceholderPage(tr("Booking"),
                                           tr("How documents are booked can be changed here once an administration "
                                              "is set up; the demo's sandbox books with fixed settings. Run the "
                                              "setup wizard to connect your own."),
                                           m_sections),
                       tr("Booking"));

    // One Save and one Revert for General and Booking (Connection saves a login once its test passes).
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("settingsStatus"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    m_revert->setToolTip(tr("Show the saved settings again"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveStatus, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(m_sections, 1);
    page->addLayout(buttons);
    updateSaveState();
}

int SettingsPage::formWidth() const
{
    // About 90 characters: a label and a field side by side, as wide as a page of text is readable.
    return fontMetrics().averageCharWidth() * 90;
}

void SettingsPage::loadGeneral()
{
    m_loading = true;
    const int current = m_language->findData(m_settings.value(LanguageLoader::settingKey()).toString());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_syncInterval->setValue(m_settings.value(syncIntervalKey(), defaultSyncIntervalMinutes).toInt());
    m_concurrency->setValue(m_settings.value(AdministrationSettingsStore::concurrencyKey(), 1).toInt());
    m_rate->setValue(m_settings.value(AdministrationSettingsStore::maxRequestsPerSecondKey(), 0).toInt());
    m_loading = false;
}

bool SettingsPage::hasUnsavedChanges() const
{
    const int language = m_language->findData(m_settings.value(LanguageLoader::settingKey()).toString());
    return m_language->currentIndex() != (language < 0 ? 0 : language) ||
           m_syncInterval->value() != m_settings.value(syncIntervalKey(), defaultSyncIntervalMinutes).toInt() ||
           m_concurrency->value() != m_settings.value(AdministrationSettingsStore::concurrencyKey(), 1).toInt() ||
           m_rate->value() != m_settings.value(AdministrationSettingsStore::maxRequestsPerSecondKey(), 0).toInt() ||
           (m_booking && m_booking->hasUnsavedChanges());
}

void SettingsPage::updateSaveState()
{
    if (m_loading || !m_save)
        return;
    const bool unsaved = hasUnsavedChanges();
    m_save->setEnabled(unsaved);
    m_revert->setEnabled(unsaved);
    if (unsaved)
        m_saveStatus->setText(tr("Changed, not saved yet."));
}

bool SettingsPage::save()
{
    // The booking settings first: when the form refuses them, nothing at all is written.
    if (m_booking && m_booking->hasUnsavedChanges() && !m_booking->save()) {
        m_sections->setCurrentWidget(m_sections->widget(1));
        m_saveStatus->setText(tr("Not saved: see the Booking section for what to fix."));
        return false;
    }
    const QString language = m_language->currentData().toString();
    const bool newLanguage = language != m_settings.value(LanguageLoader::settingKey()).toString();
    const int minutes = m_syncInterval->value();
    const bool intervalChanged = minutes != m_settings.value(syncIntervalKey(), defaultSyncIntervalMinutes).toInt();
    if (language.isEmpty())
        m_settings.remove(LanguageLoader::settingKey());
    else
        m_settings.setValue(LanguageLoader::settingKey(), language);
    m_settings.setValue(syncIntervalKey(), minutes);
    m_settings.setValue(AdministrationSettingsStore::concurrencyKey(), m_concurrency->value());
    m_settings.setValue(AdministrationSettingsStore::maxRequestsPerSecondKey(), m_rate->value());
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        m_saveStatus->setText(tr("Not saved: the settings file could not be written."));
        return false;
    }
    if (newLanguage)
        emit languageChanged(language);
    if (intervalChanged) {
        emit syncIntervalChanged(minutes);
        m_unattended->intervalChanged();
    }
    updateSaveState();
    m_saveStatus->setText(tr("Settings saved."));
    return true;
}

void SettingsPage::revert()
{
    loadGeneral();
    if (m_booking)
        m_booking->reload();
    updateSaveState();
    m_saveStatus->setText(tr("The saved settings are shown again."));
}

bool SettingsPage::maySwitchAway()
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved settings"),
                    tr("Some settings are changed but not saved. Save them now?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedSettings"));
    box.setInformativeText(tr("Discard shows the saved settings again; Cancel stays here."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

void SettingsPage::setBookingProfile(const QString& profile, const Database* database)
{
    const int index = 1; // Booking, after General (Connection and Store follow once a profile is set)
    QWidget* previous = m_sections->widget(index);
    m_unattended->setProfile(profile);
    m_profile = profile;
    m_databasePath = database ? database->path() : QString();
    m_checkSetup->setEnabled(true);
    m_booking = new BookingSettingsSection(profile, m_settings, database);
    m_booking->setObjectName(QStringLiteral("bookingSection"));
    m_booking->setMaximumWidth(formWidth());
    connect(m_booking, &BookingSettingsSection::saved, this, &SettingsPage::bookingSettingsSaved);
    connect(m_booking, &BookingSettingsSection::edited, this, &SettingsPage::updateSaveState);
    // The form is taller than a small window: it scrolls instead of squeezing.
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_booking);
    m_sections->removeTab(index);
    m_sections->insertTab(index, scroll, tr("Booking"));
    delete previous;

    // Logins and keys are replaced here, tested first, without the wizard and without a restart.
    if (!m_connection) {
        m_connection = new ConnectionSection(profile, m_settings);
        m_connection->setObjectName(QStringLiteral("connectionSection"));
        m_connection->setMaximumWidth(formWidth());
        connect(m_connection, &ConnectionSection::connectionsChanged, this, &SettingsPage::connectionsChanged);
        m_sections->addTab(m_connection, tr("Connection"));
    }

    // Where the profile's store is (issue 18): built for this profile, after Connection.
    auto* store = new StoreSection(profile, m_settings);
    store->setObjectName(QStringLiteral("storeSection"));
    store->setMaximumWidth(formWidth());
    if (m_store) {
        m_sections->removeTab(m_sections->indexOf(m_store));
        delete m_store;
    }
    m_store = store;
    m_sections->addTab(m_store, tr("Store"));
}

SetupCheckDialog* SettingsPage::checkSetup()
{
    auto* dialog = new SetupCheckDialog(m_profile, m_settings, m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->check();
    return dialog;
}
