#include "eboekhouden/ConnectionTest.h"
#include "EBoekhoudenEmulator.h"
#include "logging/Log.h"
#include "logging/Redactor.h"
#include "secrets/EBoekhoudenCredentials.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/SyncLogRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// e-Boekhouden credentials through the real OS keychain (gnome-keyring over D-Bus under dbus-run-session), and
// the proof that no secret lands in the settings file, the SQLite store or the log file.
class TestEBoekhoudenCredentials : public QObject
{
    Q_OBJECT

    const QString token = QStringLiteral("tok-REST-5f3a9c1e77b2");
    const QString username = QStringLiteral("shopuser");
    const QString code1 = QStringLiteral("code1-8c2d4e6f0a1b");
    const QString code2 = QStringLiteral("CODE2-71XQ-PZ93");
    const QString wrongToken = QStringLiteral("tok-WRONG-0d9e8f7a6b5c");

    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("Boekhoudbrug.ini")); }

    static EBoekhoudenCredentials rest(const QString& token, const QString& endpoint = {})
    {
        EBoekhoudenCredentials c;
        c.api = EBoekhoudenCredentials::Api::Rest;
        c.apiToken = token;
        c.tokenEndDate = QDate(2027, 3, 31);
        c.endpointOverride = endpoint;
        return c;
    }

    EBoekhoudenCredentials soap(const QString& endpoint = {}) const
    {
        EBoekhoudenCredentials c;
        c.api = EBoekhoudenCredentials::Api::Soap;
        c.username = username;
        c.securityCode1 = code1;
        c.securityCode2 = code2;
        c.endpointOverride = endpoint;
        return c;
    }

    QStringList secrets() const { return {token, code1, code2, wrongToken}; }

    // Every secret that appears in the bytes of the files, as a readable list for the failure message.
    QStringList secretsIn(const QStringList& paths) const
    {
        QStringList found;
        for (const QString& path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QString& secret : secrets()) {
                // SQLite may keep text as UTF-16 as well as UTF-8.
                const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
                if (bytes.contains(secret.toUtf8()) || bytes.contains(utf16))
                    found << QStringLiteral("%1 in %2").arg(secret, QFileInfo(path).fileName());
            }
        }
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        for (const QString& profile :
             {QStringLiteral("shop-rest"), QStringLiteral("shop-soap"), QStringLiteral("logged-rest"),
              QStringLiteral("logged-soap"), QStringLiteral("logged-wrong")})
            EBoekhoudenCredentials::remove(profile, settings);
    }

    void tokenIsStoredReadAndDeleted()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-rest"), rest(token), settings), QString());

        // It is really in the keychain, under the profile's key.
        const SecretStore::Result inKeychain =
            SecretStore(QStringLiteral("shop-rest")).read(QStringLiteral("eboekhouden.apiToken"));
        QVERIFY2(inKeychain.ok(), qPrintable(inKeychain.message));
        QCOMPARE(inKeychain.value, token);

        QSettings again(settingsPath(), QSettings::IniFormat);
        const EBoekhoudenCredentials::Loaded loaded =
            EBoekhoudenCredentials::load(QStringLiteral("shop-rest"), again, QProcessEnvironment());
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QCOMPARE(loaded.credentials.api, EBoekhoudenCredentials::Api::Rest);
        QCOMPARE(loaded.credentials.apiToken, token);
        QCOMPARE(loaded.credentials.tokenEndDate, QDate(2027, 3, 31)); // kept, not secret
        QVERIFY(!loaded.credentials.fromEnvironment);

        QCOMPARE(EBoekhoudenCredentials::remove(QStringLiteral("shop-rest"), again), QString());
        QCOMPARE(SecretStore(QStringLiteral("shop-rest")).read(QStringLiteral("eboekhouden.apiToken")).status,
                 SecretStore::Status::NotFound);
        const EBoekhoudenCredentials::Loaded gone =
            EBoekhoudenCredentials::load(QStringLiteral("shop-rest"), again, QProcessEnvironment());
        QVERIFY(!gone.ok);
        QVERIFY(!gone.message.isEmpty());
    }

    void soapUsernameAndCodesAreStoredReadAndDeleted()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-soap"), soap(), settings), QString());
        const EBoekhoudenCredentials::Loaded loaded =
            EBoekhoudenCredentials::load(QStringLiteral("shop-soap"), settings, QProcessEnvironment());
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QCOMPARE(loaded.credentials.api, EBoekhoudenCredentials::Api::Soap);
        QCOMPARE(loaded.credentials.username, username);
        QCOMPARE(loaded.credentials.securityCode1, code1);
        QCOMPARE(loaded.credentials.securityCode2, code2);

        QCOMPARE(EBoekhoudenCredentials::remove(QStringLiteral("shop-soap"), settings), QString());
        SecretStore store(QStringLiteral("shop-soap"));
        for (const QString& name : {QStringLiteral("eboekhouden.username"), QStringLiteral("eboekhouden.securityCode1"),
                                    QStringLiteral("eboekhouden.securityCode2")})
            QCOMPARE(store.read(name).status, SecretStore::Status::NotFound);
        QVERIFY(!EBoekhoudenCredentials::load(QStringLiteral("shop-soap"), settings, QProcessEnvironment()).ok);
    }

    // C6: the administration's country (NL or BE) is kept with the login, in the settings (it is not secret), and
    // a headless run can give it in BOEKHOUDBRUG_EB_COUNTRY.
    void theAdministrationsCountryIsKept()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-nl"), rest(token), settings), QString());
        EBoekhoudenCredentials belgian = rest(token);
        belgian.country = QStringLiteral("BE");
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-be"), belgian, settings), QString());
        QSettings again(settingsPath(), QSettings::IniFormat);
        QCOMPARE(
            EBoekhoudenCredentials::load(QStringLiteral("shop-nl"), again, QProcessEnvironment()).credentials.country,
            QStringLiteral("NL"));
        QCOMPARE(
            EBoekhoudenCredentials::load(QStringLiteral("shop-be"), again, QProcessEnvironment()).credentials.country,
            QStringLiteral("BE"));
        QCOMPARE(again.value(QStringLiteral("profiles/shop-be/eboekhouden/country")).toString(), QStringLiteral("BE"));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), QStringLiteral("tok-from-env-4412"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_COUNTRY"), QStringLiteral("be"));
        QCOMPARE(EBoekhoudenCredentials::load(QStringLiteral("shop-nl"), again, environment).credentials.country,
                 QStringLiteral("BE"));
        QCOMPARE(EBoekhoudenCredentials::remove(QStringLiteral("shop-nl"), again), QString());
        QCOMPARE(EBoekhoudenCredentials::remove(QStringLiteral("shop-be"), again), QString());
    }

    void profilesDoNotShareCredentials()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-rest"), rest(token), settings), QString());
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-soap"), soap(), settings), QString());
        QCOMPARE(
            EBoekhoudenCredentials::load(QStringLiteral("shop-rest"), settings, QProcessEnvironment()).credentials.api,
            EBoekhoudenCredentials::Api::Rest);
        QCOMPARE(
            EBoekhoudenCredentials::load(QStringLiteral("shop-soap"), settings, QProcessEnvironment()).credentials.api,
            EBoekhoudenCredentials::Api::Soap);
    }

    void environmentWinsOverTheKeychain()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-rest"), rest(token), settings), QString());
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), QStringLiteral("tok-from-env-4411"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_REST_URL"), QStringLiteral("http://127.0.0.1:9"));
        const EBoekhoudenCredentials::Loaded loaded =
            EBoekhoudenCredentials::load(QStringLiteral("shop-rest"), settings, environment);
        QVERIFY(loaded.ok);
        QVERIFY(loaded.credentials.fromEnvironment);
        QCOMPARE(loaded.credentials.apiToken, QStringLiteral("tok-from-env-4411"));
        QCOMPARE(loaded.credentials.endpointOverride, QStringLiteral("http://127.0.0.1:9"));
        // The keychain entry is untouched by the override.
        QCOMPARE(SecretStore(QStringLiteral("shop-rest")).read(QStringLiteral("eboekhouden.apiToken")).value, token);

        QProcessEnvironment soapEnvironment;
        soapEnvironment.insert(QStringLiteral("BOEKHOUDBRUG_EB_USERNAME"), QStringLiteral("envuser"));
        soapEnvironment.insert(QStringLiteral("BOEKHOUDBRUG_EB_SECURITY_CODE1"), QStringLiteral("env-code-1"));
        soapEnvironment.insert(QStringLiteral("BOEKHOUDBRUG_EB_SECURITY_CODE2"), QStringLiteral("env-code-2"));
        const EBoekhoudenCredentials::Loaded soapLoaded =
            EBoekhoudenCredentials::load(QStringLiteral("shop-rest"), settings, soapEnvironment);
        QVERIFY(soapLoaded.ok);
        QCOMPARE(soapLoaded.credentials.api, EBoekhoudenCredentials::Api::Soap);
        QCOMPARE(soapLoaded.credentials.securityCode2, QStringLiteral("env-code-2"));
    }

    // The settings file holds the connection kind, end date and endpoint, never a secret.
    void noSecretInTheSettingsFile()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-rest"), rest(token, u"http://127.0.0.1:1"_qs),
                                                  settings),
                     QString());
            QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("shop-soap"), soap(), settings), QString());
            QVERIFY(EBoekhoudenCredentials::load(QStringLiteral("shop-rest"), settings, QProcessEnvironment()).ok);
            settings.sync();
        }
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("shop-rest"), text.constData()); // the file really is the one written to
        QVERIFY2(text.contains("2027-03-31"), text.constData());
        QVERIFY2(secretsIn({settingsPath()}).isEmpty(), qPrintable(secretsIn({settingsPath()}).join(u", ")));
        QVERIFY2(!text.contains(username.toUtf8()), text.constData());
    }

    // Connection tests against the emulator with the log at debug level, so every HTTP exchange (the session
    // request with the token, the SOAP OpenSession with the codes) is written to the log file; the outcomes
    // go into the store's sync log as the app records them. Neither file may hold a secret.
    void noSecretInTheLogOrTheStore()
    {
        EBoekhoudenEmulator emulator;
        emulator.state().seedDemoAdministration();
        emulator.addAccessToken(token);
        emulator.addSoapUser(username, code1, code2);
        QVERIFY(emulator.start());

        const QString logDir = m_dir.filePath(QStringLiteral("logs"));
        Redactor::forgetAll(); // only what loading the credentials teaches it
        Log::init({.console = false, .directory = logDir, .verbose = true});

        Database database(m_dir.filePath(QStringLiteral("default.sqlite")));
        QVERIFY2(database.open(), qPrintable(database.lastError()));
        SyncLogRepository logs(database);

        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("logged-rest"), rest(token, emulator.restUrl().toString()),
                                              settings),
                 QString());
        QCOMPARE(
            EBoekhoudenCredentials::save(QStringLiteral("logged-soap"), soap(emulator.soapUrl().toString()), settings),
            QString());
        QCOMPARE(EBoekhoudenCredentials::save(QStringLiteral("logged-wrong"),
                                              rest(wrongToken, emulator.restUrl().toString()), settings),
                 QString());

        const QList<std::pair<QString, int>> runs{{QStringLiteral("logged-rest"), ConnectionTest::Connected},
                                                  {QStringLiteral("logged-soap"), ConnectionTest::Connected},
                                                  {QStringLiteral("logged-wrong"), ConnectionTest::AuthFailed}};
        for (const auto& [profile, expected] : runs) {
            const ConnectionTest::Outcome outcome = ConnectionTest::run(profile, settings, QProcessEnvironment());
            QVERIFY2(outcome.exitCode == expected, qPrintable(profile + u": "_qs + outcome.message));
            SyncLogEntry entry;
            entry.kind = SyncLogEntry::Kind::Customer;
            entry.message = outcome.message;
            entry.success = outcome.exitCode == ConnectionTest::Connected;
            entry.createdAt = QDateTime::currentDateTimeUtc();
            QVERIFY(logs.append(entry));
        }
        Log::flush();
        const QString logPath = Log::filePath();
        QFile logFile(logPath);
        QVERIFY2(logFile.open(QIODevice::ReadOnly), qPrintable(logPath));
        const QByteArray logText = logFile.readAll();
        // The traffic really was logged: the requests that carry the secrets are there.
        QVERIFY2(logText.contains("/v1/session"), logText.left(2000).constData());
        QVERIFY2(logText.contains("OpenSession"), logText.left(2000).constData());
        // ... and the secrets they carried were there, masked.
        QVERIFY2(logText.contains(Redactor::mask().toUtf8()), logText.left(2000).constData());
        QVERIFY2(secretsIn({logPath}).isEmpty(), qPrintable(secretsIn({logPath}).join(u", ")));
        Log::shutdown();

        SyncLogRepository::Filter customers;
        customers.kind = SyncLogEntry::Kind::Customer;
        QCOMPARE(logs.count(customers), 3);
        const QString db = database.path();
        database.connection().close();
        const QStringList storeFiles{db, db + u"-wal"_qs, db + u"-shm"_qs};
        QVERIFY2(secretsIn(storeFiles).isEmpty(), qPrintable(secretsIn(storeFiles).join(u", ")));
        QVERIFY2(secretsIn({settingsPath()}).isEmpty(), qPrintable(secretsIn({settingsPath()}).join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestEBoekhoudenCredentials)
#include "tst_eboekhouden_credentials.moc"
