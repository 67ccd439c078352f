#include "AdministrationSettingsStore.h"
#include "MainWindow.h"
#include "MoveStoreDialog.h"
#include "SettingsPage.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "StoreSection.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// Issue 18: Settings → Store shows where the profile's database is and moves it (the CLI's `store migrate` code:
// copied, counted, checksums compared), switching the profile only when the copy is equal; and the booking
// settings kept in that store are those the window books with at each run.
class TestStoreSection : public QObject
{
    Q_OBJECT

    const QString profile = QStringLiteral("winkel");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;

    QString oldPath() const { return m_dir->filePath(QStringLiteral("old.sqlite")); }

    // Runs the dialog `section` opens: enters `target`, clicks Move, waits for `expected` in its message, closes.
    static bool moveWithDialog(StoreSection* section, const QString& target, const QString& expected, QString& message)
    {
        QTimer::singleShot(0, section, [section, target, expected, &message] {
            auto* dialog = section->findChild<MoveStoreDialog*>();
            if (!dialog)
                return;
            const auto close =
                qScopeGuard([dialog] { dialog->findChild<QPushButton*>(u"moveStoreClose"_qs)->click(); });
            dialog->findChild<QLineEdit*>(u"moveStoreTarget"_qs)->setText(target);
            dialog->findChild<QPushButton*>(u"moveStoreStart"_qs)->click();
            auto* label = dialog->findChild<QLabel*>(u"moveStoreMessage"_qs);
            const bool shown = QTest::qWaitFor([&] { return label->text().contains(expected); }, 30000);
            message = (shown ? QString() : u"not the message waited for: "_qs) + label->text();
            const auto* progress = dialog->findChild<QProgressBar*>(u"moveStoreProgress"_qs);
            if (expected.contains(u"now uses"_qs) && progress->value() != progress->maximum())
                message += u" (progress not at its end)"_qs;
        });
        return section->moveStore();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        m_settings->setValue(Database::storeLocationKey(profile), oldPath());
        m_database = std::make_unique<Database>(oldPath());
        QVERIFY(m_database->open());
        DocumentRepository documents(*m_database);
        QVERIFY(documents.upsert(StoreFixture::invoice(QStringLiteral("1"), QStringLiteral("100000001"))));
        QVERIFY(documents.upsert(StoreFixture::invoice(QStringLiteral("2"), QStringLiteral("100000002"))));
        AdministrationSettingsStore::Saved saved;
        saved.settings.paymentTermDays = 30;
        QVERIFY(AdministrationSettingsStore::save(profile, saved, *m_settings, *m_database));
    }

    void cleanup()
    {
        m_database.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void movesTheStoreToANewFileAndSwitchesTheProfile()
    {
        MainWindow window(*m_settings, m_database.get());
        window.setBookingProfile(profile);
        StoreSection* section = window.findChild<SettingsPage*>()->storeSection();
        QVERIFY(section);
        auto* location = section->findChild<QLineEdit*>(u"storeLocation"_qs);
        QCOMPARE(location->text(), Database(oldPath()).displayName());
        QVERIFY(location->isReadOnly());
        QSignalSpy moved(&window, &MainWindow::storeMoved);

        const QString target = m_dir->filePath(QStringLiteral("new.sqlite"));
        QString message;
        QVERIFY(moveWithDialog(section, target, u"now uses"_qs, message));
        QVERIFY2(message.startsWith(u"All 11 table(s) copied and compared: equal."_qs), qPrintable(message));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(m_settings->value(Database::storeLocationKey(profile)).toString(), target);
        QCOMPARE(location->text(), Database(target).displayName());

        // Everything is in the new store, the booking settings too; the old one is left as it was.
        Database copy(target);
        QVERIFY(copy.open());
        QCOMPARE(DocumentRepository(copy).count(DocumentKind::Invoice, SyncState::Pending), 2);
        QCOMPARE(AdministrationSettingsStore::load(profile, *m_settings, copy).settings.paymentTermDays, 30);
        QCOMPARE(DocumentRepository(*m_database).count(DocumentKind::Invoice, SyncState::Pending), 2);
    }

    void anExistingFileIsRefusedAndTheProfileKeepsItsStore()
    {
        SettingsPage page(*m_settings);
        page.setBookingProfile(profile, m_database.get());
        StoreSection* section = page.storeSection();
        QSignalSpy finished(section, &StoreSection::moveFinished);
        const QString target = m_dir->filePath(QStringLiteral("taken.sqlite"));
        QFile taken(target);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.close();
        QString message;
        QVERIFY(!moveWithDialog(section, target, u"exists already"_qs, message));
        QCOMPARE(message, target + u" exists already: move the profile to a new file."_qs);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(m_settings->value(Database::storeLocationKey(profile)).toString(), oldPath());
        QCOMPARE(QFileInfo(target).size(), 0);
    }

    // Two desktops on one store: the window of the first books its next run with what the second saved since the
    // window was built, without a restart.
    void aRunBooksWithWhatAnotherDesktopSavedSince()
    {
        MainWindow window(*m_settings, m_database.get());
        window.setBookingProfile(profile);
        SyncConfiguration configuration;
        configuration.settings.paymentTermDays = 30; // as the app built it at the start
        window.setSync(nullptr, &configuration, false);

        QSettings other(m_dir->filePath(QStringLiteral("other-desk.ini")), QSettings::IniFormat);
        Database otherConnection(oldPath());
        QVERIFY(otherConnection.open());
        AdministrationSettingsStore::Saved changed =
            AdministrationSettingsStore::load(u"kantoor"_qs, other, otherConnection);
        changed.settings.paymentTermDays = 45;
        changed.settings.defaultBankLedger = QStringLiteral("1020");
        QVERIFY(AdministrationSettingsStore::save(u"kantoor"_qs, changed, other, otherConnection));
        QCOMPARE(configuration.settings.paymentTermDays, 30);

        window.synchronise();
        QCOMPARE(configuration.settings.paymentTermDays, 45);
        QCOMPARE(configuration.settings.defaultBankLedger, QStringLiteral("1020"));
    }

    void notWhileASynchronisationRuns()
    {
        SettingsPage page(*m_settings);
        page.setBookingProfile(profile, m_database.get());
        StoreSection* section = page.storeSection();
        section->setSynchronising([] { return true; });
        QSignalSpy started(section, &StoreSection::moveStarted);
        QVERIFY(!section->moveStore()); // no dialog opens: this returns at once
        QCOMPARE(started.count(), 0);
        QCOMPARE(section->findChild<QLabel*>(u"storeMessage"_qs)->text(),
                 u"A synchronisation is running: wait until it has finished, then move the database."_qs);
        QCOMPARE(m_settings->value(Database::storeLocationKey(profile)).toString(), oldPath());
    }
};

QTEST_MAIN(TestStoreSection)
#include "tst_storesection.moc"
