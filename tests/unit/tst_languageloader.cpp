#include "i18n/LanguageLoader.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestLanguageLoader : public QObject
{
    Q_OBJECT

private slots:
    void choosesLanguage_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dutch system") << QString() << QLocale(QLocale::Dutch, QLocale::Netherlands) << "nl";
        QTest::newRow("flemish system") << QString() << QLocale(QLocale::Dutch, QLocale::Belgium) << "nl";
        QTest::newRow("english system") << QString() << QLocale(QLocale::English, QLocale::UnitedKingdom) << "en";
        QTest::newRow("german system falls back to english") << QString() << QLocale(QLocale::German) << "en";
        QTest::newRow("setting beats dutch system") << "en" << QLocale(QLocale::Dutch) << "en";
        QTest::newRow("setting beats english system") << "nl" << QLocale(QLocale::English) << "nl";
        QTest::newRow("unknown setting ignored") << "fr" << QLocale(QLocale::Dutch) << "nl";
    }

    void choosesLanguage()
    {
        QFETCH(QString, override);
        QFETCH(QLocale, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageLoader::choose(override, system), expected);
    }

    void settingOverridesSystemLocale()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(LanguageLoader::settingKey(), QStringLiteral("nl"));
        QCOMPARE(LanguageLoader::chooseFromSettings(settings, QLocale(QLocale::English)), QStringLiteral("nl"));
    }

    void dutchTranslationLoads()
    {
        LanguageLoader loader;
        QVERIFY(loader.apply(QStringLiteral("nl")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Invoices"), QStringLiteral("Facturen"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Credit Memos"), QStringLiteral("Creditnota's"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Synchronisation Logs"),
                 QStringLiteral("Synchronisatielogboek"));
        // Core strings are translated too, not only widgets.
        QVERIFY(QCoreApplication::translate("SecretStore",
                                            "No saved credential was found. Enter it again in the setup wizard.")
                    .startsWith(QStringLiteral("Er is geen opgeslagen")));
    }

    void switchingBackToEnglishReplacesDutch()
    {
        LanguageLoader loader;
        QVERIFY(loader.apply(QStringLiteral("nl")));
        QVERIFY(loader.apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Invoices"), QStringLiteral("Invoices"));
    }

    void everyDutchMessageIsTranslated()
    {
        // An unfinished or empty translation shows English to a Dutch bookkeeper: the .ts file must be complete.
        QFile ts(QStringLiteral(BOEKHOUDBRUG_TRANSLATIONS_DIR "/boekhoudbrug_nl.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(ts.readAll());
        QVERIFY(content.contains(QStringLiteral("<message>")));
        QVERIFY2(!content.contains(QStringLiteral("type=\"unfinished\"")),
                 "boekhoudbrug_nl.ts has unfinished messages");
    }
};

QTEST_GUILESS_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
