#include "AttentionNotice.h"
#include "AttentionNotifier.h"
#include "LastUnattendedRun.h"
#include "ScheduledRun.h"

#include <QSettings>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

// What an unattended sync that needs attention says on the desktop, per system, and when it says it
// (issue 17 item 10). The commands are checked as text: there is no Mac or Windows here.
class TestAttentionNotice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_settingsFiles = 0;

    std::unique_ptr<QSettings> freshSettings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsFiles)),
                                           QSettings::IniFormat);
    }

    struct Recorder
    {
        QList<QStringList> calls; // program, then its arguments
        int exitCode = 0;
        OsScheduler::CommandRunner runner()
        {
            return [this](const QString& program, const QStringList& arguments, QString& output) {
                calls.append(QStringList{program} + arguments);
                output = exitCode == 0 ? QString() : QStringLiteral("Cannot autolaunch D-Bus");
                return exitCode;
            };
        }
    };

    static AttentionNotifier::Run run(int refused, int waiting)
    {
        return {.profile = QStringLiteral("winkel"),
                .administration = QStringLiteral("Bakkerij De Korenschoof"),
                .refused = refused,
                .waiting = waiting,
                .finishedAt = QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC)};
    }

private slots:
    void theNoticeNamesTheAdministrationAndTheCount()
    {
        const AttentionNotice notice(QStringLiteral("Bakkerij De Korenschoof"), 3);
        QCOMPARE(notice.title(), QStringLiteral("Boekhoudbrug: Bakkerij De Korenschoof needs attention"));
        QCOMPARE(notice.text(), QStringLiteral("3 document(s) could not be booked in e-Boekhouden. Open Boekhoudbrug "
                                               "to see them and what to do."));
    }

    void linuxUsesNotifySend()
    {
        const AttentionNotice::Command command =
            AttentionNotice(QStringLiteral("Winkel"), 2).command(OsScheduler::Platform::Linux);
        QCOMPARE(command.program, QStringLiteral("notify-send"));
        QCOMPARE(
            command.arguments,
            (QStringList{QStringLiteral("--app-name=Boekhoudbrug"), QStringLiteral("--icon=boekhoudbrug"),
                         QStringLiteral("--urgency=normal"), QStringLiteral("Boekhoudbrug: Winkel needs attention"),
                         QStringLiteral("2 document(s) could not be booked in e-Boekhouden. Open Boekhoudbrug "
                                        "to see them and what to do.")}));
    }

    void macOsHandsTheTextsToOsascriptAsArguments()
    {
        // A quote in the name stays a value: it is never part of the AppleScript source.
        const AttentionNotice notice(QStringLiteral("Jan \"de\" Vries"), 1);
        const AttentionNotice::Command command = notice.command(OsScheduler::Platform::MacOs);
        QCOMPARE(command.program, QStringLiteral("/usr/bin/osascript"));
        QCOMPARE(command.arguments,
                 (QStringList{QStringLiteral("-e"), QStringLiteral("on run argv"), QStringLiteral("-e"),
                              QStringLiteral("display notification (item 2 of argv) with title (item 1 of argv)"),
                              QStringLiteral("-e"), QStringLiteral("end run"), notice.title(), notice.text()}));
        QCOMPARE(command.arguments.at(6), QStringLiteral("Boekhoudbrug: Jan \"de\" Vries needs attention"));
    }

    void windowsShowsAToastThroughAnEncodedPowerShellCommand()
    {
        const AttentionNotice notice(QStringLiteral("O'Brien's winkel \u2019t"), 4);
        const AttentionNotice::Command command = notice.command(OsScheduler::Platform::Windows);
        QCOMPARE(command.program, QStringLiteral("powershell.exe"));
        QCOMPARE(command.arguments.size(), 6);
        QCOMPARE(
            command.arguments.mid(0, 5),
            (QStringList{QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                         QStringLiteral("-WindowStyle"), QStringLiteral("Hidden"), QStringLiteral("-EncodedCommand")}));
        // Base64 of UTF-16LE, no byte order mark: decoded, it is the script with the texts single-quoted.
        const QByteArray bytes = QByteArray::fromBase64(command.arguments.at(5).toLatin1());
        QCOMPARE(bytes.size() % 2, 0);
        QVERIFY(!bytes.startsWith("\xff\xfe"));
        QStringDecoder utf16(QStringDecoder::Utf16LE);
        const QString script = utf16(bytes);
        QCOMPARE(script, AttentionNotice::windowsToastScript(notice.title(), notice.text()));
        QVERIFY2(script.contains(QStringLiteral("CreateTextNode('Boekhoudbrug: O''Brien''s winkel \u2019\u2019t needs "
                                                "attention')")),
                 qPrintable(script));
        QVERIFY(script.contains(QStringLiteral("CreateTextNode('4 document(s) could not be booked in e-Boekhouden. "
                                               "Open Boekhoudbrug to see them and what to do.')")));
        QVERIFY(script.contains(QStringLiteral("ToastTemplateType]::ToastText02")));
        QCOMPARE(script.count(QStringLiteral("CreateTextNode(")), 2);
    }

    void aRunWithRefusedDocumentsNotifiesOnceWithTheCount()
    {
        auto settings = freshSettings();
        Recorder recorder;
        AttentionNotifier notifier(*settings, OsScheduler::Platform::Linux, recorder.runner());
        const AttentionNotifier::Result result = notifier.afterRun(run(11, 2), AttentionNotifier::Choice::AsSettings);
        QVERIFY(result.notified);
        QVERIFY(result.problem.isEmpty());
        QCOMPARE(recorder.calls.size(), 1);
        QCOMPARE(recorder.calls.first().at(0), QStringLiteral("notify-send"));
        QCOMPARE(recorder.calls.first().at(4), QStringLiteral("Boekhoudbrug: Bakkerij De Korenschoof needs attention"));
        QVERIFY(recorder.calls.first().at(5).startsWith(QStringLiteral("13 document(s) could not be booked")));

        // The same two credit memos still waiting an hour later: nothing new, no second notice.
        QVERIFY(!notifier.afterRun(run(0, 2), AttentionNotifier::Choice::AsSettings).notified);
        QCOMPARE(recorder.calls.size(), 1);
        // A third one waiting is news.
        QVERIFY(notifier.afterRun(run(0, 3), AttentionNotifier::Choice::AsSettings).notified);
        QCOMPARE(recorder.calls.size(), 2);
        QVERIFY(recorder.calls.last().at(5).startsWith(QStringLiteral("3 document(s)")));
    }

    void aCleanRunDoesNotNotify()
    {
        auto settings = freshSettings();
        Recorder recorder;
        AttentionNotifier notifier(*settings, OsScheduler::Platform::Linux, recorder.runner());
        QVERIFY(!notifier.afterRun(run(0, 0), AttentionNotifier::Choice::Notify).notified);
        QCOMPARE(recorder.calls.size(), 0);
        QCOMPARE(LastUnattendedRun(*settings).read(QStringLiteral("winkel")).needAttention, 0);
    }

    void theSettingAndTheCommandLineDecide()
    {
        auto settings = freshSettings();
        Recorder recorder;
        AttentionNotifier notifier(*settings, OsScheduler::Platform::Linux, recorder.runner());
        QVERIFY(!notifier.afterRun(run(1, 0), AttentionNotifier::Choice::DoNotNotify).notified);
        QCOMPARE(recorder.calls.size(), 0);
        settings->setValue(ScheduledRun::notifyKey(), false);
        QVERIFY(!notifier.afterRun(run(1, 0), AttentionNotifier::Choice::AsSettings).notified);
        QCOMPARE(recorder.calls.size(), 0);
        // --notify wins over the setting for its run.
        QVERIFY(notifier.afterRun(run(1, 0), AttentionNotifier::Choice::Notify).notified);
        QCOMPARE(recorder.calls.size(), 1);
    }

    void aNoticeThatCannotBeShownSaysWhatToInstall()
    {
        auto settings = freshSettings();
        Recorder recorder;
        recorder.exitCode = -1;
        AttentionNotifier notifier(*settings, OsScheduler::Platform::Linux, recorder.runner());
        const AttentionNotifier::Result result = notifier.afterRun(run(1, 0), AttentionNotifier::Choice::Notify);
        QVERIFY(!result.notified);
        QCOMPARE(recorder.calls.size(), 1);
        QCOMPARE(result.problem,
                 QStringLiteral("The desktop notification could not be shown: notify-send is missing or no "
                                "notification service answered. Install the package libnotify-bin. Cannot autolaunch "
                                "D-Bus"));
    }

    void theWindowSaysTheLastRunOnce()
    {
        auto settings = freshSettings();
        Recorder recorder;
        AttentionNotifier notifier(*settings, OsScheduler::Platform::Linux, recorder.runner());
        LastUnattendedRun last(*settings);
        QVERIFY(!last.takeUnsaid(QStringLiteral("winkel"))); // never ran unattended

        // Recorded also when the desktop notice was turned off.
        notifier.afterRun(run(11, 2), AttentionNotifier::Choice::DoNotNotify);
        const std::optional<LastUnattendedRun::Outcome> unsaid = last.takeUnsaid(QStringLiteral("winkel"));
        QVERIFY(unsaid);
        QCOMPARE(unsaid->needAttention, 13);
        QCOMPARE(unsaid->waiting, 2);
        QCOMPARE(unsaid->finishedAt, QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC));
        QVERIFY2(LastUnattendedRun::message(*unsaid).contains(QStringLiteral("could not book 13 document(s)")),
                 qPrintable(LastUnattendedRun::message(*unsaid)));
        QVERIFY(!last.takeUnsaid(QStringLiteral("winkel"))); // said once
        QVERIFY(!last.takeUnsaid(QStringLiteral("other")));  // another profile's is its own

        // The same credit memos still waiting: said already. New refusals: said again.
        notifier.afterRun(run(0, 2), AttentionNotifier::Choice::DoNotNotify);
        QVERIFY(!last.takeUnsaid(QStringLiteral("winkel")));
        notifier.afterRun(run(1, 2), AttentionNotifier::Choice::DoNotNotify);
        QCOMPARE(last.takeUnsaid(QStringLiteral("winkel")).value_or(LastUnattendedRun::Outcome{}).needAttention, 3);
        // A clean run leaves nothing to say.
        notifier.afterRun(run(0, 0), AttentionNotifier::Choice::DoNotNotify);
        QVERIFY(!last.takeUnsaid(QStringLiteral("winkel")));
    }
};

QTEST_GUILESS_MAIN(TestAttentionNotice)
#include "tst_attentionnotice.moc"
