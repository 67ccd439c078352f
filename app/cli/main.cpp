#include "AllProfilesCommand.h"
#include "AuditCommand.h"
#include "BuildInfo.h"
#include "DoctorCommand.h"
#include "eboekhouden/ConnectionTest.h"
#include "i18n/LanguageLoader.h"
#include "ImportRelationsCommand.h"
#include "logging/Log.h"
#include "ProfileEnvironment.h"
#include "ReconcileCommand.h"
#include "ReportCommand.h"
#include "ScheduleCommand.h"
#include "StoreCommand.h"
#include "SyncCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

// Exit codes a scheduler can act on (sysexits.h); test-connection adds its own (ConnectionTest::ExitCode).
enum ExitCode
{
    Success = 0,
    UsageError = 64, // EX_USAGE
};

int main(int argc, char* argv[])
{
    // report --pdf lays out text, and QtGui's fonts need a QGuiApplication; offscreen, as no window is shown.
    const bool gui = ReportCommand::wantsPdf(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QString::fromLatin1(BuildInfo::organizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(BuildInfo::organizationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(BuildInfo::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));

    // Settings from a file of one's own (--config FILE, INI format) or the platform's place. Read before the
    // full parse so the help comes in the language that file chooses.
    QCommandLineParser early;
    const QCommandLineOption configFile(QStringLiteral("config"), QString(), QStringLiteral("file"));
    early.addOption(configFile);
    early.parse(app.arguments()); // the other options are unknown here; only --config counts
    const std::unique_ptr<QSettings> ownSettings =
        early.isSet(configFile) ? std::make_unique<QSettings>(early.value(configFile), QSettings::IniFormat)
                                : std::make_unique<QSettings>();
    QSettings& settings = *ownSettings;
    LanguageLoader language;
    language.apply(LanguageLoader::chooseFromSettings(settings));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Boekhoudbrug command line: runs the webshop to e-Boekhouden.nl sync "
                                           "without a window, for schedulers.") +
        u"\n\n"_qs + ConnectionTest::exitCodeHelp() + u"\n\n"_qs + SyncCommands::help() + u"\n"_qs +
        ScheduleCommand::help() + u"\n"_qs + DoctorCommand::help() + u"\n"_qs + AuditCommand::help() + u"\n"_qs +
        ReconcileCommand::help() + u"\n"_qs + ReportCommand::help() + u"\n"_qs + AllProfilesCommand::help() + u"\n"_qs +
        ImportRelationsCommand::help() + u"\n"_qs + StoreCommand::help());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("cli", "Also log debug details."));
    parser.addOption(verbose);
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("cli", "The profile to use (default: default)."),
                                     QCoreApplication::translate("cli", "name"), QStringLiteral("default"));
    parser.addOption(profile);
    const QCommandLineOption config(
        QStringLiteral("config"),
        QCoreApplication::translate("cli", "Read and write the settings in this INI file instead of the user's "
                                           "settings (secrets stay in the keychain or environment variables)."),
        QCoreApplication::translate("cli", "file"));
    parser.addOption(config);
    const QCommandLineOption failed(QStringLiteral("failed"),
                                    QCoreApplication::translate("cli", "logs: only failures."));
    parser.addOption(failed);
    const QCommandLineOption days(QStringLiteral("days"), QCoreApplication::translate("cli", "logs: the last N days."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(days);
    const QCommandLineOption since(QStringLiteral("since"),
                                   QCoreApplication::translate("cli", "logs: from this date on (YYYY-MM-DD)."),
                                   QCoreApplication::translate("cli", "date"));
    parser.addOption(since);
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate(
            "cli", "import: read the documents the shop created from this date (YYYY-MM-DD); audit, reconcile, report: "
                   "the period from this date."),
        QCoreApplication::translate("cli", "date"));
    parser.addOption(from);
    const QCommandLineOption until(
        QStringLiteral("until"),
        QCoreApplication::translate("cli", "import, audit, reconcile, report: ... until this date, inclusive "
                                           "(YYYY-MM-DD; import: default today)."),
        QCoreApplication::translate("cli", "date"));
    parser.addOption(until);
    const QCommandLineOption invoice(
        QStringLiteral("invoice"),
        QCoreApplication::translate("cli", "preview, push, audit: this invoice (its number). May be repeated."),
        QStringLiteral("N"));
    parser.addOption(invoice);
    const QCommandLineOption creditMemo(
        QStringLiteral("creditmemo"),
        QCoreApplication::translate("cli", "preview, push, audit: this credit memo (its number). May be repeated."),
        QStringLiteral("N"));
    parser.addOption(creditMemo);
    const QCommandLineOption customer(
        QStringLiteral("customer"),
        QCoreApplication::translate("cli", "push: update (or create) this customer's debtor; the shop's customer id "
                                           "or e-mail address. May be repeated."),
        QCoreApplication::translate("cli", "id"));
    parser.addOption(customer);
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        QCoreApplication::translate("cli", "sync, push: documents booked at the same time (1 to 8)."),
        QStringLiteral("N"));
    parser.addOption(concurrency);
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        QCoreApplication::translate("cli", "sync, push: at most N requests per second to e-Boekhouden (0: no limit)."),
        QStringLiteral("N"));
    parser.addOption(rate);
    const QCommandLineOption repair(
        QStringLiteral("repair"),
        QCoreApplication::translate("cli", "check-links: offer the wrongly linked documents again (back to pending)."));
    parser.addOption(repair);
    const QCommandLineOption exportTo(
        QStringLiteral("export"),
        QCoreApplication::translate("cli", "audit: write the trail to this file as JSON lines."),
        QStringLiteral("file"));
    parser.addOption(exportTo);
    const QCommandLineOption quarter(QStringLiteral("quarter"),
                                     QCoreApplication::translate("cli", "report: this quarter (as 2026Q4)."),
                                     QCoreApplication::translate("cli", "quarter"));
    parser.addOption(quarter);
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QCoreApplication::translate("cli", "report: also write it to this CSV file."),
                                 QStringLiteral("file"));
    parser.addOption(csv);
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 QCoreApplication::translate("cli", "report: also write it to this PDF file."),
                                 QStringLiteral("file"));
    parser.addOption(pdf);
    const QCommandLineOption every(
        QStringLiteral("every"),
        QCoreApplication::translate("cli", "schedule on: sync every N minutes (default: the app's setting)."),
        QStringLiteral("N"));
    parser.addOption(every);
    const QCommandLineOption allProfiles(
        QStringLiteral("all-profiles"),
        QCoreApplication::translate("cli", "sync: book every profile, one line each (an accounting office)."));
    parser.addOption(allProfiles);
    const QCommandLineOption parallel(
        QStringLiteral("parallel"),
        QCoreApplication::translate("cli", "sync --all-profiles: book N profiles at the same time (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(parallel);
    const QCommandLineOption oneLine(
        QStringLiteral("one-line"),
        QCoreApplication::translate("cli", "sync: print one line, \"<profile>: booked N, failed N, waiting N\"."));
    parser.addOption(oneLine);
    const QCommandLineOption notify(
        QStringLiteral("notify"),
        QCoreApplication::translate("cli", "sync: when documents need attention, say so on the desktop (also when "
                                           "the Settings turned it off)."));
    parser.addOption(notify);
    const QCommandLineOption noNotify(
        QStringLiteral("no-notify"),
        QCoreApplication::translate("cli", "sync: no desktop notification, whatever the Settings say."));
    parser.addOption(noNotify);
    const QCommandLineOption refresh(
        QStringLiteral("refresh"),
        QCoreApplication::translate("cli", "import-relations: read every relation's details again."));
    parser.addOption(refresh);
    const QCommandLineOption body(
        QStringLiteral("body"),
        QCoreApplication::translate("cli", "preview: also print the exact request body that would be sent."));
    parser.addOption(body);
    const QCommandLineOption storeTo(
        QStringLiteral("to"),
        QCoreApplication::translate("cli", "store migrate: the new database (postgresql://… or sqlite:FILE)."),
        QStringLiteral("location"));
    parser.addOption(storeTo);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("cli", "What to do. Available: version, test-connection (logs in to "
                                           "e-Boekhouden and prints the administration's name)."));
    parser.process(app);

    Log::init({.console = true, .directory = {}, .verbose = parser.isSet(verbose)});

    // The profile's own BOEKHOUDBRUG_<PROFILE>_* variables, when it has any, under the plain names every command
    // reads (a server with many administrations; ProfileEnvironment).
    if (!parser.isSet(allProfiles)) {
        const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
        const QProcessEnvironment own =
            ProfileEnvironment::forProfile(parser.value(profile), system, ProfileEnvironment::Plain::UsedWithoutOwn);
        for (const QString& name : system.keys())
            if (!own.contains(name))
                qunsetenv(name.toLocal8Bit().constData());
        for (const QString& name : own.keys())
            qputenv(name.toLocal8Bit().constData(), own.value(name).toLocal8Bit());
    }

    const QStringList arguments = parser.positionalArguments();
    const QString command = arguments.value(0);
    QTextStream out(stdout);
    int status = Success;
    if (command == QLatin1String("version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
    } else if (command == QLatin1String("doctor")) {
        status = DoctorCommand(settings, out).run(parser.value(profile));
    } else if (command == QLatin1String("audit")) {
        QTextStream err(stderr);
        AuditCommand audit(parser.value(profile), settings, out, err);
        const QString exportFile = parser.value(exportTo);
        if (parser.isSet(invoice) != parser.isSet(creditMemo))
            status = audit.document(parser.isSet(invoice) ? DocumentKind::Invoice : DocumentKind::CreditMemo,
                                    parser.value(parser.isSet(invoice) ? invoice : creditMemo), exportFile);
        else if (parser.isSet(from) && !parser.isSet(invoice))
            status = audit.period(QDate::fromString(parser.value(from), Qt::ISODate),
                                  QDate::fromString(parser.value(until), Qt::ISODate), exportFile);
        else {
            err << AuditCommand::help() << Qt::endl;
            status = AuditCommand::UsageError;
        }
    } else if (command == QLatin1String("store")) {
        QTextStream err(stderr);
        StoreCommand store(parser.value(profile), settings, out, err);
        if (arguments.value(1) == u"migrate")
            status = store.migrate(parser.value(storeTo));
        else if (arguments.value(1) == u"where")
            status = store.where();
        else {
            err << StoreCommand::help() << Qt::endl;
            status = StoreCommand::UsageError;
        }
    } else if (command == QLatin1String("reconcile")) {
        QTextStream err(stderr);
        status = ReconcileCommand(parser.value(profile), settings, out, err)
                     .run(QDate::fromString(parser.value(from), Qt::ISODate),
                          QDate::fromString(parser.value(until), Qt::ISODate));
    } else if (command == QLatin1String("report")) {
        QTextStream err(stderr);
        status = ReportCommand(parser.value(profile), settings, out, err)
                     .run({arguments.value(1), parser.value(from), parser.value(until), parser.value(quarter),
                           parser.value(csv), parser.value(pdf)});
    } else if (command == QLatin1String("import-relations")) {
        QTextStream err(stderr);
        status = ImportRelationsCommand(parser.value(profile), settings, out, err).run(parser.isSet(refresh));
    } else if (command == QLatin1String("schedule")) {
        std::optional<int> minutes;
        if (parser.isSet(every))
            minutes = parser.value(every).toInt();
        QTextStream err(stderr);
        ScheduleCommand schedule(OsScheduler::forThisSystem(), settings, out, err);
        status =
            schedule.run(QCoreApplication::applicationFilePath(), parser.value(profile), arguments.value(1), minutes);
    } else if (command == QLatin1String("test-connection")) {
        const ConnectionTest::Outcome outcome = ConnectionTest::run(parser.value(profile), settings);
        QTextStream(outcome.exitCode == ConnectionTest::Connected ? stdout : stderr) << outcome.message << Qt::endl;
        status = outcome.exitCode;
    } else if (parser.isSet(allProfiles) || parser.isSet(parallel)) {
        QTextStream err(stderr);
        bool parallelOk = true;
        const int atOnce = parser.value(parallel).toInt(&parallelOk);
        if (command != u"sync" || !parser.isSet(allProfiles) || parser.isSet(profile) || !parallelOk || atOnce < 1 ||
            atOnce > AllProfilesCommand::maxParallel) {
            err << AllProfilesCommand::help() << Qt::endl;
            status = UsageError;
        } else {
            QStringList passOn;
            if (parser.isSet(verbose))
                passOn << QStringLiteral("--verbose");
            for (const QCommandLineOption& option : {config, concurrency, rate})
                if (parser.isSet(option))
                    passOn << QStringLiteral("--") + option.names().first() << parser.value(option);
            for (const QCommandLineOption& option : {notify, noNotify})
                if (parser.isSet(option))
                    passOn << QStringLiteral("--") + option.names().first();
            status = AllProfilesCommand(settings, passOn, out, err).run(atOnce);
        }
    } else if (QStringList{u"status"_qs, u"logs"_qs, u"preview"_qs, u"push"_qs, u"sync"_qs, u"import"_qs,
                           u"vat-mapping"_qs, u"reprocess"_qs, u"mark-booked"_qs, u"check-links"_qs}
                   .contains(command)) {
        QTextStream err(stderr);
        SyncCommands commands(parser.value(profile), settings, out, err);
        // Given on the command line, they win over the Settings' values for this run.
        bool concurrencyOk = true;
        bool rateOk = true;
        std::optional<int> workers;
        std::optional<int> perSecond;
        if (parser.isSet(concurrency))
            workers = parser.value(concurrency).toInt(&concurrencyOk);
        if (parser.isSet(rate))
            perSecond = parser.value(rate).toInt(&rateOk);
        commands.setThroughput(workers, perSecond);
        commands.setOneLine(parser.isSet(oneLine));
        commands.setNotify(parser.isSet(noNotify) ? AttentionNotifier::Choice::DoNotNotify
                           : parser.isSet(notify) ? AttentionNotifier::Choice::Notify
                                                  : AttentionNotifier::Choice::AsSettings);
        if (!concurrencyOk || workers.value_or(1) < 1 || workers.value_or(1) > SyncConfiguration::maxConcurrency ||
            !rateOk || perSecond.value_or(0) < 0) {
            err << QCoreApplication::translate("cli", "--concurrency takes 1 to %1, --rate 0 or more.")
                       .arg(SyncConfiguration::maxConcurrency)
                << Qt::endl;
            status = SyncCommands::UsageError;
        } else if (parser.isSet(notify) && parser.isSet(noNotify)) {
            err << QCoreApplication::translate("cli", "Give --notify or --no-notify, not both.") << Qt::endl;
            status = SyncCommands::UsageError;
        } else if (command == u"status")
            status = commands.status();
        else if (command == u"logs" && parser.isSet(since) &&
                 !QDate::fromString(parser.value(since), Qt::ISODate).isValid()) {
            err << QCoreApplication::translate("cli", "--since takes a date as YYYY-MM-DD.") << Qt::endl;
            status = SyncCommands::UsageError;
        } else if (command == u"logs") {
            // --since is a local date: from its midnight on. --days counts back from now.
            QDateTime from;
            if (parser.isSet(since))
                from = QDate::fromString(parser.value(since), Qt::ISODate).startOfDay().toUTC();
            else if (const int n = parser.value(days).toInt(); n > 0)
                from = QDateTime::currentDateTimeUtc().addDays(-n);
            status = commands.logs(parser.isSet(failed), from);
        } else if (command == u"preview" && parser.isSet(creditMemo))
            status = commands.preview(parser.value(creditMemo), true, parser.isSet(body));
        else if (command == u"preview")
            status = commands.preview(parser.isSet(invoice) ? parser.value(invoice) : arguments.value(1), false,
                                      parser.isSet(body));
        else if (command == u"push" && parser.isSet(customer))
            status = commands.pushCustomers(parser.values(customer) + arguments.mid(1));
        else if (command == u"push")
            status = commands.push(parser.values(invoice) + arguments.mid(1), parser.values(creditMemo));
        else if (command == u"reprocess")
            status = commands.reprocess(parser.values(invoice) + arguments.mid(1), parser.values(creditMemo));
        else if (command == u"check-links")
            status = commands.checkLinks(parser.isSet(repair));
        else if (command == u"mark-booked")
            status = commands.markBookedByHand(parser.values(invoice) + arguments.mid(1), parser.values(creditMemo));
        else if (command == u"import" && (parser.isSet(from) || parser.isSet(until))) {
            // A period of the shop's own choosing: what the watermarks would no longer fetch.
            const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
            const QDate last =
                parser.isSet(until) ? QDate::fromString(parser.value(until), Qt::ISODate) : QDate::currentDate();
            if (!first.isValid() || !last.isValid() || first > last) {
                err << QCoreApplication::translate("cli", "import --from takes a date as YYYY-MM-DD, and --until one "
                                                          "not before it.")
                    << Qt::endl;
                status = SyncCommands::UsageError;
            } else
                status = commands.importPeriod(first, last);
        } else if (command == u"import")
            status = commands.import();
        else if (command == u"vat-mapping" && arguments.value(1) == u"export")
            status = commands.exportVatMapping(arguments.value(2));
        else if (command == u"vat-mapping" && arguments.value(1) == u"import")
            status = commands.importVatMapping(arguments.value(2));
        else if (command == u"vat-mapping")
            status = SyncCommands::UsageError;
        else
            status = commands.sync();
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
