#pragma once

#include "secrets/EBoekhoudenCredentials.h"
#include "shop/ShopConnectionSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QStackedWidget;

// Settings → Connection: replace the e-Boekhouden login (a new API token, or username and security codes) and the
// shop's keys without the setup wizard and without a restart. What is typed is tested first (on a worker thread,
// the same tests as the wizard's) and saved to the keychain only when it passed; then connectionsChanged() tells
// the window, which hands the new logins to the sync engine for its next run. The saved secrets are never shown:
// an empty field keeps what is saved.
class ConnectionSection : public QWidget
{
    Q_OBJECT

public:
    ConnectionSection(QString profile, QSettings& settings, QWidget* parent = nullptr);

    bool isTesting() const { return m_testing; }
    QString eboekhoudenVerdict() const;
    QString shopVerdict() const;

public slots:
    void testAndSaveLogin();
    void testAndSaveShop();

signals:
    void connectionsChanged();
    void tested(); // a test ended, passed or not

private:
    EBoekhoudenCredentials typedLogin() const;
    ShopConnectionSettings typedShop() const;
    void finishLogin(bool ok, const QString& message, const EBoekhoudenCredentials& credentials);
    void finishShop(bool ok, const QString& message, const ShopConnectionSettings& connection);

    QString m_profile;
    QSettings& m_settings;
    EBoekhoudenCredentials m_saved;
    ShopConnectionSettings m_savedShop;
    bool m_testing = false;

    QLineEdit* m_token;
    QLineEdit* m_username;
    QLineEdit* m_code1;
    QLineEdit* m_code2;
    QLabel* m_loginVerdict;
    QPushButton* m_saveLogin;

    QLineEdit* m_shopUrl;
    QLineEdit* m_consumerKey;
    QLineEdit* m_consumerSecret;
    QLineEdit* m_accessToken;
    QLineEdit* m_accessTokenSecret;
    QLineEdit* m_webserviceKey;
    QLabel* m_shopVerdict;
    QPushButton* m_saveShop;
};
