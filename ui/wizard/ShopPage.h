#pragma once

#include "shop/ShopConnectionSettings.h"
#include "TestedPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class SetupWizard;

// Step 3: the shop: Magento 2 (REST address and the integration's four keys, or a Bearer token) or
// PrestaShop (webservice address, key, the order states booked as invoices, the shop's time zone), and
// "Test connection". The back-office address is kept for "Open in shop".
class ShopPage : public TestedPage
{
    Q_OBJECT

public:
    explicit ShopPage(SetupWizard& wizard);

    bool validatePage() override;

private:
    ShopConnectionSettings typed() const;

    SetupWizard& m_wizard;
    QComboBox* m_platform;
    QLineEdit* m_apiUrl;
    QLineEdit* m_adminUrl;
    QStackedWidget* m_keys;
    QLineEdit* m_consumerKey;
    QLineEdit* m_consumerSecret;
    QLineEdit* m_accessToken;
    QLineEdit* m_accessTokenSecret;
    QCheckBox* m_bearer;
    QLineEdit* m_webserviceKey;
    QLineEdit* m_bookableStates;
    QLineEdit* m_timeZone;
};
