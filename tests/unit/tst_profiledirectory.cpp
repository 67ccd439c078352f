#include "ProfileDirectory.h"
#include "ProfileEnvironment.h"
#include "ProfileSetup.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// Issue 18: the profiles of an accounting office (ProfileDirectory) and the environment each one's headless run
// reads (ProfileEnvironment): a token of one administration never reaches another's run.
class TestProfileDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings(const QString& name)
    {
        auto s = std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
        s->clear();
        return s;
    }

private slots:
    void listsTheProfilesOfTheSettings()
    {
        const auto s = settings(QStringLiteral("list.ini"));
        s->setValue(QStringLiteral("profiles/shop-b/display/name"), QStringLiteral("Fietsen"));
        s->setValue(QStringLiteral("profiles/shop-a/administration/paymentTermDays"), 14);
        s->setValue(QStringLiteral("profiles/Bad Name/display/name"), QStringLiteral("cannot be a file name"));
        s->setValue(QStringLiteral("sync/concurrency"), 2);
        const ProfileDirectory directory(*s);
        QCOMPARE(directory.ids(), (QStringList{QStringLiteral("shop-a"), QStringLiteral("shop-b")}));
        QCOMPARE(directory.name(QStringLiteral("shop-b")), QStringLiteral("Fietsen"));
        QCOMPARE(directory.name(QStringLiteral("shop-a")), QStringLiteral("shop-a")); // no name: the id
    }

    void newIdsArePlainAndUnique()
    {
        const auto s = settings(QStringLiteral("ids.ini"));
        ProfileDirectory directory(*s);
        QCOMPARE(directory.newId(QStringLiteral("Bakkerij Jansen B.V.")), QStringLiteral("bakkerij-jansen-b-v"));
        directory.setName(QStringLiteral("bakkerij-jansen-b-v"), QStringLiteral("Bakkerij Jansen B.V."));
        QCOMPARE(directory.newId(QStringLiteral("Bakkerij Jansen B.V.")), QStringLiteral("bakkerij-jansen-b-v-2"));
        QCOMPARE(directory.newId(QStringLiteral("Café Zoë")), QStringLiteral("caf-zo"));
        QCOMPARE(directory.newId(QStringLiteral("???")), QStringLiteral("administration"));
        QCOMPARE(directory.newId(QStringLiteral("Demo")), QStringLiteral("demo-2")); // the sandbox's store
        QVERIFY(ProfileDirectory::isValidId(QStringLiteral("default")));
        QVERIFY(!ProfileDirectory::isValidId(QStringLiteral("demo")));
        QVERIFY(!ProfileDirectory::isValidId(QStringLiteral("../etc")));
        QVERIFY(!ProfileDirectory::isValidId(QString()));
    }

    void eachProfileHasItsOwnKeychainEntries()
    {
        // A new administration's secrets never overwrite another's: the profile's id is part of every key.
        QCOMPARE(SecretStore(QStringLiteral("bakkerij-jansen")).key(QStringLiteral("eboekhouden.apiToken")),
                 QStringLiteral("boekhoudbrug:bakkerij-jansen:eboekhouden.apiToken"));
        QVERIFY(SecretStore(QStringLiteral("a")).key(QStringLiteral("shop.prestashop.webserviceKey")) !=
                SecretStore(QStringLiteral("b")).key(QStringLiteral("shop.prestashop.webserviceKey")));
    }

    void coloursAreKeptAndDefaultStable()
    {
        const auto s = settings(QStringLiteral("colours.ini"));
        ProfileDirectory directory(*s);
        const QString given = directory.colour(QStringLiteral("shop-a"));
        QVERIFY(ProfileDirectory::palette().contains(given));
        QCOMPARE(directory.colour(QStringLiteral("shop-a")), given);
        directory.setColour(QStringLiteral("shop-a"), QStringLiteral("#ABCDEF"));
        QCOMPARE(directory.colour(QStringLiteral("shop-a")), QStringLiteral("#abcdef"));
        directory.setColour(QStringLiteral("shop-a"), QStringLiteral("red; } QWidget { background: url(x)"));
        QCOMPARE(directory.colour(QStringLiteral("shop-a")), QStringLiteral("#abcdef")); // not a colour: not saved
    }

    void summaryCountsTheStoreAndReadsTheTokenEndDate()
    {
        const auto s = settings(QStringLiteral("summary.ini"));
        ProfileDirectory directory(*s);
        const QString id = QStringLiteral("summary-shop");
        for (const QString& file : {u""_qs, u"-wal"_qs, u"-shm"_qs}) // the test's home outlives a run
            QFile::remove(Database::defaultPath(id) + file);
        ProfileSetup::markSetUp(id, *s);
        s->setValue(QStringLiteral("profiles/%1/eboekhouden/endDate").arg(id), QStringLiteral("2027-03-31"));

        ProfileDirectory::Summary none = directory.summary(id, QProcessEnvironment());
        QVERIFY(!none.storeFound); // never synced here: not created by looking
        QVERIFY(!QFile::exists(Database::defaultPath(id)));
        QCOMPARE(none.tokenEndDate, QDate(2027, 3, 31));
        QVERIFY(none.setUp);
        QVERIFY(!none.lastSync.isValid());

        {
            Database database(Database::defaultPath(id));
            QVERIFY(database.open());
            DocumentRepository documents(database);
            for (int i = 1; i <= 4; ++i) {
                const std::optional<qint64> stored =
                    documents.upsert(StoreFixture::invoice(QString::number(i), QString::number(1000 + i)));
                QVERIFY(stored);
                if (i == 4)
                    QVERIFY(documents.transition(*stored, SyncState::Pending, SyncState::Failed, {}));
            }
        }
        const QDateTime synced(QDate(2026, 12, 1), QTime(23, 0), Qt::UTC);
        directory.markSynced(id, synced);
        QProcessEnvironment server;
        server.insert(QStringLiteral("BOEKHOUDBRUG_SUMMARY_SHOP_EB_TOKEN_END_DATE"), QStringLiteral("2027-01-15"));
        const ProfileDirectory::Summary counted = directory.summary(id, server);
        QVERIFY(counted.storeFound);
        QCOMPARE(counted.waiting, 3);
        QCOMPARE(counted.failed, 1);
        QCOMPARE(counted.lastSync, synced);
        QCOMPARE(counted.tokenEndDate, QDate(2027, 1, 15)); // the server's variable wins
    }

    void eachProfileGetsOnlyItsOwnVariables()
    {
        QProcessEnvironment office;
        office.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
        office.insert(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"), QStringLiteral("plain-token"));
        office.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_URL"), QStringLiteral("https://plain.example/rest"));
        office.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_A_EB_API_TOKEN"), QStringLiteral("token-a"));
        office.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_A_SHOP"), QStringLiteral("magento"));
        office.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_B_EB_API_TOKEN"), QStringLiteral("token-b"));
        office.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_B_PRESTASHOP_KEY"), QStringLiteral("key-b"));
        QCOMPARE(ProfileEnvironment::prefix(QStringLiteral("shop-a")), QStringLiteral("BOEKHOUDBRUG_SHOP_A_"));

        const QProcessEnvironment a =
            ProfileEnvironment::forProfile(QStringLiteral("shop-a"), office, ProfileEnvironment::Plain::Ignored);
        QCOMPARE(a.value(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN")), QStringLiteral("token-a"));
        QCOMPARE(a.value(QStringLiteral("BOEKHOUDBRUG_SHOP")), QStringLiteral("magento"));
        QVERIFY(!a.contains(QStringLiteral("BOEKHOUDBRUG_SHOP_URL")));            // the plain shop is not A's
        QVERIFY(!a.contains(QStringLiteral("BOEKHOUDBRUG_SHOP_B_EB_API_TOKEN"))); // nor B's secrets
        QVERIFY(!a.contains(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_KEY")));
        QCOMPARE(a.value(QStringLiteral("PATH")), QStringLiteral("/usr/bin"));

        // A profile without variables of its own gets none at all under --all-profiles: not the plain token.
        const QProcessEnvironment c =
            ProfileEnvironment::forProfile(QStringLiteral("shop-c"), office, ProfileEnvironment::Plain::Ignored);
        QVERIFY(!c.contains(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN")));
        QVERIFY(!c.contains(QStringLiteral("BOEKHOUDBRUG_SHOP_A_EB_API_TOKEN")));
        // ... and for `--profile shop-c` alone the plain ones, as before there were profiles.
        const QProcessEnvironment alone =
            ProfileEnvironment::forProfile(QStringLiteral("shop-c"), office, ProfileEnvironment::Plain::UsedWithoutOwn);
        QCOMPARE(alone.value(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN")), QStringLiteral("plain-token"));
        // `--profile shop-b`: B's own replace the plain ones as a whole, the plain shop address too.
        const QProcessEnvironment b =
            ProfileEnvironment::forProfile(QStringLiteral("shop-b"), office, ProfileEnvironment::Plain::UsedWithoutOwn);
        QCOMPARE(b.value(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN")), QStringLiteral("token-b"));
        QCOMPARE(b.value(QStringLiteral("BOEKHOUDBRUG_PRESTASHOP_KEY")), QStringLiteral("key-b"));
        QVERIFY(!b.contains(QStringLiteral("BOEKHOUDBRUG_SHOP_URL")));

        // A profile called "a" does not read the variables of "a-eb" (BOEKHOUDBRUG_A_EB_EB_API_TOKEN).
        QProcessEnvironment near;
        near.insert(QStringLiteral("BOEKHOUDBRUG_A_EB_EB_API_TOKEN"), QStringLiteral("token-a-eb"));
        QVERIFY(!ProfileEnvironment::hasOwn(QStringLiteral("a"), near));
        QVERIFY(ProfileEnvironment::hasOwn(QStringLiteral("a-eb"), near));
    }
};

QTEST_GUILESS_MAIN(TestProfileDirectory)
#include "tst_profiledirectory.moc"
