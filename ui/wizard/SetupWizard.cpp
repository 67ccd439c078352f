#include "SetupWizard.h"

#include "AdministrationPage.h"
#include "ApiTokenPage.h"
#include "ChooseApiPage.h"
#include "FinishPage.h"
#include "ImportPage.h"
#include "ProfileSetup.h"
#include "SecurityCodesPage.h"
#include "ShopPage.h"
#include "ShopProfile.h"
#include "VatMappingWizardPage.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

SetupWizard::SetupWizard(QString profile, QSettings& settings, const QString& databasePath, QWidget* parent)
    : QWizard(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_database(databasePath)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Boekhoudbrug"));
    setWizardStyle(QWizard::ClassicStyle); // the same on every platform, and readable offscreen
    setOption(QWizard::NoBackButtonOnStartPage);
    m_database.open();
    setPage(ChooseApiPageId, new ChooseApiPage(*this));
    setPage(ApiTokenPageId, new ApiTokenPage(*this));
    setPage(SecurityCodesPageId, new SecurityCodesPage(*this));
    setPage(ShopPageId, new ShopPage(*this));
    setPage(ImportPageId, new ImportPage(*this));
    setPage(AdministrationPageId, new AdministrationPage(*this));
    setPage(VatMappingPageId, new VatMappingWizardPage(*this));
    setPage(FinishPageId, new FinishPage(*this));
    setStartId(ChooseApiPageId);
    resize(720, 560);
    prefillFromProfile();
}

void SetupWizard::prefillFromProfile()
{
    // Running the wizard again starts from what was saved, so nothing has to be typed twice; the login is
    // tested again before Next, as on the first run. The keychain only: a headless run's variables are not
    // this profile's.
    if (!ProfileSetup::isSetUp(m_profile, m_settings))
        return;
    const EBoekhoudenCredentials::Loaded loaded =
        EBoekhoudenCredentials::load(m_profile, m_settings, QProcessEnvironment());
    if (loaded.ok) {
        credentials = loaded.credentials;
        static_cast<ChooseApiPage*>(page(ChooseApiPageId))->prefill(credentials);
        static_cast<ApiTokenPage*>(page(ApiTokenPageId))->prefill(credentials);
        static_cast<SecurityCodesPage*>(page(SecurityCodesPageId))->prefill(credentials);
    }
    if (const ShopProfile::Read saved = ShopProfile::read(m_profile, m_settings); saved.ok) {
        shop = saved.connection;
        static_cast<ShopPage*>(page(ShopPageId))->prefill(shop);
    }
    administration = AdministrationSettingsStore::load(m_profile, m_settings, m_database);
}

SetupWizard::~SetupWizard() = default;

bool SetupWizard::hasInput() const
{
    if (visitedIds().size() > 1)
        return true;
    const QList<QLineEdit*> fields = findChildren<QLineEdit*>();
    return std::any_of(fields.cbegin(), fields.cend(), [](const QLineEdit* field) { return field->isModified(); });
}

void SetupWizard::reject()
{
    // Escape (also the one that only meant to close a drop-down) and Cancel would throw away every key typed so
    // far: ask first, with "keep editing" as the safe default.
    if (hasInput()) {
        QMessageBox box(QMessageBox::Question, tr("Discard the setup?"),
                        tr("What you entered in the setup wizard has not been saved. Discard it and close the "
                           "wizard?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("discardSetup"));
        QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        discard->setObjectName(QStringLiteral("discardButton"));
        keep->setObjectName(QStringLiteral("keepEditingButton"));
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QWizard::reject();
}
