#include "SetupWizard.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// Escape or Cancel in the setup wizard asks before it throws away what was typed.
class TestWizardDiscard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Answers the question the wizard is about to ask by clicking `button`; records that it was asked.
    static void answerWith(const char* button, bool& asked)
    {
        asked = false;
        QTimer::singleShot(0, [button, &asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("discardSetup"));
            asked = true;
            box->findChild<QPushButton*>(QLatin1String(button))->click();
        });
    }

private slots:
    void escapeAsksBeforeDiscardingWhatWasTyped()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        SetupWizard wizard(QStringLiteral("default"), settings, m_dir.filePath(QStringLiteral("store.sqlite")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ApiTokenPageId));
        QLineEdit* token = wizard.currentPage()->findChild<QLineEdit*>();
        QVERIFY(token);
        token->setFocus();
        QTest::keyClicks(token, QStringLiteral("my-api-token"));

        bool asked = false;
        answerWith("keepEditingButton", asked);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(wizard.isVisible());
        QCOMPARE(token->text(), QStringLiteral("my-api-token"));

        answerWith("keepEditingButton", asked);
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(wizard.isVisible());

        answerWith("discardButton", asked);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }

    void nothingTypedClosesAtOnce()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
        SetupWizard wizard(QStringLiteral("default"), settings, m_dir.filePath(QStringLiteral("fresh.sqlite")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
    }
};

QTEST_MAIN(TestWizardDiscard)
#include "tst_wizarddiscard.moc"
