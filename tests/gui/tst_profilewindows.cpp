#include "DocumentsPage.h"
#include "DocumentTableModel.h"
#include "eboekhouden/ClientFactory.h"
#include "MainWindow.h"
#include "ProfileDirectory.h"
#include "ProfileOverviewPage.h"
#include "ProfileSetup.h"
#include "ProfileSwitcher.h"
#include "ProfileWindows.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "sync/SyncRunner.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

// Issue 18 item 1: an accounting office's administrations side by side. With more than one profile the
// overview is the start screen; Open or a double-click shows that administration's documents; the switcher
// builds the window again for another, without a restart.
class TestProfileWindows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    // The store the window of a profile works on, kept alive by the window as the app's session is.
    class Store : public QObject
    {
    public:
        explicit Store(const QString& profile)
            : database(Database::defaultPath(profile))
        {}
        Database database;
        SyncConfiguration configuration;
        std::unique_ptr<SyncRunner> runner; // last: its thread stops before the store goes
    };

    ProfileWindows::Opener opener()
    {
        return [this](const QString& profile) {
            auto* store = new Store(profile);
            if (!store->database.open())
                qFatal("cannot open the store of %s", qPrintable(profile));
            auto* window = new MainWindow(*m_settings, &store->database);
            window->setBookingProfile(profile);
            store->setParent(window);
            return window;
        };
    }

    // As opener(), and the window syncs: with e-Boekhouden on a closed port of this computer, so a sync is under
    // way from sync() until its failure comes back through the event loop.
    ProfileWindows::Opener syncingOpener()
    {
        return [this](const QString& profile) {
            auto* store = new Store(profile);
            if (!store->database.open())
                qFatal("cannot open the store of %s", qPrintable(profile));
            auto* window = new MainWindow(*m_settings, &store->database);
            EBoekhoudenCredentials credentials;
            credentials.api = EBoekhoudenCredentials::Api::Rest;
            credentials.apiToken = QStringLiteral("switch-test-token");
            credentials.endpointOverride = QStringLiteral("http://127.0.0.1:9");
            store->runner = std::make_unique<SyncRunner>(std::make_unique<SyncEngine>(
                store->database.path(), [credentials] { return ClientFactory::create(credentials); },
                store->configuration));
            window->setSync(store->runner.get(), &store->configuration, false);
            window->setBookingProfile(profile);
            store->setParent(window);
            return window;
        };
    }

    // A profile set up with `numbers` as its invoices, the first `failed` of them refused by e-Boekhouden.
    void addProfile(const QString& profile, const QString& name, const QStringList& numbers, int failed)
    {
        ProfileDirectory(*m_settings).setName(profile, name);
        ProfileSetup::markSetUp(profile, *m_settings);
        for (const QString& file : {u""_qs, u"-wal"_qs, u"-shm"_qs}) // the test's home outlives a run
            QFile::remove(Database::defaultPath(profile) + file);
        Database database(Database::defaultPath(profile));
        QVERIFY(database.open());
        DocumentRepository documents(database);
        for (int i = 0; i < numbers.size(); ++i) {
            Invoice invoice = StoreFixture::invoice(profile + QString::number(i), numbers.at(i));
            invoice.documentDate = QDate::currentDate(); // inside the grid's default period
            const std::optional<qint64> id = documents.upsert(invoice);
            QVERIFY(id);
            DocumentRepository::Transition refused;
            refused.message = QStringLiteral("Invalid VAT code");
            if (i < failed)
                QVERIFY(documents.transition(*id, SyncState::Pending, SyncState::Failed, refused));
        }
    }

    static QStringList invoiceNumbers(MainWindow& window)
    {
        auto* page = window.findChild<DocumentsPage*>(QStringLiteral("Invoices"));
        if (!page)
            return {};
        page->model()->refresh();
        QStringList numbers;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            numbers.append(page->model()->index(row, int(DocumentQuery::Column::Number)).data().toString());
        numbers.sort();
        return numbers;
    }

    static QString cell(QTableWidget& table, int row, int column)
    {
        return table.item(row, column) ? table.item(row, column)->text() : QString();
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void theOverviewIsTheStartScreenAndSwitchingShowsTheOtherAdministration()
    {
        addProfile(QStringLiteral("shop-a"), QStringLiteral("Bakkerij Jansen"),
                   {QStringLiteral("A-1001"), QStringLiteral("A-1002"), QStringLiteral("A-1003")}, 0);
        addProfile(QStringLiteral("shop-b"), QStringLiteral("Fietsen de Vries"),
                   {QStringLiteral("B-2001"), QStringLiteral("B-2002")}, 1);

        ProfileWindows windows(*m_settings, opener());
        windows.start(QStringLiteral("default"));
        QVERIFY(!windows.window()); // no administration opened before the bookkeeper chooses one
        ProfileOverviewPage* overview = windows.overview();
        QVERIFY(overview && overview->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(overview));
        auto* table = overview->findChild<QTableWidget*>(QStringLiteral("profiles"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(*table, 0, ProfileOverviewPage::Name), QStringLiteral("Bakkerij Jansen"));
        QCOMPARE(cell(*table, 0, ProfileOverviewPage::Waiting), QStringLiteral("3"));
        QCOMPARE(cell(*table, 0, ProfileOverviewPage::Failed), QStringLiteral("0"));
        QCOMPARE(cell(*table, 1, ProfileOverviewPage::Name), QStringLiteral("Fietsen de Vries"));
        QCOMPARE(cell(*table, 1, ProfileOverviewPage::Waiting), QStringLiteral("1"));
        QCOMPARE(cell(*table, 1, ProfileOverviewPage::Failed), QStringLiteral("1"));
        QCOMPARE(cell(*table, 1, ProfileOverviewPage::LastSync), QStringLiteral("never"));

        // A double-click on the second administration opens it, on its own documents only.
        const QRect rowB = table->visualItemRect(table->item(1, ProfileOverviewPage::Name));
        QVERIFY(rowB.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowB.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rowB.center());
        QVERIFY(windows.window());
        QCOMPARE(windows.currentProfile(), QStringLiteral("shop-b"));
        QVERIFY(!overview->isVisible());
        QPointer<MainWindow> windowB = windows.window();
        QCOMPARE(invoiceNumbers(*windowB), (QStringList{QStringLiteral("B-2001"), QStringLiteral("B-2002")}));
        QCOMPARE(windowB->windowTitle(), QStringLiteral("Boekhoudbrug: Fietsen de Vries"));

        // The switcher names both; choosing the first builds the window again for it.
        auto* switcher = windowB->findChild<ProfileSwitcher*>(QStringLiteral("profileSwitcher"));
        QVERIFY(switcher);
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->currentText(), QStringLiteral("Fietsen de Vries"));
        const int indexA = switcher->findData(QStringLiteral("shop-a"));
        QCOMPARE(indexA, 0);
        switcher->setCurrentIndex(indexA);
        emit switcher->activated(indexA);
        QTRY_COMPARE(windows.currentProfile(), QStringLiteral("shop-a"));
        QTRY_VERIFY(windowB.isNull()); // the other administration's window and store are gone
        QCOMPARE(invoiceNumbers(*windows.window()),
                 (QStringList{QStringLiteral("A-1001"), QStringLiteral("A-1002"), QStringLiteral("A-1003")}));
        QCOMPARE(windows.window()->windowTitle(), QStringLiteral("Boekhoudbrug: Bakkerij Jansen"));
        QCOMPARE(m_settings->value(ProfileWindows::lastProfileKey()).toString(), QStringLiteral("shop-a"));

        // A new name and colour show in the overview and the switcher.
        ProfileDirectory(*m_settings).setName(QStringLiteral("shop-a"), QStringLiteral("Bakkerij Jansen B.V."));
        ProfileDirectory(*m_settings).setColour(QStringLiteral("shop-a"), QStringLiteral("#2E7D32"));
        windows.showOverview();
        QCOMPARE(cell(*table, 0, ProfileOverviewPage::Name), QStringLiteral("Bakkerij Jansen B.V."));
        QCOMPARE(overview->currentProfile(), QStringLiteral("shop-a"));
        emit overview->profileChanged(QStringLiteral("shop-a")); // as Rename… and Colour… say it
        QCOMPARE(windows.window()->windowTitle(), QStringLiteral("Boekhoudbrug: Bakkerij Jansen B.V."));
        auto* open = overview->findChild<QPushButton*>(QStringLiteral("openProfile"));
        QVERIFY(open && open->isEnabled());
        table->selectRow(1);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(windows.currentProfile(), QStringLiteral("shop-b"));
        auto* switcherB = windows.window()->findChild<ProfileSwitcher*>(QStringLiteral("profileSwitcher"));
        QCOMPARE(switcherB->itemText(switcherB->findData(QStringLiteral("shop-a"))),
                 QStringLiteral("Bakkerij Jansen B.V."));
        QCOMPARE(ProfileDirectory(*m_settings).colour(QStringLiteral("shop-a")), QStringLiteral("#2e7d32"));

        // The next start offers the administration worked on last.
        ProfileWindows again(*m_settings, opener());
        again.start(QStringLiteral("default"));
        QVERIFY(again.overview() && !again.window());
        QCOMPARE(again.overview()->currentProfile(), QStringLiteral("shop-b"));
    }

    void aSwitchWaitsForTheSyncUnderWay()
    {
        addProfile(QStringLiteral("shop-a"), QStringLiteral("Bakkerij Jansen"), {QStringLiteral("A-1001")}, 0);
        addProfile(QStringLiteral("shop-b"), QStringLiteral("Fietsen de Vries"), {QStringLiteral("B-2001")}, 0);
        ProfileWindows windows(*m_settings, syncingOpener());
        QVERIFY(windows.open(QStringLiteral("shop-b")));
        QPointer<MainWindow> windowB = windows.window();
        windowB->synchronise();
        QVERIFY(windowB->isSynchronising());
        // A switch now would cancel the bookkeeper's sync: it is refused with a message, the window stays.
        QString said;
        QTimer::singleShot(0, this, [&said] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        QVERIFY(!windows.open(QStringLiteral("shop-a")));
        QCOMPARE(said, QStringLiteral("Fietsen de Vries is being synchronised. Wait until it is done (or cancel it), "
                                      "then switch."));
        QCOMPARE(windows.currentProfile(), QStringLiteral("shop-b"));
        QCOMPARE(windows.window(), windowB.data());
        // Once it is done, the switch goes through.
        QTRY_VERIFY_WITH_TIMEOUT(!windowB->isSynchronising(), 60000);
        QVERIFY(windows.open(QStringLiteral("shop-a")));
        QCOMPARE(windows.currentProfile(), QStringLiteral("shop-a"));
        QTRY_VERIFY(windowB.isNull());
    }

    void oneProfileOpensAtOnce()
    {
        addProfile(QStringLiteral("only"), QStringLiteral("Enige Winkel"), {QStringLiteral("C-1")}, 0);
        ProfileWindows windows(*m_settings, opener());
        windows.start(QStringLiteral("default"));
        QVERIFY(!windows.overview());
        QVERIFY(windows.window());
        QCOMPARE(windows.currentProfile(), QStringLiteral("only"));
        QCOMPARE(invoiceNumbers(*windows.window()), QStringList{QStringLiteral("C-1")});
    }

    void noProfileOpensTheFirstStartsOne()
    {
        ProfileWindows windows(*m_settings, opener());
        windows.start(QStringLiteral("default"));
        QVERIFY(!windows.overview());
        QCOMPARE(windows.currentProfile(), QStringLiteral("default"));
        auto* switcher = windows.window()->findChild<ProfileSwitcher*>(QStringLiteral("profileSwitcher"));
        QCOMPARE(switcher->count(), 1);
        QCOMPARE(switcher->currentText(), QStringLiteral("default (not set up)"));
    }
};

QTEST_MAIN(TestProfileWindows)
#include "tst_profilewindows.moc"
