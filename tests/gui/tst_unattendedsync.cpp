#include "LastUnattendedRun.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "UnattendedSyncRow.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

// Settings → "Also when Boekhoudbrug is closed": ticking registers the profile's sync with the system's
// scheduler (here a recorder in place of systemctl), unticking removes it, a refusal unticks with the reason.
class TestUnattendedSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void tickingRegistersTheSystemdTimer()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(ScheduledRun::intervalKey(), 30);
        SettingsPage page(settings);
        UnattendedSyncRow* row = page.unattendedSync();
        QVERIFY(!row->checkBox()->isEnabled()); // the demo has no profile to schedule

        QStringList commands;
        const QString config = m_dir.filePath(QStringLiteral("config"));
        row->setScheduler(OsScheduler(OsScheduler::Platform::Linux, m_dir.path(), config,
                                      [&commands](const QString& program, const QStringList& arguments, QString&) {
                                          commands.append(program + u' ' + arguments.join(u' '));
                                          return 0;
                                      }));
        page.setBookingProfile(QStringLiteral("winkel"), nullptr);
        QVERIFY(row->checkBox()->isEnabled());
        QVERIFY(!row->checkBox()->isChecked());

        row->checkBox()->click();
        QVERIFY(row->checkBox()->isChecked());
        QVERIFY(settings.value(ScheduledRun::alsoWhenClosedKey()).toBool());
        QFile timer(config + QStringLiteral("/systemd/user/boekhoudbrug-sync-winkel.timer"));
        QVERIFY(timer.open(QIODevice::ReadOnly));
        QVERIFY(timer.readAll().contains("OnUnitActiveSec=30min"));
        QCOMPARE(commands.last(), QStringLiteral("systemctl --user enable --now boekhoudbrug-sync-winkel.timer"));
        QVERIFY2(row->statusText().contains(QStringLiteral("every 30 minutes")), qPrintable(row->statusText()));
        timer.close();

        // A new interval is handed to the timer at once.
        page.findChild<QSpinBox*>(QStringLiteral("syncInterval"))->setValue(45);
        page.findChild<QPushButton*>(QStringLiteral("saveSettings"))->click(); // the Settings page's one Save
        QVERIFY(timer.open(QIODevice::ReadOnly));
        QVERIFY(timer.readAll().contains("OnUnitActiveSec=45min"));
        timer.close();

        row->checkBox()->click();
        QVERIFY(!row->checkBox()->isChecked());
        QVERIFY(!timer.exists());
        QVERIFY(!settings.value(ScheduledRun::alsoWhenClosedKey()).toBool());
    }

    void aRefusalUnticksAndSaysWhy()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("refused.ini")), QSettings::IniFormat);
        UnattendedSyncRow row(settings);
        row.setScheduler(OsScheduler(OsScheduler::Platform::Linux, m_dir.path(), m_dir.filePath(QStringLiteral("c2")),
                                     [](const QString&, const QStringList&, QString& output) {
                                         output = QStringLiteral("Failed to connect to bus: No medium found");
                                         return 1;
                                     }));
        row.setProfile(QStringLiteral("winkel"));
        row.checkBox()->click();
        QVERIFY(!row.checkBox()->isChecked());
        QVERIFY(row.statusText().contains(QStringLiteral("No medium found")));
        QVERIFY(row.statusText().contains(QStringLiteral("systemctl --user enable --now")));
    }

    // Issue 17 item 10: the desktop notice of an unattended run is on by default, and off with one click (the CLI
    // reads the setting at each run).
    void theNotificationIsOnUntilUnticked()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("notify.ini")), QSettings::IniFormat);
        UnattendedSyncRow row(settings);
        QVERIFY(row.notifyBox()->isChecked());
        row.notifyBox()->click();
        QCOMPARE(settings.value(ScheduledRun::notifyKey()), QVariant(false));
        UnattendedSyncRow again(settings);
        QVERIFY(!again.notifyBox()->isChecked());
        again.notifyBox()->click();
        QCOMPARE(settings.value(ScheduledRun::notifyKey()), QVariant(true));
    }

    // The window opens after an unattended run that left documents for the bookkeeper: the status bar says so,
    // once; the next window does not say it again.
    void theWindowSaysOnceWhatTheLastUnattendedRunLeft()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        const QDateTime finished(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC);
        LastUnattendedRun(settings).record(QStringLiteral("winkel"), finished, 13, 2);
        const QString expected =
            QStringLiteral("The sync of %1 while Boekhoudbrug was closed could not book 13 document(s). Invoices and "
                           "Credit Memos show them under \"Needs attention\", with what to do.")
                .arg(QLocale().toString(finished.toLocalTime(), QLocale::ShortFormat));
        {
            MainWindow window(settings);
            window.setBookingProfile(QStringLiteral("winkel"));
            QCOMPARE(window.statusBar()->currentMessage(), expected);
        }
        MainWindow next(settings);
        next.setBookingProfile(QStringLiteral("winkel"));
        QCOMPARE(next.statusBar()->currentMessage(), QStringLiteral("Ready"));
        // Another profile's window has nothing of this one's to say.
        LastUnattendedRun(settings).record(QStringLiteral("winkel"), finished, 1, 0);
        MainWindow other(settings);
        other.setBookingProfile(QStringLiteral("bakker"));
        QCOMPARE(other.statusBar()->currentMessage(), QStringLiteral("Ready"));
    }
};

QTEST_MAIN(TestUnattendedSync)
#include "tst_unattendedsync.moc"
