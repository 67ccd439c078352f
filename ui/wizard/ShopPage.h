#pragma once

#include "shop/ShopConnectionSettings.h"
#include "shop/ShopConnectionTest.h"
#include "TestedPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class SetupWizard;

// Step 3: the shop: Magento 2 (REST address and the integration's four keys, or a Bearer token) or
// PrestaShop (webservice address, key, the order states booked as invoices, the shop's time zone), and
// "Test connection". PrestaShop's order states are typed as ids until a passed test has read the shop's list;
// then they are ticked by name, those the shop marks as invoiced or accepted (invoice, logable) ticked first.
// The back-office address is kept for "Open in shop".
class ShopPage : public TestedPage
{
    Q_OBJECT

public:
    explicit ShopPage(SetupWizard& wizard);

    bool isComplete() const override;
    bool validatePage() override;
    void prefill(const ShopConnectionSettings& saved);

private:
    ShopConnectionSettings typed() const;
    // The states a passed test read (none: the typed ids stay the way to choose).
    void showOrderStates(const QList<ShopConnectionTest::OrderState>& states);
    QList<qint64> tickedStates() const;

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
    QListWidget* m_stateList;
    QWidget* m_states; // the typed ids or the list
    QLineEdit* m_timeZone;
    bool m_keyInAddress = false; // PrestaShop: the last test found that the host drops the Authorization header
};
