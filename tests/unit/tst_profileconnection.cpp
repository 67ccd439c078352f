#include "ProfileConnection.h"

#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// One way for every command to open a profile (ProfileConnection): the store where the profile says, the
// credentials of the environment (the keychain is tst_secretstore's), and what a command prints and exits with
// when either is missing.
class TestProfileConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings(const QString& name, const QString& store)
    {
        auto s = std::make_unique<QSettings>(m_dir.filePath(name + u".ini"_qs), QSettings::IniFormat);
        s->clear();
        s->setValue(Database::storeLocationKey(u"shop"_qs), store);
        return s;
    }

    static QProcessEnvironment environment(std::initializer_list<std::pair<QString, QString>> variables)
    {
        QProcessEnvironment environment;
        for (const auto& [name, value] : variables)
            environment.insert(name, value);
        return environment;
    }

private slots:
    void opensTheStoreWhereTheProfileSaysAndMakesARestClient()
    {
        const QString store = m_dir.filePath(u"rest.sqlite"_qs);
        const auto s = settings(u"rest"_qs, store);
        ProfileConnection connection(u"shop"_qs, *s,
                                     environment({{u"BOEKHOUDBRUG_EB_API_TOKEN"_qs, u"token-1"_qs},
                                                  {u"BOEKHOUDBRUG_EB_REST_URL"_qs, u"http://127.0.0.1:9"_qs}}));
        QCOMPARE(connection.storeLocation(), store);
        QVERIFY(connection.open());
        QCOMPARE(connection.problem(), QString());
        QCOMPARE(connection.database().path(), store);
        QVERIFY(QFile::exists(store));
        QCOMPARE(connection.credentials().api, EBoekhoudenCredentials::Api::Rest);
        QCOMPARE(connection.credentials().apiToken, u"token-1"_qs);
        QCOMPARE(connection.client()->apiName(), u"REST"_qs);
        QCOMPARE(connection.clientFactory()()->apiName(), u"REST"_qs); // a new one for each worker
    }

    void soapCodesMakeASoapClient()
    {
        const auto s = settings(u"soap"_qs, m_dir.filePath(u"soap.sqlite"_qs));
        ProfileConnection connection(
            u"shop"_qs, *s,
            environment({{u"BOEKHOUDBRUG_EB_USERNAME"_qs, u"user"_qs},
                         {u"BOEKHOUDBRUG_EB_SECURITY_CODE1"_qs, u"one"_qs},
                         {u"BOEKHOUDBRUG_EB_SECURITY_CODE2"_qs, u"two"_qs},
                         {u"BOEKHOUDBRUG_EB_SOAP_URL"_qs, u"http://127.0.0.1:9/soap.asmx"_qs}}));
        QVERIFY(connection.open());
        QCOMPARE(connection.client()->apiName(), u"SOAP"_qs);
    }

    void withoutAConnectionItSaysWhatToDoAndTheCommandExits78()
    {
        const auto s = settings(u"none"_qs, m_dir.filePath(u"none.sqlite"_qs));
        ProfileConnection connection(u"shop"_qs, *s, QProcessEnvironment());
        QVERIFY(!connection.open());
        QVERIFY(connection.openStore()); // the store did open: only the login is missing
        QCOMPARE(connection.problem(), u"No e-Boekhouden connection is set up yet. Run the setup wizard, or set "
                                       u"BOEKHOUDBRUG_EB_API_TOKEN for a headless run."_qs);
        QCOMPARE(connection.exitCode(), 78);
    }

    void incompleteSoapCodesAreNamed()
    {
        const auto s = settings(u"half"_qs, m_dir.filePath(u"half.sqlite"_qs));
        ProfileConnection connection(u"shop"_qs, *s, environment({{u"BOEKHOUDBRUG_EB_USERNAME"_qs, u"user"_qs}}));
        QVERIFY(!connection.loadCredentials());
        QCOMPARE(connection.problem(), u"For the SOAP connection set all of BOEKHOUDBRUG_EB_USERNAME, "
                                       u"BOEKHOUDBRUG_EB_SECURITY_CODE1 and BOEKHOUDBRUG_EB_SECURITY_CODE2."_qs);
        QCOMPARE(connection.exitCode(), 78);
    }

    void aStoreThatCannotBeOpenedGivesItsReason()
    {
        // A folder where the database file should be: SQLite cannot open it.
        const QString folder = m_dir.filePath(u"a-folder"_qs);
        QVERIFY(QDir().mkpath(folder));
        const auto s = settings(u"folder"_qs, folder);
        ProfileConnection connection(u"shop"_qs, *s, environment({{u"BOEKHOUDBRUG_EB_API_TOKEN"_qs, u"t"_qs}}));
        QVERIFY(!connection.open());
        QVERIFY(!connection.problem().isEmpty());
        QCOMPARE(connection.exitCode(), 78);
        QVERIFY(!connection.openStore()); // tried once: the same answer, not a second attempt
    }

    // The store opens but its booking settings cannot be read: no command books with the defaults instead.
    void aStoreWhoseSettingsCannotBeReadIsNotUsed()
    {
        const QString store = m_dir.filePath(u"unreadable-settings.sqlite"_qs);
        {
            Database database(store);
            QVERIFY(database.open());
            QSqlQuery q(database.connection());
            QVERIFY(q.exec(u"DROP TABLE administration_settings"_qs));
        }
        const auto s = settings(u"unreadable"_qs, store);
        ProfileConnection connection(u"shop"_qs, *s, environment({{u"BOEKHOUDBRUG_EB_API_TOKEN"_qs, u"t"_qs}}));
        QVERIFY(!connection.openStore());
        QVERIFY2(connection.problem().contains(u"booking settings could not be read"_qs),
                 qPrintable(connection.problem()));
        QCOMPARE(connection.exitCode(), 78);
    }

    void aCheckDoesNotCreateAMissingStore()
    {
        const QString store = m_dir.filePath(u"missing.sqlite"_qs);
        const auto s = settings(u"missing"_qs, store);
        ProfileConnection connection(u"shop"_qs, *s, QProcessEnvironment());
        QVERIFY(!connection.openStore(ProfileConnection::IfMissing::LeaveMissing));
        QVERIFY(!QFile::exists(store));
        QCOMPARE(connection.problem(), QString());
        QVERIFY(connection.openStore()); // a command that books creates it
        QVERIFY(QFile::exists(store));
        QVERIFY(connection.openStore(ProfileConnection::IfMissing::LeaveMissing)); // now it exists
    }
};

QTEST_GUILESS_MAIN(TestProfileConnection)
#include "tst_profileconnection.moc"
