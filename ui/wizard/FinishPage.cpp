#include "FinishPage.h"

#include "AdministrationSettingsStore.h"
#include "ProfileSetup.h"
#include "SetupWizard.h"
#include "ShopProfile.h"
#include "store/InvoiceTemplateRepository.h"
#include "store/LedgerRepository.h"
#include "store/VatMappingRepository.h"

#include <QAbstractButton>
#include <QLabel>
#include <QVBoxLayout>

FinishPage::FinishPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Ready"));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("finishStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addStretch();
}

void FinishPage::initializePage()
{
    const QString login = m_wizard.credentials.api == EBoekhoudenCredentials::Api::Rest
                              ? tr("the API token")
                              : tr("the username and security codes");
    m_summary->setText(tr("Finish saves %1 and the shop's keys in the system's keychain, the settings of this "
                          "computer and the VAT mapping (%n row(s)). Boekhoudbrug then opens on your "
                          "administration; \"Synchronise now\" books the imported documents.",
                          nullptr, int(m_wizard.vatMapping.entries.size()))
                           .arg(login));
    m_status->clear();
}

bool FinishPage::isComplete() const
{
    return !m_saving;
}

bool FinishPage::validatePage()
{
    if (m_saved)
        return true;
    if (m_saving)
        return false;
    m_saving = true;
    m_status->setText(tr("Saving…"));
    emit completeChanged();
    m_wizard.button(QWizard::BackButton)->setEnabled(false);
    m_wizard.button(QWizard::CancelButton)->setEnabled(false);
    // On the GUI thread, deliberately: the keychain waits in a local event loop (the window keeps drawing;
    // the buttons are locked), and libsecret binds its connection to the main context of the first thread
    // that uses it: saved from a worker thread that then ended, every later keychain call of this process hung
    // (seen in tst_setupwizard). The app reads the keychain on this thread too.
    const QString profile = m_wizard.profile();
    QSettings& settings = m_wizard.settings();
    QString problem = EBoekhoudenCredentials::save(profile, m_wizard.credentials, settings);
    if (problem.isEmpty())
        problem = ShopProfile::save(profile, m_wizard.shop, settings);
    if (problem.isEmpty()) {
        if (!AdministrationSettingsStore::save(profile, m_wizard.administration, settings, m_wizard.database()))
            problem = tr("The booking settings could not be saved in the database; see the log file for the reason.");
        else if (!VatMappingRepository(m_wizard.database()).save(m_wizard.vatMapping))
            problem = tr("The VAT mapping could not be saved; see the log file for the reason.");
        // The ledgers just read feed the VAT Mapping screen's drop-downs until the first sync refreshes them.
        else if (!m_wizard.ledgers.isEmpty())
            LedgerRepository(m_wizard.database()).save(m_wizard.ledgers);
        // The templates likewise, for the Settings page's choice.
        if (problem.isEmpty() && !m_wizard.templates.isEmpty())
            InvoiceTemplateRepository(m_wizard.database()).save(m_wizard.templates);
    }
    m_saving = false;
    emit completeChanged(); // re-enables Back as well
    m_wizard.button(QWizard::CancelButton)->setEnabled(true);
    if (!problem.isEmpty()) {
        m_status->setText(tr("Not saved: %1").arg(problem));
        return false;
    }
    ProfileSetup::markSetUp(profile, settings);
    m_saved = true;
    m_status->setText(tr("Saved."));
    return true;
}
