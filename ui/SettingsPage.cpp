#include "SettingsPage.h"

#include "AdministrationSettingsStore.h"
#include "BookingSettingsSection.h"
#include "ConnectionSection.h"
#include "i18n/LanguageLoader.h"
#include "PlaceholderPage.h"
#include "SetupCheckDialog.h"
#include "store/Database.h"
#include "UnattendedSyncRow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
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
    const int current = m_language->findData(m_settings.value(LanguageLoader::settingKey()).toString());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::saveLanguage);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    m_syncInterval = new QSpinBox(this);
    m_syncInterval->setObjectName(QStringLiteral("syncInterval"));
    m_syncInterval->setRange(0, 24 * 60);
    m_syncInterval->setSuffix(tr(" minutes"));
    m_syncInterval->setSpecialValueText(tr("only when asked"));
    m_syncInterval->setValue(m_settings.value(syncIntervalKey(), defaultSyncIntervalMinutes).toInt());
    connect(m_syncInterval, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setValue(syncIntervalKey(), minutes);
        emit syncIntervalChanged(minutes);
        m_unattended->intervalChanged();
    });
    form->addRow(tr("&Synchronise every:"), m_syncInterval);
    m_unattended = new UnattendedSyncRow(m_settings, this);
    form->addRow(QString(), m_unattended);
    // How hard a sync may push: more documents at once is faster, a rate limit is kinder to e-Boekhouden.
    auto* concurrency = new QSpinBox(this);
    concurrency->setObjectName(QStringLiteral("syncConcurrency"));
    concurrency->setRange(1, SyncConfiguration::maxConcurrency);
    concurrency->setValue(m_settings.value(AdministrationSettingsStore::concurrencyKey(), 1).toInt());
    connect(concurrency, &QSpinBox::valueChanged, this,
            [this](int n) { m_settings.setValue(AdministrationSettingsStore::concurrencyKey(), n); });
    form->addRow(tr("&Documents booked at the same time:"), concurrency);
    auto* rate = new QSpinBox(this);
    rate->setObjectName(QStringLiteral("syncRate"));
    rate->setRange(0, 100);
    rate->setSuffix(tr(" per second"));
    rate->setSpecialValueText(tr("no limit"));
    rate->setValue(m_settings.value(AdministrationSettingsStore::maxRequestsPerSecondKey(), 0).toInt());
    connect(rate, &QSpinBox::valueChanged, this,
            [this](int n) { m_settings.setValue(AdministrationSettingsStore::maxRequestsPerSecondKey(), n); });
    form->addRow(tr("Requests to e-Boekhouden at &most:"), rate);

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
    auto* layout = new QVBoxLayout(general);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_checkSetup, 0, Qt::AlignLeft);
    layout->addWidget(wizard, 0, Qt::AlignLeft);
    layout->addStretch();

    m_sections->setObjectName(QStringLiteral("settingsSections"));
    m_sections->addTab(general, tr("General"));
    m_sections->addTab(new PlaceholderPage(tr("Booking"),
                                           tr("How documents are booked can be changed here once an administration "
                                              "is set up; the demo's sandbox books with fixed settings. Run the "
                                              "setup wizard to connect your own."),
                                           m_sections),
                       tr("Booking"));
    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(m_sections);
}

void SettingsPage::setBookingProfile(const QString& profile, const Database* database)
{
    const int index = m_sections->count() - 1;
    QWidget* previous = m_sections->widget(index);
    m_unattended->setProfile(profile);
    m_profile = profile;
    m_databasePath = database ? database->path() : QString();
    m_checkSetup->setEnabled(true);
    m_booking = new BookingSettingsSection(profile, m_settings, database);
    m_booking->setObjectName(QStringLiteral("bookingSection"));
    connect(m_booking, &BookingSettingsSection::saved, this, &SettingsPage::bookingSettingsSaved);
    // The form is taller than a small window: it scrolls instead of squeezing.
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_booking);
    m_sections->removeTab(index);
    m_sections->insertTab(index, scroll, tr("Booking"));
    delete previous;

    // Logins and keys are replaced here, tested first, without the wizard and without a restart.
    if (!m_connection) {
        m_connection = new ConnectionSection(profile, m_settings);
        m_connection->setObjectName(QStringLiteral("connectionSection"));
        connect(m_connection, &ConnectionSection::connectionsChanged, this, &SettingsPage::connectionsChanged);
        m_sections->addTab(m_connection, tr("Connection"));
    }
}

SetupCheckDialog* SettingsPage::checkSetup()
{
    auto* dialog = new SetupCheckDialog(m_profile, m_settings, m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->check();
    return dialog;
}

void SettingsPage::saveLanguage()
{
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        m_settings.remove(LanguageLoader::settingKey());
    else
        m_settings.setValue(LanguageLoader::settingKey(), language);
    emit languageChanged(language);
}
