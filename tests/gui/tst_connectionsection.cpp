#include "ConnectionSection.h"
#include "eboekhouden/ClientFactory.h"
#include "EBoekhoudenEmulator.h"
#include "SettingsPage.h"
#include "store/Database.h"
#include "sync/SyncRunner.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

// Settings → Connection: a new API token is tested, saved in the (real) keychain and used by the next sync of
// the running app, without the wizard and without a restart; a token that does not work is not saved.
class TestConnectionSection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EBoekhoudenEmulator m_emulator;

    int sessionsOpenedWith(const QString& token) const
    {
        int n = 0;
        for (const EmulatorRequest& request : m_emulator.requests("POST", QStringLiteral("/v1/session")))
            n += request.body.contains(token.toUtf8()) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        m_emulator.state().addLedger(QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB"));
        m_emulator.addAccessToken(QStringLiteral("old-token"));
        m_emulator.addAccessToken(QStringLiteral("new-token"));
        QVERIFY(m_emulator.start());
    }

    void aNewTokenIsUsedByTheNextSync()
    {
        const QString profile = QStringLiteral("connection");
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        EBoekhoudenCredentials old;
        old.api = EBoekhoudenCredentials::Api::Rest;
        old.apiToken = QStringLiteral("old-token");
        old.endpointOverride = m_emulator.restUrl().toString();
        QCOMPARE(EBoekhoudenCredentials::save(profile, old, settings), QString());

        Database database(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(database.open());
        const EBoekhoudenCredentials::Loaded loaded = EBoekhoudenCredentials::load(profile, settings);
        QVERIFY(loaded.ok);
        SyncRunner runner(std::make_unique<SyncEngine>(
            database.path(), [c = loaded.credentials] { return ClientFactory::create(c); }, SyncConfiguration{}));
        SettingsPage page(settings);
        page.setBookingProfile(profile, &database);
        // The same hand-over as the app's main(): a replaced login goes to the runner for its next run.
        connect(&page, &SettingsPage::connectionsChanged, &runner, [&runner, &settings, profile] {
            const EBoekhoudenCredentials::Loaded replaced = EBoekhoudenCredentials::load(profile, settings);
            runner.setConnections([c = replaced.credentials] { return ClientFactory::create(c); }, {});
        });
        ConnectionSection* section = page.connectionSection();
        QVERIFY(section);
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("settingsSections"));
        QCOMPARE(tabs->tabText(tabs->count() - 2), QStringLiteral("Connection")); // before Store (issue 18)
        QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("Store"));

        QSignalSpy finished(&runner, &SyncRunner::finished);
        runner.sync();
        QVERIFY(finished.wait(30000));
        QCOMPARE(sessionsOpenedWith(QStringLiteral("old-token")), 1);

        // The old token is revoked in e-Boekhouden; a wrong new one is refused and not saved.
        m_emulator.sessions().accessTokens.remove(QStringLiteral("old-token"));
        m_emulator.expireAllSessions();
        QSignalSpy tested(section, &ConnectionSection::tested);
        QSignalSpy changed(section, &ConnectionSection::connectionsChanged);
        section->findChild<QLineEdit*>(QStringLiteral("newApiToken"))->setText(QStringLiteral("typo-token"));
        section->findChild<QPushButton*>(QStringLiteral("saveLogin"))->click();
        QVERIFY(tested.wait(30000));
        QVERIFY2(section->eboekhoudenVerdict().startsWith(QStringLiteral("Not saved")),
                 qPrintable(section->eboekhoudenVerdict()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(EBoekhoudenCredentials::load(profile, settings).credentials.apiToken, QStringLiteral("old-token"));

        section->findChild<QLineEdit*>(QStringLiteral("newApiToken"))->setText(QStringLiteral("new-token"));
        section->findChild<QPushButton*>(QStringLiteral("saveLogin"))->click();
        QVERIFY(tested.wait(30000));
        QVERIFY2(section->eboekhoudenVerdict().contains(QStringLiteral("Saved")),
                 qPrintable(section->eboekhoudenVerdict()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(EBoekhoudenCredentials::load(profile, settings).credentials.apiToken, QStringLiteral("new-token"));
        QVERIFY(section->findChild<QLineEdit*>(QStringLiteral("newApiToken"))->text().isEmpty());

        // No restart: the running app's next sync logs in with the new token.
        const int before = sessionsOpenedWith(QStringLiteral("new-token"));
        runner.sync();
        QVERIFY(finished.wait(30000));
        QCOMPARE(sessionsOpenedWith(QStringLiteral("new-token")), before + 1);
        QCOMPARE(sessionsOpenedWith(QStringLiteral("old-token")), 1);
        QVERIFY(finished.last().at(0).value<SyncSummary>().stoppedBecause.isEmpty());
    }
};

QTEST_MAIN(TestConnectionSection)
#include "tst_connectionsection.moc"
