#include "AboutDialog.h"
#include "AdministrationSettingsStore.h"
#include "BuildInfo.h"
#include "i18n/LanguageLoader.h"
#include "MainWindow.h"
#include "store/Database.h"
#include "store/DocumentQuery.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void showsTheProductsNavigation()
    {
        MainWindow window(*m_settings);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QStringList expected = {"Dashboard", "Invoices",       "Credit Memos",
                                      "Customers", "VAT Mapping",    "Synchronisation Logs",
                                      "Reports",   "Reconciliation", "Settings"};
        QCOMPARE(navigation->count(), expected.size());
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(navigation->item(row)->text(), expected.at(row));
    }

    void stateAndReasonAreOnScreenAt1280By800_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Dutch") << QStringLiteral("nl");
    }

    void stateAndReasonAreOnScreenAt1280By800()
    {
        // A bookkeeper on a 1280 x 800 laptop sees at a glance what failed and why, without scrolling sideways.
        Database database(m_dir.filePath(QStringLiteral("grid-width.sqlite")));
        QVERIFY(database.open());
        QFETCH(QString, language);
        LanguageLoader loader;
        loader.apply(language);
        MainWindow window(*m_settings, &database);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.width() <= 1280, qPrintable(QString::number(window.width()))); // nothing forces it wider
        for (const MainWindow::Page page : {MainWindow::Page::Invoices, MainWindow::Page::CreditMemos}) {
            window.showPage(page);
            QTableView* grid = nullptr;
            for (QTableView* view : window.findChildren<QTableView*>(QStringLiteral("grid")))
                if (view->isVisible())
                    grid = view;
            QVERIFY(grid);
            const int width = grid->viewport()->width();
            for (const DocumentQuery::Column column : {DocumentQuery::Column::State, DocumentQuery::Column::Message}) {
                const int logical = static_cast<int>(column);
                QVERIFY(!grid->isColumnHidden(logical));
                const int left = grid->columnViewportPosition(logical);
                QVERIFY2(left >= 0 && left + grid->columnWidth(logical) <= width,
                         qPrintable(QStringLiteral("column %1 at %2..%3 of %4")
                                        .arg(logical)
                                        .arg(left)
                                        .arg(left + grid->columnWidth(logical))
                                        .arg(width)));
            }
            // The reason gets room for a sentence, not a word.
            QVERIFY(grid->columnWidth(static_cast<int>(DocumentQuery::Column::Message)) >=
                    25 * grid->fontMetrics().averageCharWidth());
        }
        loader.apply(QStringLiteral("en"));
    }

    void theStatusBarSaysWhenTheTokenEndsSoon()
    {
        MainWindow window(*m_settings);
        window.setTokenEndDate(QDate::currentDate().addDays(100));
        QCOMPARE(window.tokenStatusText(), QString());
        window.setTokenEndDate(QDate::currentDate().addDays(5));
        QVERIFY2(window.tokenStatusText().contains(QStringLiteral("in 5 day")), qPrintable(window.tokenStatusText()));
        window.setTokenEndDate(QDate::currentDate().addDays(-1));
        QVERIFY(window.tokenStatusText().contains(QStringLiteral("ended on")));
        // The tray is told once per stage, remembered across restarts.
        QVERIFY(m_settings->value(QStringLiteral("warnings/endDateSaid")).toString().endsWith(QStringLiteral("/4")));
    }

    void clickingNavigationSwitchesPage()
    {
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));

        const QRect customers =
            navigation->visualItemRect(navigation->item(static_cast<int>(MainWindow::Page::Customers)));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, customers.center());
        QCOMPARE(window.currentPage(), MainWindow::Page::Customers);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("Customers"));

        // Keyboard: Ctrl+6 is the sixth page.
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::SynchronisationLogs);
    }

    void rendersSomething()
    {
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // A rendered window has text and frames: many distinct colours, not one flat fill.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("connectionStatus"))->text(),
                 QStringLiteral("Not connected to e-Boekhouden"));
    }

    void aboutDialogNamesTheVersion()
    {
        MainWindow window(*m_settings);
        window.show();
        QString seen;
        QTimer::singleShot(0, this, [&seen] {
            auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = dialog->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
            dialog->reject();
        });
        window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY2(seen.contains(QStringLiteral("Version %1").arg(QString::fromLatin1(BuildInfo::version))),
                 qPrintable(seen));
    }

    void dutchInterface()
    {
        LanguageLoader loader;
        QVERIFY(loader.apply(QStringLiteral("nl")));
        MainWindow window(*m_settings);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Facturen"));
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("Creditnota's"));
        QCOMPARE(navigation->item(3)->text(), QStringLiteral("Klanten"));
        QCOMPARE(navigation->item(4)->text(), QStringLiteral("Btw-koppeling"));
        QVERIFY(loader.apply(QStringLiteral("en")));
    }

    void languageChoiceIsSaved()
    {
        MainWindow window(*m_settings);
        window.showPage(MainWindow::Page::Settings);
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        auto* save = window.findChild<QPushButton*>(QStringLiteral("saveSettings"));
        QVERIFY(save);
        combo->setCurrentIndex(combo->findData(QStringLiteral("nl")));
        QVERIFY(!m_settings->contains(LanguageLoader::settingKey())); // on Save, with the other settings
        save->click();
        QCOMPARE(m_settings->value(LanguageLoader::settingKey()).toString(), QStringLiteral("nl"));
        combo->setCurrentIndex(combo->findData(QString()));
        save->click();
        QVERIFY(!m_settings->contains(LanguageLoader::settingKey()));
    }

    void throughputSettingsFeedTheSyncConfiguration()
    {
        // Settings → how hard a sync may push; the app and the CLI build their configuration from these keys.
        MainWindow window(*m_settings);
        window.showPage(MainWindow::Page::Settings);
        auto* concurrency = window.findChild<QSpinBox*>(QStringLiteral("syncConcurrency"));
        auto* rate = window.findChild<QSpinBox*>(QStringLiteral("syncRate"));
        QVERIFY(concurrency && rate);
        QCOMPARE(concurrency->value(), 1);
        QCOMPARE(rate->text(), QStringLiteral("no limit"));
        concurrency->setValue(4);
        rate->setValue(10);
        concurrency->setValue(99); // clamped to what the engine allows
        QCOMPARE(concurrency->value(), SyncConfiguration::maxConcurrency);
        window.findChild<QPushButton*>(QStringLiteral("saveSettings"))->click();

        QTemporaryDir storeDir;
        Database database(storeDir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(database.open());
        const SyncConfiguration configuration =
            AdministrationSettingsStore::configuration(QStringLiteral("default"), *m_settings, database);
        QCOMPARE(configuration.concurrency, SyncConfiguration::maxConcurrency);
        QCOMPARE(configuration.maxRequestsPerSecond, 10);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
