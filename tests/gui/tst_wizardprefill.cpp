#include "AdministrationSettingsStore.h"
#include "ProfileSetup.h"
#include "SetupWizard.h"
#include "ShopProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// Running the setup wizard again starts from the saved profile (settings and the real keychain): nothing has to
// be typed twice.
class TestWizardPrefill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template <typename T>
    static T* field(SetupWizard& wizard, const char* name)
    {
        T* found = wizard.findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no field %s", name);
        return found;
    }

private slots:
    void aSecondRunIsPrefilled()
    {
        const QString profile = QStringLiteral("prefill");
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        EBoekhoudenCredentials login;
        login.api = EBoekhoudenCredentials::Api::Rest;
        login.apiToken = QStringLiteral("saved-token");
        login.tokenEndDate = QDate(2027, 3, 31);
        login.country = QStringLiteral("BE");
        QCOMPARE(EBoekhoudenCredentials::save(profile, login, settings), QString());
        ShopConnectionSettings shop;
        shop.platform = ShopConnectionSettings::Platform::Magento;
        shop.setApiUrl(QUrl(QStringLiteral("https://winkel.example/rest")));
        shop.adminUrl = QUrl(QStringLiteral("https://winkel.example/admin"));
        shop.magento.consumerKey = QStringLiteral("ck");
        shop.magento.consumerSecret = QStringLiteral("cs");
        shop.magento.accessToken = QStringLiteral("at");
        shop.magento.accessTokenSecret = QStringLiteral("ats");
        QCOMPARE(ShopProfile::save(profile, shop, settings), QString());
        AdministrationSettingsStore::Saved administration;
        administration.settings.paymentTermDays = 30;
        {
            Database store(m_dir.filePath(QStringLiteral("store.sqlite")));
            QVERIFY(store.open());
            QVERIFY(AdministrationSettingsStore::save(profile, administration, settings, store));
        }

        {
            // Not set up yet (the wizard was cancelled before Finish): a blank start.
            SetupWizard fresh(profile, settings, m_dir.filePath(QStringLiteral("store.sqlite")));
            QCOMPARE(field<QLineEdit>(fresh, "token")->text(), QString());
        }

        ProfileSetup::markSetUp(profile, settings);
        SetupWizard wizard(profile, settings, m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(field<QRadioButton>(wizard, "apiToken")->isChecked());
        QCOMPARE(field<QComboBox>(wizard, "country")->currentData().toString(), QStringLiteral("BE"));
        QCOMPARE(field<QLineEdit>(wizard, "token")->text(), QStringLiteral("saved-token"));
        QVERIFY(field<QCheckBox>(wizard, "hasEndDate")->isChecked());
        QCOMPARE(field<QDateEdit>(wizard, "endDate")->date(), QDate(2027, 3, 31));
        QCOMPARE(field<QLineEdit>(wizard, "shopUrl")->text(), QStringLiteral("https://winkel.example/rest"));
        QCOMPARE(field<QLineEdit>(wizard, "adminUrl")->text(), QStringLiteral("https://winkel.example/admin"));
        QCOMPARE(field<QLineEdit>(wizard, "consumerSecret")->text(), QStringLiteral("cs"));
        QCOMPARE(field<QLineEdit>(wizard, "accessTokenSecret")->text(), QStringLiteral("ats"));
        QCOMPARE(wizard.administration.settings.paymentTermDays, 30);
        // Prefilled is not typed: closing the wizard now loses nothing, so it does not ask.
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
    }
};

QTEST_MAIN(TestWizardPrefill)
#include "tst_wizardprefill.moc"
