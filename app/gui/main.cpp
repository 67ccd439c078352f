#include "BuildInfo.h"
#include "i18n/LanguageLoader.h"
#include "logging/Log.h"
#include "MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(BuildInfo::organizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(BuildInfo::organizationDomain));
    QApplication::setApplicationName(QString::fromLatin1(BuildInfo::applicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the main window to <file> once it is drawn, then quit."),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    parser.process(app);

    Log::init({});
    Log::info(QStringLiteral("Boekhoudbrug %1 starting").arg(QApplication::applicationVersion()));

    QSettings settings;
    LanguageLoader language;
    language.apply(LanguageLoader::chooseFromSettings(settings));

    Database database(Database::defaultPath(QStringLiteral("default")));
    const bool opened = database.open();
    if (!opened)
        Log::error(database.lastError());
    MainWindow window(settings, opened ? &database : nullptr);
    window.show();
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(500, &window, [&window, file = parser.value(screenshot)] {
            QApplication::exit(window.grab().save(file) ? 0 : 1);
        });
    }
    const int status = QApplication::exec();
    Log::shutdown();
    return status;
}
