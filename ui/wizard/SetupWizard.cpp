#include "SetupWizard.h"

#include "AdministrationPage.h"
#include "ApiTokenPage.h"
#include "ChooseApiPage.h"
#include "FinishPage.h"
#include "ImportPage.h"
#include "SecurityCodesPage.h"
#include "ShopPage.h"
#include "VatMappingWizardPage.h"

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
}

SetupWizard::~SetupWizard() = default;
