#include "EBoekhoudenEmulator.h"
#include "MagentoEmulator.h"
#include "SettingsPage.h"
#include "SetupCheck.h"
#include "SetupCheckDialog.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// Settings → "Check my setup…" shows the lines `doctor` prints, found on a worker thread, against the emulators.
class TestSetupCheckDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EBoekhoudenEmulator m_eboekhouden;
    MagentoEmulator m_shop{MagentoEmulator::Options{.invoices = 1}};

    static QString row(QTreeWidget* lines, const QString& subject)
    {
        for (int i = 0; i < lines->topLevelItemCount(); ++i) {
            if (lines->topLevelItem(i)->text(1) == subject)
                return lines->topLevelItem(i)->text(0);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_eboekhouden.state().addLedger(QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB"));
        m_eboekhouden.addAccessToken(QStringLiteral("gui-token"));
        QVERIFY(m_eboekhouden.start());
        QVERIFY(m_shop.start());
        qputenv("BOEKHOUDBRUG_EB_API_TOKEN", "gui-token");
        qputenv("BOEKHOUDBRUG_EB_REST_URL", m_eboekhouden.restUrl().toString().toUtf8());
        qputenv("BOEKHOUDBRUG_SHOP", "magento");
        qputenv("BOEKHOUDBRUG_SHOP_URL", m_shop.restBaseUrl().toString().toUtf8());
        qputenv("BOEKHOUDBRUG_MAGENTO_CONSUMER_KEY", m_shop.options().consumerKey.toUtf8());
        qputenv("BOEKHOUDBRUG_MAGENTO_CONSUMER_SECRET", m_shop.options().consumerSecret.toUtf8());
        qputenv("BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN", m_shop.options().accessToken.toUtf8());
        qputenv("BOEKHOUDBRUG_MAGENTO_ACCESS_TOKEN_SECRET", m_shop.options().accessTokenSecret.toUtf8());
    }

    void showsTheSameLinesAsTheCli()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        SettingsPage page(settings);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("checkSetupButton"));
        QVERIFY(!button->isEnabled()); // the demo has nothing to check
        page.setBookingProfile(QStringLiteral("gui"), nullptr);
        QVERIFY(button->isEnabled());

        SetupCheckDialog* dialog = page.checkSetup();
        QSignalSpy checked(dialog, &SetupCheckDialog::checked);
        QVERIFY(checked.wait(60000));
        QTreeWidget* lines = dialog->lines();
        QCOMPARE(row(lines, QStringLiteral("e-Boekhouden connection")), QStringLiteral("OK"));
        QCOMPARE(row(lines, QStringLiteral("Shop connection")), QStringLiteral("OK"));
        QCOMPARE(row(lines, QStringLiteral("Ledgers in the settings")), QStringLiteral("OK"));

        // The same check as `doctor` runs: the same subjects, in the same order.
        SetupCheck::Context context;
        context.profile = QStringLiteral("gui");
        context.settings = &settings;
        context.scheduledInSystem = [] { return false; };
        QList<SetupCheckLine> direct;
        QThread* thread = QThread::create([&] { direct = SetupCheck::run(context); });
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 60000);
        delete thread;
        QCOMPARE(lines->topLevelItemCount(), direct.size());
        for (int i = 0; i < direct.size(); ++i)
            QCOMPARE(lines->topLevelItem(i)->text(1), direct.at(i).subject);

        // A token refused after a change: "Check again" turns the line red.
        qputenv("BOEKHOUDBRUG_EB_API_TOKEN", "revoked");
        dialog->findChild<QPushButton*>(QStringLiteral("checkAgain"))->click();
        QVERIFY(checked.wait(60000));
        QCOMPARE(row(lines, QStringLiteral("e-Boekhouden connection")), QStringLiteral("Problem"));
        qputenv("BOEKHOUDBRUG_EB_API_TOKEN", "gui-token");
    }
};

QTEST_MAIN(TestSetupCheckDialog)
#include "tst_setupcheckdialog.moc"
