#include "BuildInfo.h"
#include "EBoekhoudenEmulator.h"
#include "MagentoEmulator.h"
#include "ScheduledRun.h"
#include "sync/MagentoCli.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The CLI as the operating system's scheduler runs it, with a fake notify-send first on PATH (a script that writes
// its arguments to a file): a sync that needs attention says so on the desktop once, with the administration and
// the count; a clean run, --no-notify and the setting turned off do not (issue 17 item 10).
class TestNotifyCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhouden;
    std::unique_ptr<MagentoEmulator> m_shop;
    std::unique_ptr<ViesEmulator> m_vies;

    using Run = CliRun;

    QString path(const QString& name) const { return m_home->filePath(name); }
    QString calledFile() const { return path(QStringLiteral("notify-send-calls.txt")); }
    QString settingsFile() const
    {
        return path(QStringLiteral("config/%1/%2.conf")
                        .arg(QString::fromLatin1(BuildInfo::organizationName),
                             QString::fromLatin1(BuildInfo::applicationName)));
    }

    // Each call of the fake notify-send: a line "call", then one line per argument.
    QList<QStringList> calls() const
    {
        QFile file(calledFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> result;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line == u"call")
                result.append(QStringList{});
            else if (!result.isEmpty())
                result.last().append(line);
        }
        return result;
    }

    Run cli(const QStringList& arguments, bool withFakeNotifySend = true)
    {
        QProcessEnvironment environment =
            magentoCliEnvironment(m_home->path(), u"notify-test-token"_qs, *m_eboekhouden, *m_vies, m_shop.get());
        // The fake first on PATH; without it, a folder with no notify-send at all.
        environment.insert(QStringLiteral("PATH"),
                           path(withFakeNotifySend ? QStringLiteral("bin") : QStringLiteral("empty-bin")) + u':' +
                               QStringLiteral("/usr/bin:/bin"));
        return runCli(environment, arguments);
    }

    void importShop()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        QCOMPARE(calls().size(), 0); // reading the shop books nothing and says nothing
    }

    static const QStringList& expectedArguments()
    {
        // Seed 7, 20 invoices, no OSS VAT ledger in the mapping: 10 invoices refused, 2 credit memos wait.
        static const QStringList arguments{
            QStringLiteral("--app-name=Boekhoudbrug"), QStringLiteral("--icon=boekhoudbrug"),
            QStringLiteral("--urgency=normal"), QStringLiteral("Boekhoudbrug: default needs attention"),
            QStringLiteral("12 documents could not be booked in e-Boekhouden. Open Boekhoudbrug to see them and "
                           "what to do.")};
        return arguments;
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(path(QStringLiteral("bin"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("empty-bin"))));
        QFile fake(path(QStringLiteral("bin/notify-send")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(QStringLiteral("#!/bin/sh\n"
                                  "{ echo call; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } >> '%1'\n")
                       .arg(calledFile())
                       .toUtf8());
        fake.close();
        QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        m_eboekhouden = std::make_unique<EBoekhoudenEmulator>();
        m_eboekhouden->state().seedDemoAdministration();
        m_eboekhouden->state().addLedger(QStringLiteral("1550"), QStringLiteral("Btw OSS"), QStringLiteral("BAL"));
        m_eboekhouden->addAccessToken(QStringLiteral("notify-test-token"));
        QVERIFY(m_eboekhouden->start());
        m_shop = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 20});
        QVERIFY(m_shop->start());
        m_vies = startedViesForMagento(20); // the shop's Belgian business customers are in VIES
        QVERIFY(m_vies);
    }

    void aRunThatNeedsAttentionNotifiesOnce()
    {
        importShop();
        const Run synced = cli({QStringLiteral("sync")});
        QCOMPARE(synced.exitCode, 1);
        QVERIFY2(synced.out.contains(QStringLiteral("11 booked, 0 already in e-Boekhouden, 10 failed, 2 waiting")),
                 qPrintable(synced.out + synced.err));
        QCOMPARE(calls().size(), 1);
        QCOMPARE(calls().first(), expectedArguments());
        // No secret in what the desktop shows.
        QFile file(calledFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray said = file.readAll();
        QVERIFY(!said.contains("notify-test-token"));
        QVERIFY(!said.contains(m_shop->options().consumerSecret.toUtf8()));
        QVERIFY(!said.contains(m_shop->options().accessTokenSecret.toUtf8()));

        // An hour later the same two credit memos still wait: exit 1 again, but nothing new to say.
        const Run again = cli({QStringLiteral("sync")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(calls().size(), 1);
    }

    void noNotifyDoesNotNotify()
    {
        importShop();
        const Run synced = cli({QStringLiteral("sync"), QStringLiteral("--no-notify")});
        QCOMPARE(synced.exitCode, 1);
        QCOMPARE(calls().size(), 0);
        QVERIFY(!QFile::exists(calledFile()));
    }

    void theSettingTurnsItOff()
    {
        importShop();
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            settings.setValue(ScheduledRun::notifyKey(), false);
        }
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 1);
        QCOMPARE(calls().size(), 0);
    }

    void notifyWinsOverTheSettingForOneRun()
    {
        importShop();
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            settings.setValue(ScheduledRun::notifyKey(), false);
        }
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--notify")}).exitCode, 1);
        QCOMPARE(calls().size(), 1);
        QCOMPARE(calls().first(), expectedArguments());
    }

    void bothFlagsAreAUsageError()
    {
        const Run both = cli({QStringLiteral("sync"), QStringLiteral("--notify"), QStringLiteral("--no-notify")});
        QCOMPARE(both.exitCode, 64);
        QCOMPARE(calls().size(), 0);
    }

    void withoutNotifySendTheRunSaysWhatToInstall()
    {
        importShop();
        // --notify asked for it: that it could not be shown is said; the run's exit code stays the run's.
        const Run synced = cli({QStringLiteral("sync"), QStringLiteral("--notify")}, false);
        QCOMPARE(synced.exitCode, 1);
        QVERIFY2(synced.err.contains(QStringLiteral("Install the package libnotify-bin.")), qPrintable(synced.err));
        // Without --notify, a machine without it stays quiet about it.
        const Run quiet = cli({QStringLiteral("sync")}, false);
        QCOMPARE(quiet.exitCode, 1);
        QVERIFY(!quiet.err.contains(QStringLiteral("libnotify-bin")));
    }

    void aCleanRunDoesNotNotify()
    {
        // With the OSS VAT ledger in the mapping (saved before the shop is read, as the proposal leaves it out)
        // every document books: exit 0, nothing to say.
        // Six invoices (and their credit memo): from ten on, the generated shop has one that is refused even so.
        m_shop = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 6});
        QVERIFY(m_shop->start());
        const QString file = path(QStringLiteral("mapping.csv"));
        QCOMPARE(cli({QStringLiteral("vat-mapping"), QStringLiteral("export"), file}).exitCode, 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray content = csv.readAll();
        csv.close();
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QByteArray(content).replace(",AFST_VERK,8000,\r\n", ",AFST_VERK,8000,1550\r\n"));
        csv.close();
        QCOMPARE(cli({QStringLiteral("vat-mapping"), QStringLiteral("import"), file}).exitCode, 0);
        importShop();
        const Run synced = cli({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.out + synced.err));
        QVERIFY2(synced.out.contains(
                     QStringLiteral("7 documents: 7 booked, 0 already in e-Boekhouden, 0 failed, 0 waiting")),
                 qPrintable(synced.out));
        QCOMPARE(calls().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotifyCli)
#include "tst_notifycli.moc"
