#include "ConnectionSection.h"

#include "concurrency/RunOnWorkerThread.h"
#include "EBoekhoudenCheck.h"
#include "ShopProfile.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <utility>

namespace {

QLineEdit* secretField(QWidget* parent, const char* name, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// A typed replacement wins; an empty field keeps what is saved.
QString typedOr(const QLineEdit* field, const QString& saved)
{
    const QString typed = field->text().trimmed();
    return typed.isEmpty() ? saved : typed;
}

} // namespace

ConnectionSection::ConnectionSection(QString profile, QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
{
    const EBoekhoudenCredentials::Loaded loaded = EBoekhoudenCredentials::load(m_profile, m_settings);
    m_saved = loaded.credentials;
    const ShopProfile::Read shop = ShopProfile::read(m_profile, m_settings);
    m_savedShop = shop.connection;
    const QString keep = tr("saved in the keychain: type to replace");

    auto* login = new QGroupBox(tr("e-Boekhouden"), this);
    auto* loginForm = new QFormLayout(login);
    m_token = secretField(login, "newApiToken", keep);
    m_username = new QLineEdit(login);
    m_username->setObjectName(QStringLiteral("newUsername"));
    m_username->setText(m_saved.username);
    m_code1 = secretField(login, "newSecurityCode1", keep);
    m_code2 = secretField(login, "newSecurityCode2", keep);
    const bool soap = m_saved.api == EBoekhoudenCredentials::Api::Soap;
    if (soap) {
        loginForm->addRow(tr("&Username:"), m_username);
        loginForm->addRow(tr("Security code &1:"), m_code1);
        loginForm->addRow(tr("Security code &2:"), m_code2);
        m_token->hide();
    } else {
        loginForm->addRow(tr("New API &token:"), m_token);
        m_username->hide();
        m_code1->hide();
        m_code2->hide();
    }
    m_loginVerdict = new QLabel(login);
    m_loginVerdict->setObjectName(QStringLiteral("loginVerdict"));
    m_loginVerdict->setWordWrap(true);
    m_saveLogin = new QPushButton(tr("Test and &save the login"), login);
    m_saveLogin->setObjectName(QStringLiteral("saveLogin"));
    connect(m_saveLogin, &QPushButton::clicked, this, &ConnectionSection::testAndSaveLogin);
    loginForm->addRow(QString(), m_saveLogin);
    loginForm->addRow(QString(), m_loginVerdict);

    auto* shopBox = new QGroupBox(tr("Shop"), this);
    auto* shopForm = new QFormLayout(shopBox);
    m_shopUrl = new QLineEdit(shopBox);
    m_shopUrl->setObjectName(QStringLiteral("shopUrl"));
    m_shopUrl->setText(m_savedShop.apiUrl().toString());
    shopForm->addRow(tr("Shop &address:"), m_shopUrl);
    m_consumerKey = secretField(shopBox, "newConsumerKey", keep);
    m_consumerSecret = secretField(shopBox, "newConsumerSecret", keep);
    m_accessToken = secretField(shopBox, "newAccessToken", keep);
    m_accessTokenSecret = secretField(shopBox, "newAccessTokenSecret", keep);
    m_webserviceKey = secretField(shopBox, "newWebserviceKey", keep);
    if (m_savedShop.platform == ShopConnectionSettings::Platform::PrestaShop) {
        shopForm->addRow(tr("&Webservice key:"), m_webserviceKey);
        for (QLineEdit* field : {m_consumerKey, m_consumerSecret, m_accessToken, m_accessTokenSecret})
            field->hide();
    } else {
        shopForm->addRow(tr("&Consumer key:"), m_consumerKey);
        shopForm->addRow(tr("Consumer s&ecret:"), m_consumerSecret);
        shopForm->addRow(tr("Access t&oken:"), m_accessToken);
        shopForm->addRow(tr("Access token secret:"), m_accessTokenSecret);
        m_webserviceKey->hide();
    }
    m_shopVerdict = new QLabel(shopBox);
    m_shopVerdict->setObjectName(QStringLiteral("shopVerdict"));
    m_shopVerdict->setWordWrap(true);
    if (!shop.ok && !shop.message.isEmpty())
        m_shopVerdict->setText(shop.message);
    m_saveShop = new QPushButton(tr("Test and save the s&hop"), shopBox);
    m_saveShop->setObjectName(QStringLiteral("saveShop"));
    connect(m_saveShop, &QPushButton::clicked, this, &ConnectionSection::testAndSaveShop);
    shopForm->addRow(QString(), m_saveShop);
    shopForm->addRow(QString(), m_shopVerdict);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(login);
    layout->addWidget(shopBox);
    layout->addStretch();
}

EBoekhoudenCredentials ConnectionSection::typedLogin() const
{
    EBoekhoudenCredentials typed = m_saved;
    if (typed.api == EBoekhoudenCredentials::Api::None)
        typed.api = EBoekhoudenCredentials::Api::Rest;
    typed.apiToken = typedOr(m_token, m_saved.apiToken);
    typed.username = typedOr(m_username, m_saved.username);
    typed.securityCode1 = typedOr(m_code1, m_saved.securityCode1);
    typed.securityCode2 = typedOr(m_code2, m_saved.securityCode2);
    return typed;
}

ShopConnectionSettings ConnectionSection::typedShop() const
{
    ShopConnectionSettings typed = m_savedShop;
    const QUrl url = QUrl::fromUserInput(m_shopUrl->text().trimmed());
    if (url.isValid() && !m_shopUrl->text().trimmed().isEmpty())
        typed.setApiUrl(url);
    typed.magento.consumerKey = typedOr(m_consumerKey, m_savedShop.magento.consumerKey);
    typed.magento.consumerSecret = typedOr(m_consumerSecret, m_savedShop.magento.consumerSecret);
    typed.magento.accessToken = typedOr(m_accessToken, m_savedShop.magento.accessToken);
    typed.magento.accessTokenSecret = typedOr(m_accessTokenSecret, m_savedShop.magento.accessTokenSecret);
    typed.prestaShop.webserviceKey = typedOr(m_webserviceKey, m_savedShop.prestaShop.webserviceKey);
    return typed;
}

void ConnectionSection::testAndSaveLogin()
{
    const EBoekhoudenCredentials typed = typedLogin();
    if (!typed.isComplete()) {
        finishLogin(false, tr("Type the new API token (or the username and both security codes) first."), typed);
        return;
    }
    m_testing = true;
    m_saveLogin->setEnabled(false);
    m_loginVerdict->setText(tr("Testing the login…"));
    runOnWorkerThread(
        this, [typed] { return EBoekhoudenCheck::run(typed); },
        [this, typed](const ConnectionVerdict& verdict) { finishLogin(verdict.ok, verdict.message, typed); });
}

void ConnectionSection::finishLogin(bool ok, const QString& message, const EBoekhoudenCredentials& credentials)
{
    m_testing = false;
    m_saveLogin->setEnabled(true);
    if (!ok) {
        m_loginVerdict->setText(tr("Not saved: %1").arg(message));
        emit tested();
        return;
    }
    const QString error = EBoekhoudenCredentials::save(m_profile, credentials, m_settings);
    if (!error.isEmpty()) {
        m_loginVerdict->setText(tr("The login works, but the keychain did not save it: %1").arg(error));
        emit tested();
        return;
    }
    m_saved = credentials;
    for (QLineEdit* field : {m_token, m_code1, m_code2})
        field->clear();
    m_loginVerdict->setText(tr("%1 Saved: the next synchronisation uses it.").arg(message));
    emit connectionsChanged();
    emit tested();
}

void ConnectionSection::testAndSaveShop()
{
    const ShopConnectionSettings typed = typedShop();
    if (!typed.isComplete()) {
        finishShop(false, typed.missing(), typed);
        return;
    }
    m_testing = true;
    m_saveShop->setEnabled(false);
    m_shopVerdict->setText(tr("Testing the shop…"));
    runOnWorkerThread(
        this,
        [factory = typed.forTest().connectorFactory()] {
            const ShopConnectionTest test = factory()->testConnection();
            return std::pair(test.ok(), test.message);
        },
        [this, typed](const std::pair<bool, QString>& result) { finishShop(result.first, result.second, typed); });
}

void ConnectionSection::finishShop(bool ok, const QString& message, const ShopConnectionSettings& connection)
{
    m_testing = false;
    m_saveShop->setEnabled(true);
    if (!ok) {
        m_shopVerdict->setText(tr("Not saved: %1").arg(message));
        emit tested();
        return;
    }
    const QString error = ShopProfile::save(m_profile, connection, m_settings);
    if (!error.isEmpty()) {
        m_shopVerdict->setText(tr("The shop answers, but the keychain did not save its keys: %1").arg(error));
        emit tested();
        return;
    }
    m_savedShop = connection;
    for (QLineEdit* field : {m_consumerKey, m_consumerSecret, m_accessToken, m_accessTokenSecret, m_webserviceKey})
        field->clear();
    m_shopVerdict->setText(tr("%1 Saved: the next synchronisation uses it.").arg(message));
    emit connectionsChanged();
    emit tested();
}

QString ConnectionSection::eboekhoudenVerdict() const
{
    return m_loginVerdict->text();
}

QString ConnectionSection::shopVerdict() const
{
    return m_shopVerdict->text();
}
