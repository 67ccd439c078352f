#include "AdministrationSettingsStore.h"
#include "StoreFixture.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Issue 18: the administration's settings are kept in the profile's store, so the desktops sharing one
// (PostgreSQL) store book with the same settings; a profile whose settings are still only in a desktop's settings
// file has them moved into the store once. Runs on SQLite and (tst_administrationsettingsstore_pg) PostgreSQL.
class TestAdministrationSettingsStore : public QObject
{
    Q_OBJECT

    const QString profile = QStringLiteral("kantoor");

    static AdministrationSettingsStore::Saved chosen()
    {
        AdministrationSettingsStore::Saved saved;
        saved.settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        saved.settings.invoiceTemplate = QStringLiteral("Webshop");
        saved.settings.paymentTermDays = 30;
        saved.settings.defaultBankLedger = QStringLiteral("1010");
        saved.settings.bankLedgerByPaymentMethod = {{QStringLiteral("Bank/overschrijving"), QStringLiteral("1020")}};
        saved.settings.bookPayments = true;
        saved.debtorMatching = SyncConfiguration::DebtorMatching::CustomerCode;
        return saved;
    }

    static QHash<QString, QString> rows(const Database& database)
    {
        QHash<QString, QString> found;
        QSqlQuery q(database.connection());
        if (!q.exec(QStringLiteral("SELECT key, value FROM administration_settings")))
            qFatal("administration_settings cannot be read");
        while (q.next())
            found.insert(q.value(0).toString(), q.value(1).toString());
        return found;
    }

    static QStringList keysOf(const QHash<QString, QString>& values)
    {
        QStringList keys = values.keys();
        keys.sort();
        return keys;
    }

    // The settings file of a desktop from before schema step 15, as that version wrote it.
    void writeOldSettingsFile(QSettings& settings, const QString& bankLedger)
    {
        settings.beginGroup(QStringLiteral("profiles/%1/administration").arg(profile));
        settings.setValue(QStringLiteral("bookingForm"), QStringLiteral("invoices"));
        settings.setValue(QStringLiteral("paymentTermDays"), 21);
        settings.setValue(QStringLiteral("defaultBankLedger"), bankLedger);
        settings.setValue(QStringLiteral("invoiceVatPerLine"), true);
        settings.setValue(QStringLiteral("debtorMatching"), QStringLiteral("shopCustomer"));
        // Payment methods percent-encoded as keys (a '/' would be a group).
        settings.setValue(QStringLiteral("bankLedgerByPaymentMethod/Bank%2Foverschrijving"), QStringLiteral("1020"));
        settings.setValue(QStringLiteral("fixedDebtorByPaymentMethod/bol.com"), QStringLiteral("BOLCOM"));
        settings.endGroup();
        settings.sync();
    }

private slots:
    void nothingSavedReadsTheDefaultsAndWritesNothing()
    {
        StoreFixture store;
        QSettings settings(store.dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        const AdministrationSettingsStore::Saved saved =
            AdministrationSettingsStore::load(profile, settings, *store.database);
        QCOMPARE(saved.problem, QString());
        QCOMPARE(saved.settings.paymentTermDays, 14);
        QCOMPARE(saved.settings.bookingForm, AdministrationSettings::BookingForm::Mutations);
        QCOMPARE(saved.settings.bookPayments, false);
        QCOMPARE(rows(*store.database).size(), 0);
    }

    // Two desktops: two settings files, one store. What one saves, the other reads; its settings file holds none.
    void whatOneDesktopSavesTheOtherReads()
    {
        StoreFixture store;
        QSettings first(store.dir.filePath(QStringLiteral("first.ini")), QSettings::IniFormat);
        QSettings second(store.dir.filePath(QStringLiteral("second.ini")), QSettings::IniFormat);
        Database secondsConnection(store.database->path()); // the other desktop's own connection
        QVERIFY(secondsConnection.open());

        QVERIFY(AdministrationSettingsStore::save(profile, chosen(), first, *store.database));
        const AdministrationSettingsStore::Saved read =
            AdministrationSettingsStore::load(QStringLiteral("other-name"), second, secondsConnection);
        QCOMPARE(read.settings.bookingForm, AdministrationSettings::BookingForm::Invoices);
        QCOMPARE(read.settings.invoiceTemplate, QStringLiteral("Webshop"));
        QCOMPARE(read.settings.paymentTermDays, 30);
        QCOMPARE(read.settings.defaultBankLedger, QStringLiteral("1010"));
        QCOMPARE(read.settings.bankLedgerByPaymentMethod.value(QStringLiteral("Bank/overschrijving")), u"1020"_qs);
        QCOMPARE(read.settings.bookPayments, true);
        QCOMPARE(read.debtorMatching, SyncConfiguration::DebtorMatching::CustomerCode);
        QCOMPARE(first.allKeys(), QStringList());

        // The second changes the ledger: the first reads the change, not what it saved itself.
        AdministrationSettingsStore::Saved changed = read;
        changed.settings.defaultBankLedger = QStringLiteral("1030");
        QVERIFY(AdministrationSettingsStore::save(QStringLiteral("other-name"), changed, second, secondsConnection));
        QCOMPARE(AdministrationSettingsStore::load(profile, first, *store.database).settings.defaultBankLedger,
                 QStringLiteral("1030"));
        QSqlQuery q(store.database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT changed_by FROM administration_settings WHERE key = "
                                      "'defaultBankLedger'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QSysInfo::machineHostName());
    }

    // An existing profile: its settings only in the desktop's file. The first load moves them into the store (and
    // out of the file); another desktop's older file does not overwrite them afterwards.
    void settingsOnlyInTheFileMoveIntoTheStoreOnce()
    {
        StoreFixture store;
        QSettings old(store.dir.filePath(QStringLiteral("old.ini")), QSettings::IniFormat);
        writeOldSettingsFile(old, QStringLiteral("1010"));

        const AdministrationSettingsStore::Saved moved =
            AdministrationSettingsStore::load(profile, old, *store.database);
        QCOMPARE(moved.problem, QString());
        QCOMPARE(moved.settings.bookingForm, AdministrationSettings::BookingForm::Invoices);
        QCOMPARE(moved.settings.paymentTermDays, 21);
        QCOMPARE(moved.settings.defaultBankLedger, QStringLiteral("1010"));
        QCOMPARE(moved.settings.invoiceVatPerLine, true);
        QCOMPARE(moved.debtorMatching, SyncConfiguration::DebtorMatching::ShopCustomer);
        QCOMPARE(moved.settings.bankLedgerByPaymentMethod,
                 (QHash<QString, QString>{{QStringLiteral("Bank/overschrijving"), QStringLiteral("1020")}}));
        QCOMPARE(moved.settings.fixedDebtorByPaymentMethod,
                 (QHash<QString, QString>{{QStringLiteral("bol.com"), QStringLiteral("BOLCOM")}}));
        // Saved before payments were a setting, with a bank ledger: on, as they were booked then.
        QCOMPARE(moved.settings.bookPayments, true);
        const QHash<QString, QString> inStore = rows(*store.database);
        QCOMPARE(keysOf(inStore), (QStringList{u"bankLedgerByPaymentMethod"_qs, u"bookingForm"_qs, u"debtorMatching"_qs,
                                               u"defaultBankLedger"_qs, u"fixedDebtorByPaymentMethod"_qs,
                                               u"invoiceVatPerLine"_qs, u"paymentTermDays"_qs}));
        QCOMPARE(inStore.value(u"defaultBankLedger"_qs), u"1010"_qs);
        QCOMPARE(old.allKeys(), QStringList()); // the file's copy is gone

        // Another desktop still has its old file (another ledger): the store's settings win, nothing is added.
        QSettings other(store.dir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
        writeOldSettingsFile(other, QStringLiteral("1099"));
        QCOMPARE(AdministrationSettingsStore::load(profile, other, *store.database).settings.defaultBankLedger,
                 QStringLiteral("1010"));
        QCOMPARE(rows(*store.database).size(), 7);
        // And a second load of the first desktop reads the store (nothing left in its file).
        QCOMPARE(AdministrationSettingsStore::load(profile, old, *store.database).settings.paymentTermDays, 21);
    }

    // Secrets live in each desktop's keychain (or the server's environment): nothing else in the settings file ever
    // reaches the shared table, and Save writes exactly the administration's settings.
    void noSecretReachesTheStore()
    {
        StoreFixture store;
        QSettings settings(store.dir.filePath(QStringLiteral("secrets.ini")), QSettings::IniFormat);
        const QString token = QStringLiteral("eb-token-4f1e9c");
        const QString securityCode = QStringLiteral("SC2-8812aa");
        const QString password = QStringLiteral("pg-pass-77");
        writeOldSettingsFile(settings, QStringLiteral("1010"));
        settings.setValue(QStringLiteral("profiles/%1/administration/apiToken").arg(profile), token);
        settings.setValue(QStringLiteral("profiles/%1/eboekhouden/securityCode2").arg(profile), securityCode);
        settings.setValue(QStringLiteral("profiles/%1/store/password").arg(profile), password);
        AdministrationSettingsStore::load(profile, settings, *store.database);
        AdministrationSettingsStore::Saved saved = chosen();
        saved.settings.debtorCodePrefix = QStringLiteral("WEB");
        QVERIFY(AdministrationSettingsStore::save(profile, saved, settings, *store.database));

        const QHash<QString, QString> inStore = rows(*store.database);
        QCOMPARE(keysOf(inStore), (QStringList{u"bankLedgerByPaymentMethod"_qs,
                                               u"bookPayments"_qs,
                                               u"bookingForm"_qs,
                                               u"bookingLanguage"_qs,
                                               u"createMissingProducts"_qs,
                                               u"creditMemoPrefix"_qs,
                                               u"debtorCodePrefix"_qs,
                                               u"debtorCodeScheme"_qs,
                                               u"debtorLedger"_qs,
                                               u"debtorMatching"_qs,
                                               u"defaultBankLedger"_qs,
                                               u"fixedDebtorByPaymentMethod"_qs,
                                               u"holdWhenViesUnavailable"_qs,
                                               u"invoiceNumberPrefix"_qs,
                                               u"invoiceNumbering"_qs,
                                               u"invoiceTemplate"_qs,
                                               u"invoiceVatPerLine"_qs,
                                               u"ossRegistered"_qs,
                                               u"paymentTermDays"_qs,
                                               u"shopCountry"_qs}));
        QSqlQuery q(store.database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT key, value, changed_at, changed_by FROM administration_settings")));
        int checked = 0;
        while (q.next()) {
            for (int column = 0; column < 4; ++column) {
                const QString text = q.value(column).toString();
                QVERIFY2(!text.contains(token) && !text.contains(securityCode) && !text.contains(password) &&
                             !text.contains(u"securityCode"_qs, Qt::CaseInsensitive) &&
                             !text.contains(u"token"_qs, Qt::CaseInsensitive) &&
                             !text.contains(u"password"_qs, Qt::CaseInsensitive),
                         qPrintable(text));
            }
            ++checked;
        }
        QCOMPARE(checked, 20);
    }

    // A setting a newer version saved on another desktop stays in the store when this one saves.
    void aSettingOfANewerVersionIsKept()
    {
        StoreFixture store;
        QSettings settings(store.dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        QSqlQuery q(store.database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO administration_settings (key, value) VALUES ('futureSetting', "
                                      "'x')")));
        QVERIFY(AdministrationSettingsStore::save(profile, chosen(), settings, *store.database));
        QCOMPARE(rows(*store.database).value(u"futureSetting"_qs), u"x"_qs);
        QCOMPARE(rows(*store.database).size(), 21);
    }

    // The store refuses (here: its table is gone): Save says so and the settings file gets no copy either.
    void aRefusedSaveWritesNothing()
    {
        StoreFixture store;
        QSettings settings(store.dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        QSqlQuery q(store.database->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE administration_settings")));
        QVERIFY(!AdministrationSettingsStore::save(profile, chosen(), settings, *store.database));
        QCOMPARE(settings.allKeys(), QStringList());
        const AdministrationSettingsStore::Saved unread =
            AdministrationSettingsStore::load(profile, settings, *store.database);
        QVERIFY2(unread.problem.contains(u"could not be read"_qs), qPrintable(unread.problem));
    }
};

QTEST_GUILESS_MAIN(TestAdministrationSettingsStore)
#include "tst_administrationsettingsstore.moc"
