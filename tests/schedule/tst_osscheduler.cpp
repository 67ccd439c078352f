#include "LaunchdAgent.h"
#include "OsScheduler.h"
#include "SystemdUserUnits.h"
#include "WindowsScheduledTask.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

// The files Boekhoudbrug hands to the operating system's scheduler, and what it runs to load them.
class TestOsScheduler : public QObject
{
    Q_OBJECT

    static ScheduledRun run(const QString& profile = QStringLiteral("default"), int minutes = 15)
    {
        ScheduledRun run;
        run.program = QStringLiteral(BOEKHOUDBRUG_CLI);
        run.profile = profile;
        run.intervalMinutes = minutes;
        return run;
    }

    // systemd-analyze verify: exit code and everything it says (it exits 0 on values it ignores, so the
    // words count too).
    static std::pair<int, QString> verify(const QStringList& files)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("systemd-analyze"), QStringList{QStringLiteral("verify")} + files);
        if (!process.waitForFinished(60000))
            return {-1, QStringLiteral("systemd-analyze did not finish")};
        return {process.exitCode(), QString::fromLocal8Bit(process.readAll()).trimmed()};
    }

    struct Recorded
    {
        QStringList commands;
        int exitCode = 0;
    };

    static OsScheduler::CommandRunner recorder(Recorded& recorded)
    {
        return [&recorded](const QString& program, const QStringList& arguments, QString& output) {
            recorded.commands.append(program + u' ' + arguments.join(u' '));
            output = recorded.exitCode == 0 ? QString() : QStringLiteral("Failed to connect to bus");
            return recorded.exitCode;
        };
    }

private slots:
    void systemdUnitsPassSystemdAnalyzeVerify()
    {
        QTemporaryDir dir;
        const SystemdUserUnits units(run(QStringLiteral("shop 100% \"nl\"\nx\\y")));
        const QString service = dir.filePath(units.serviceName());
        const QString timer = dir.filePath(units.timerName());
        for (const auto& [path, text] : {std::pair{service, units.service()}, std::pair{timer, units.timer()}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        const auto [code, said] = verify({service, timer});
        QCOMPARE(code, 0);
        QCOMPARE(said, QString());
    }

    void systemdAnalyzeCatchesABrokenUnit()
    {
        // The check above can fail: the same verify on a unit with a value systemd cannot read says so.
        QTemporaryDir dir;
        const SystemdUserUnits units(run());
        const QString timer = dir.filePath(units.timerName());
        const QString service = dir.filePath(units.serviceName());
        QFile serviceFile(service);
        QVERIFY(serviceFile.open(QIODevice::WriteOnly));
        serviceFile.write(units.service().toUtf8());
        serviceFile.close();
        QFile timerFile(timer);
        QVERIFY(timerFile.open(QIODevice::WriteOnly));
        timerFile.write(
            units.timer()
                .replace(QStringLiteral("OnUnitActiveSec=15min"), QStringLiteral("OnUnitActiveSec=15 lightyears"))
                .toUtf8());
        timerFile.close();
        const auto [code, said] = verify({service, timer});
        Q_UNUSED(code);
        QVERIFY2(said.contains(QStringLiteral("Failed to parse timer value")), qPrintable(said));
    }

    void systemdServiceRunsTheCliWithTheProfile()
    {
        const SystemdUserUnits units(run(QStringLiteral("Mijn winkel 50%")));
        QCOMPARE(units.serviceName(), QStringLiteral("boekhoudbrug-sync-Mijn_20winkel_2050_25.service"));
        QVERIFY(units.service().contains(
            QStringLiteral("ExecStart=\"" BOEKHOUDBRUG_CLI "\" \"sync\" \"--profile\" \"Mijn winkel 50%%\"\n")));
        QVERIFY(units.service().contains(QStringLiteral("SuccessExitStatus=75\n")));
        QVERIFY(units.timer().contains(QStringLiteral("OnUnitActiveSec=15min\n")));
        QVERIFY(units.timer().contains(QStringLiteral("Unit=boekhoudbrug-sync-Mijn_20winkel_2050_25.service\n")));
        // A newline in a profile name cannot end the Description line and start a directive of its own.
        const SystemdUserUnits sneaky(run(QStringLiteral("x\nExecStartPre=/bin/rm")));
        QVERIFY(!sneaky.service().contains(QStringLiteral("\nExecStartPre")));
        QVERIFY(sneaky.service().contains(QStringLiteral("\"x\\x0aExecStartPre=/bin/rm\"\n")));
    }

    void profilesThatDifferOnlyInPunctuationGetTheirOwnUnits()
    {
        QVERIFY(run(QStringLiteral("a b")).safeProfileName() != run(QStringLiteral("a_b")).safeProfileName());
        QVERIFY(run(QStringLiteral("a/b")).safeProfileName() != run(QStringLiteral("a b")).safeProfileName());
        QCOMPARE(run(QStringLiteral("winkel-1")).safeProfileName(), QStringLiteral("winkel-1"));
    }

    void intervalNeverBelowFiveMinutes()
    {
        QCOMPARE(run(QStringLiteral("p"), 1).effectiveIntervalMinutes(), 5);
        QVERIFY(SystemdUserUnits(run(QStringLiteral("p"), 1)).timer().contains(QStringLiteral("OnUnitActiveSec=5min")));
    }

    void launchdAgentIsAPropertyListWithTheCommand()
    {
        const QByteArray plist =
            LaunchdAgent(run(QStringLiteral("winkel <1>"), 30)).propertyList(QStringLiteral("/logs"));
        QXmlStreamReader xml(plist);
        QStringList strings;
        QString key;
        QString interval;
        QString label;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"key") {
                key = xml.readElementText();
            } else if (xml.name() == u"string") {
                const QString text = xml.readElementText();
                if (key == u"ProgramArguments")
                    strings.append(text);
                if (key == u"Label")
                    label = text;
            } else if (xml.name() == u"integer") {
                interval = xml.readElementText();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(label, QStringLiteral("nl.boekhoudbrug.sync.winkel_20_3C1_3E"));
        QCOMPARE(strings, (QStringList{QStringLiteral(BOEKHOUDBRUG_CLI), QStringLiteral("sync"),
                                       QStringLiteral("--profile"), QStringLiteral("winkel <1>")}));
        QCOMPARE(interval, QStringLiteral("1800"));
        QVERIFY(plist.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""));
    }

    void windowsTaskRepeatsTheCli()
    {
        ScheduledRun windowsRun = run(QStringLiteral("winkel"), 20);
        windowsRun.program = QStringLiteral("C:\\Program Files\\Boekhoudbrug\\boekhoudbrug-cli.exe");
        const WindowsScheduledTask task(windowsRun);
        const QByteArray xml = task.xml(QDateTime(QDate(2026, 12, 1), QTime(20, 5)), QStringLiteral("PC\\anne"));
        QXmlStreamReader reader(xml);
        QMap<QString, QString> values;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement) {
                const QString name = reader.name().toString();
                if (name == u"Interval" || name == u"Command" || name == u"Arguments" || name == u"StartBoundary" ||
                    name == u"UserId" || name == u"MultipleInstancesPolicy")
                    values.insert(name, reader.readElementText());
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(values.value(QStringLiteral("Interval")), QStringLiteral("PT20M"));
        QCOMPARE(values.value(QStringLiteral("Command")), windowsRun.program);
        QCOMPARE(values.value(QStringLiteral("Arguments")), QStringLiteral("\"sync\" \"--profile\" \"winkel\""));
        QCOMPARE(values.value(QStringLiteral("StartBoundary")), QStringLiteral("2026-12-01T20:05:00"));
        QCOMPARE(values.value(QStringLiteral("UserId")), QStringLiteral("PC\\anne"));
        QCOMPARE(values.value(QStringLiteral("MultipleInstancesPolicy")), QStringLiteral("IgnoreNew"));
        QCOMPARE(task.taskName(), QStringLiteral("\\Boekhoudbrug\\Sync winkel"));
    }

    void windowsArgumentsQuotedAsCommandLineToArgvReadsThem()
    {
        QCOMPARE(WindowsScheduledTask::quotedArgument(QStringLiteral("a b")), QStringLiteral("\"a b\""));
        QCOMPARE(WindowsScheduledTask::quotedArgument(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \\\"hi\\\"\""));
        QCOMPARE(WindowsScheduledTask::quotedArgument(QStringLiteral("C:\\dir\\")), QStringLiteral("\"C:\\dir\\\\\""));
        QCOMPARE(WindowsScheduledTask::quotedArgument(QStringLiteral("a\\\"b")), QStringLiteral("\"a\\\\\\\"b\""));
    }

    void linuxEnableWritesTheUnitsAndStartsTheTimer()
    {
        QTemporaryDir home;
        Recorded recorded;
        OsScheduler scheduler(OsScheduler::Platform::Linux, home.path(), home.filePath(QStringLiteral("config")),
                              recorder(recorded));
        const ScheduledRun winkel = run(QStringLiteral("winkel"));
        QVERIFY(!scheduler.isEnabled(winkel));
        const OsScheduler::Outcome outcome = scheduler.enable(winkel);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("config/systemd/user/boekhoudbrug-sync-winkel.service"))));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("config/systemd/user/boekhoudbrug-sync-winkel.timer"))));
        QCOMPARE(recorded.commands, (QStringList{QStringLiteral("systemctl --user daemon-reload"),
                                                 QStringLiteral("systemctl --user enable --now "
                                                                "boekhoudbrug-sync-winkel.timer")}));
        QVERIFY(scheduler.isEnabled(winkel));
        // What was written is what verify checked above.
        QFile timer(scheduler.filesFor(winkel).at(1));
        QVERIFY(timer.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(timer.readAll()), SystemdUserUnits(winkel).timer());

        recorded.commands.clear();
        QVERIFY(scheduler.disable(winkel).ok);
        QVERIFY(!scheduler.isEnabled(winkel));
        QCOMPARE(recorded.commands.first(),
                 QStringLiteral("systemctl --user disable --now boekhoudbrug-sync-winkel.timer"));
    }

    void linuxWithoutAUserManagerSaysWhatToDo()
    {
        QTemporaryDir home;
        Recorded recorded;
        recorded.exitCode = 1;
        OsScheduler scheduler(OsScheduler::Platform::Linux, home.path(), home.filePath(QStringLiteral("config")),
                              recorder(recorded));
        const OsScheduler::Outcome outcome = scheduler.enable(run(QStringLiteral("winkel")));
        QVERIFY(!outcome.ok);
        QVERIFY2(
            outcome.message.contains(QStringLiteral("systemctl --user enable --now boekhoudbrug-sync-winkel.timer")),
            qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("Failed to connect to bus")));
    }

    void macOsLoadsTheAgent()
    {
        QTemporaryDir home;
        Recorded recorded;
        OsScheduler scheduler(OsScheduler::Platform::MacOs, home.path(), home.filePath(QStringLiteral("config")),
                              recorder(recorded));
        QVERIFY(scheduler.enable(run(QStringLiteral("winkel"))).ok);
        const QString plist = home.filePath(QStringLiteral("Library/LaunchAgents/nl.boekhoudbrug.sync.winkel.plist"));
        QVERIFY(QFile::exists(plist));
        QCOMPARE(recorded.commands.last(), QStringLiteral("launchctl load -w ") + plist);
    }

    void windowsCreatesTheTask()
    {
        QTemporaryDir home;
        Recorded recorded;
        OsScheduler scheduler(OsScheduler::Platform::Windows, home.path(), home.filePath(QStringLiteral("config")),
                              recorder(recorded));
        QVERIFY(scheduler.enable(run(QStringLiteral("winkel"))).ok);
        QCOMPARE(recorded.commands.size(), 1);
        QVERIFY(recorded.commands.first().startsWith(
            QStringLiteral("schtasks /Create /TN \\Boekhoudbrug\\Sync winkel /XML ")));
        QVERIFY(recorded.commands.first().endsWith(QStringLiteral(" /F")));
        QVERIFY(scheduler.disable(run(QStringLiteral("winkel"))).ok);
        QCOMPARE(recorded.commands.last(), QStringLiteral("schtasks /Delete /TN \\Boekhoudbrug\\Sync winkel /F"));
    }
};

QTEST_GUILESS_MAIN(TestOsScheduler)
#include "tst_osscheduler.moc"
