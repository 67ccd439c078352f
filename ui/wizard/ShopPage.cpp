#include "ShopPage.h"

#include "SetupWizard.h"
#include "shop/PrestaShopConnector.h"
#include "shop/ShopFromEnvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

Q_DECLARE_METATYPE(QList<ShopConnectionTest::OrderState>)

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, bool secret = false)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ShopPage::ShopPage(SetupWizard& wizard)
    : TestedPage([this]() -> std::pair<TestConnectionRow::Check, ConnectionVerdict> {
        const ShopConnectionSettings connection = typed();
        if (!connection.isComplete())
            return {{}, {false, connection.missing()}};
        return {[factory = connection.forTest().connectorFactory()] {
                    const ShopConnectionTest test = factory()->testConnection();
                    ConnectionVerdict verdict(test.ok(), test.message);
                    if (!test.orderStates.isEmpty() && (test.apiUrl.isValid() || test.keyInAddress))
                        // PrestaShop, with what its test found out: the address below the one typed, ws_key
                        verdict.details =
                            QVariantList{QVariant::fromValue(test.orderStates), test.apiUrl, test.keyInAddress};
                    else if (!test.orderStates.isEmpty())
                        verdict.details = QVariant::fromValue(test.orderStates);
                    else if (test.apiUrl.isValid())
                        verdict.details = test.apiUrl; // found from the address typed: saved instead of it
                    return verdict;
                },
                {}};
    })
    , m_wizard(wizard)
    , m_platform(new QComboBox(this))
    , m_apiUrl(lineEdit(this, "shopUrl"))
    , m_adminUrl(lineEdit(this, "adminUrl"))
    , m_keys(new QStackedWidget(this))
{
    setTitle(tr("Connect to the shop"));
    setSubTitle(tr("Boekhoudbrug only reads from the shop; it never changes anything there."));
    m_platform->setObjectName(QStringLiteral("platform"));
    m_platform->addItem(QStringLiteral("Magento 2"), QStringLiteral("magento"));
    m_platform->addItem(QStringLiteral("PrestaShop"), QStringLiteral("prestashop"));
    m_apiUrl->setPlaceholderText(QStringLiteral("https://shop.example/rest"));
    m_adminUrl->setPlaceholderText(tr("optional, for \"Open in shop\""));

    auto* magento = new QWidget(m_keys);
    m_consumerKey = lineEdit(magento, "consumerKey", true);
    m_consumerSecret = lineEdit(magento, "consumerSecret", true);
    m_accessToken = lineEdit(magento, "accessToken", true);
    m_accessTokenSecret = lineEdit(magento, "accessTokenSecret", true);
    m_bearer = new QCheckBox(tr("Send only the access token, as a &Bearer token (the shop must allow it)"), magento);
    m_bearer->setObjectName(QStringLiteral("bearer"));
    auto* magentoForm = new QFormLayout(magento);
    magentoForm->setContentsMargins(0, 0, 0, 0);
    magentoForm->addRow(tr("Consumer &key:"), m_consumerKey);
    magentoForm->addRow(tr("Consumer &secret:"), m_consumerSecret);
    magentoForm->addRow(tr("Access t&oken:"), m_accessToken);
    magentoForm->addRow(tr("Access token s&ecret:"), m_accessTokenSecret);
    magentoForm->addRow(m_bearer);
    // API-shops.md S4: the ACL resources the connector reads with; the connection test names a missing one.
    auto* magentoPermissions =
        new QLabel(tr("Create the integration in Magento's admin under System > Extensions > Integrations and give it "
                      "these resources on its API tab: Stores (Magento_Backend::store), Sales (Magento_Sales::sales) "
                      "and Customers (Magento_Customer::customer). Activate it to see the four keys. The address "
                      "may be the shop's home page: the test finds the REST API (/rest, /index.php/rest, "
                      "/rest/<store code>) and saves the address that answered."),
                   magento);
    magentoPermissions->setObjectName(QStringLiteral("magentoPermissions"));
    magentoPermissions->setWordWrap(true);
    magentoForm->addRow(magentoPermissions);
    connect(m_bearer, &QCheckBox::toggled, this, [this](bool bearer) {
        m_consumerKey->setEnabled(!bearer);
        m_consumerSecret->setEnabled(!bearer);
        m_accessTokenSecret->setEnabled(!bearer);
    });

    auto* prestaShop = new QWidget(m_keys);
    m_webserviceKey = lineEdit(prestaShop, "webserviceKey", true);
    m_bookableStates = lineEdit(prestaShop, "bookableStates");
    m_bookableStates->setText(QStringLiteral("2,3,4,5"));
    m_bookableStates->setToolTip(tr("The ids of the order states, separated by commas; after \"Test connection\" "
                                    "the shop's states are listed by name to tick."));
    m_stateList = new QListWidget(prestaShop);
    m_stateList->setObjectName(QStringLiteral("orderStateList"));
    m_stateList->setMaximumHeight(140);
    m_stateList->hide();
    connect(m_stateList, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
    m_states = new QWidget(prestaShop);
    auto* states = new QVBoxLayout(m_states);
    states->setContentsMargins(0, 0, 0, 0);
    states->addWidget(m_bookableStates);
    states->addWidget(m_stateList);
    m_states->setFocusProxy(m_bookableStates);
    m_timeZone = lineEdit(prestaShop, "timeZone");
    m_timeZone->setText(QStringLiteral("Europe/Amsterdam"));
    auto* prestaShopForm = new QFormLayout(prestaShop);
    prestaShopForm->setContentsMargins(0, 0, 0, 0);
    prestaShopForm->addRow(tr("Webservice &key:"), m_webserviceKey);
    prestaShopForm->addRow(tr("Order states booked as &invoices:"), m_states);
    prestaShopForm->addRow(tr("Shop's time &zone:"), m_timeZone);
    // Issue 13 item 13: every resource the key must read; the integration manual's list lacks three of them.
    auto* prestaShopPermissions = new QLabel(
        tr("Create the key in PrestaShop's back office under Advanced Parameters > Webservice and give it the View "
           "(GET) permission on: %1. The address may be the shop's home page: the test finds the webservice at "
           "/api and says which permission is missing.")
            .arg(PrestaShopConnector::requiredResources().join(QStringLiteral(", "))),
        prestaShop);
    prestaShopPermissions->setObjectName(QStringLiteral("prestaShopPermissions"));
    prestaShopPermissions->setWordWrap(true);
    prestaShopForm->addRow(prestaShopPermissions);
    m_keys->addWidget(magento);
    m_keys->addWidget(prestaShop);
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_keys->setCurrentIndex(index);
        m_apiUrl->setPlaceholderText(index == 0 ? QStringLiteral("https://shop.example/rest")
                                                : QStringLiteral("https://shop.example/api"));
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("API &address:"), m_apiUrl);
    form->addRow(tr("Back-office a&ddress:"), m_adminUrl);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keys);
    layout->addWidget(testRow());
    layout->addStretch();
    connect(testRow(), &TestConnectionRow::verdictChanged, this, [this](bool passed) {
        QVariant details = testRow()->verdict().details;
        QUrl found = details.typeId() == QMetaType::QUrl ? details.toUrl() : QUrl();
        m_keyInAddress = false;
        if (details.typeId() == QMetaType::QVariantList) { // PrestaShop: its order states and what it found
            found = details.toList().value(1).toUrl();
            m_keyInAddress = details.toList().value(2).toBool();
            details = details.toList().value(0);
        }
        if (passed && m_platform->currentData().toString() == u"prestashop")
            showOrderStates(details.value<QList<ShopConnectionTest::OrderState>>());
        if (passed && found.isValid()) {
            // The address that answered replaces the one typed (a home page), without calling for a new test.
            const QSignalBlocker blocker(m_apiUrl);
            m_apiUrl->setText(found.toString());
        }
    });
    watch({m_platform, m_apiUrl, m_consumerKey, m_consumerSecret, m_accessToken, m_accessTokenSecret, m_bearer,
           m_webserviceKey, m_bookableStates, m_timeZone});
}

ShopConnectionSettings ShopPage::typed() const
{
    ShopConnectionSettings connection;
    connection.platform = ShopConnectionSettings::platformFromName(m_platform->currentData().toString());
    connection.setApiUrl(QUrl(m_apiUrl->text().trimmed()));
    connection.adminUrl = QUrl(m_adminUrl->text().trimmed());
    if (connection.platform == ShopConnectionSettings::Platform::Magento) {
        connection.magento.useBearerToken = m_bearer->isChecked();
        connection.magento.accessToken = m_accessToken->text().trimmed();
        if (!connection.magento.useBearerToken) {
            connection.magento.consumerKey = m_consumerKey->text().trimmed();
            connection.magento.consumerSecret = m_consumerSecret->text().trimmed();
            connection.magento.accessTokenSecret = m_accessTokenSecret->text().trimmed();
        }
    } else {
        connection.prestaShop.webserviceKey = m_webserviceKey->text().trimmed();
        connection.prestaShop.bookableStates =
            m_stateList->isHidden() ? ShopFromEnvironment::parseStates(m_bookableStates->text()) : tickedStates();
        connection.prestaShop.timeZone = m_timeZone->text().trimmed().toUtf8();
        connection.prestaShop.keyInAddress = m_keyInAddress;
    }
    return connection;
}

void ShopPage::prefill(const ShopConnectionSettings& saved)
{
    if (const int index = m_platform->findData(saved.platform == ShopConnectionSettings::Platform::PrestaShop
                                                   ? QStringLiteral("prestashop")
                                                   : QStringLiteral("magento"));
        index >= 0)
        m_platform->setCurrentIndex(index);
    m_apiUrl->setText(saved.apiUrl().toString());
    m_adminUrl->setText(saved.adminUrl.toString());
    if (saved.platform == ShopConnectionSettings::Platform::Magento) {
        m_consumerKey->setText(saved.magento.consumerKey);
        m_consumerSecret->setText(saved.magento.consumerSecret);
        m_accessToken->setText(saved.magento.accessToken);
        m_accessTokenSecret->setText(saved.magento.accessTokenSecret);
        m_bearer->setChecked(saved.magento.useBearerToken);
    } else {
        m_webserviceKey->setText(saved.prestaShop.webserviceKey);
        QStringList states;
        for (const qint64 state : saved.prestaShop.bookableStates)
            states.append(QString::number(state));
        m_bookableStates->setText(states.join(u','));
        m_timeZone->setText(QString::fromUtf8(saved.prestaShop.timeZone));
        m_keyInAddress = saved.prestaShop.keyInAddress;
    }
}

bool ShopPage::validatePage()
{
    m_wizard.shop = typed();
    return true;
}

void ShopPage::showOrderStates(const QList<ShopConnectionTest::OrderState>& states)
{
    // A second test (Back, or another address) keeps the ticks of the states listed before.
    QHash<qint64, bool> ticked;
    for (int row = 0; row < m_stateList->count(); ++row) {
        const QListWidgetItem* item = m_stateList->item(row);
        ticked.insert(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
    }
    const QSignalBlocker blocker(m_stateList);
    m_stateList->clear();
    for (const ShopConnectionTest::OrderState& state : states) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 – %2").arg(state.id).arg(state.name), m_stateList);
        item->setData(Qt::UserRole, state.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // API-shops.md 2.4: orders in a state with invoice=1 or logable=1 are the ones to book.
        item->setCheckState(ticked.value(state.id, state.invoice || state.logable) ? Qt::Checked : Qt::Unchecked);
    }
    m_stateList->setVisible(!states.isEmpty());
    m_bookableStates->setVisible(states.isEmpty());
    m_states->setFocusProxy(states.isEmpty() ? static_cast<QWidget*>(m_bookableStates) : m_stateList);
    emit completeChanged();
}

QList<qint64> ShopPage::tickedStates() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_stateList->count(); ++row)
        if (m_stateList->item(row)->checkState() == Qt::Checked)
            ids.append(m_stateList->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

bool ShopPage::isComplete() const
{
    // Nothing ticked would book nothing at all.
    return TestedPage::isComplete() &&
           (m_platform->currentData().toString() != u"prestashop" || !typed().prestaShop.bookableStates.isEmpty());
}
