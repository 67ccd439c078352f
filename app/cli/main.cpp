#include "BuildInfo.h"
#include "i18n/LanguageLoader.h"
#include "logging/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

// Exit codes a scheduler can act on.
enum ExitCode
{
    Success = 0,
    UsageError = 64, // EX_USAGE
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(BuildInfo::organizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(BuildInfo::organizationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(BuildInfo::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));

    QSettings settings;
    LanguageLoader language;
    language.apply(LanguageLoader::chooseFromSettings(settings));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Boekhoudbrug command line: runs the webshop to e-Boekhouden.nl sync "
                                           "without a window, for schedulers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("cli", "Also log debug details."));
    parser.addOption(verbose);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "What to do. Available: version."));
    parser.process(app);

    Log::init({.console = true, .directory = {}, .verbose = parser.isSet(verbose)});

    const QStringList arguments = parser.positionalArguments();
    const QString command = arguments.value(0);
    QTextStream out(stdout);
    int status = Success;
    if (command == QLatin1String("version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
    } else {
        QTextStream err(stderr);
        err << (command.isEmpty() ? QCoreApplication::translate("cli", "No command given.")
                                  : QCoreApplication::translate("cli", "Unknown command: %1").arg(command))
            << ' ' << QCoreApplication::translate("cli", "Run with --help to see the commands.") << Qt::endl;
        status = UsageError;
    }
    Log::shutdown();
    return status;
}
