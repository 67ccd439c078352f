#include "AdministrationSettingsStore.h"
#include "BuildInfo.h"
#include "DemoSandbox.h"
#include "eboekhouden/ClientFactory.h"
#include "i18n/LanguageLoader.h"
#include "logging/Log.h"
#include "MainWindow.h"
#include "ProfileSetup.h"
#include "secrets/EBoekhoudenCredentials.h"
#include "SetupWizard.h"
#include "ShopProfile.h"
#include "store/Database.h"
#include "store/VatMappingRepository.h"
#include "sync/SyncRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMetaEnum>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
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
    const QCommandLineOption screenshotSize(
        QStringLiteral("screenshot-size"),
        QApplication::translate("main", "The window's size for --screenshot (default 1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOption(screenshotSize);
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open on the built-in sandbox, even when "
                                                                  "credentials are configured."));
    parser.addOption(demo);
    const QCommandLineOption page(
        QStringLiteral("page"),
        QApplication::translate("main", "Open on <page>: Dashboard, Invoices, CreditMemos, Customers, VatMapping, "
                                        "SynchronisationLogs or Settings."),
        QStringLiteral("page"));
    parser.addOption(page);
    const QCommandLineOption setup(QStringLiteral("setup"),
                                   QApplication::translate("main", "Open the setup wizard at once (with --screenshot: "
                                                                   "save a picture of its first page)."));
    parser.addOption(setup);
    parser.process(app);
    const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
    bool pageKnown = true;
    const int firstPage = parser.isSet(page) ? pages.keyToValue(parser.value(page).toLatin1().constData(), &pageKnown)
                                             : static_cast<int>(MainWindow::Page::Invoices);
    if (!pageKnown) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown page: %1").arg(parser.value(page)) << Qt::endl;
        return 64; // EX_USAGE, as the CLI
    }

    Log::init({});
    Log::info(QStringLiteral("Boekhoudbrug %1 starting").arg(QApplication::applicationVersion()));

    QSettings settings;
    LanguageLoader language;
    language.apply(LanguageLoader::chooseFromSettings(settings));

    // Without e-Boekhouden credentials the app opens on the sandbox, in a store of its own so demo data never
    // mixes with a real administration's.
    const QString profile = QStringLiteral("default");
    const EBoekhoudenCredentials::Loaded credentials = EBoekhoudenCredentials::load(profile, settings);
    const bool demoMode = parser.isSet(demo) || credentials.credentials.api == EBoekhoudenCredentials::Api::None;
    // The profile's store may be a shared PostgreSQL database (its setting); the demo's is always its own file.
    Database database(demoMode ? Database::defaultPath(QStringLiteral("demo")) : Database::location(profile, settings));
    const bool opened = database.open();
    if (!opened)
        Log::error(database.lastError());
    MainWindow window(settings, opened ? &database : nullptr);

    std::unique_ptr<DemoSandbox> sandbox;
    std::unique_ptr<SyncRunner> runner;
    SyncConfiguration configuration;
    if (opened && demoMode) {
        sandbox = std::make_unique<DemoSandbox>();
        if (sandbox->start()) {
            configuration = sandbox->configuration();
            // The demo's mapping is saved, so the VAT Mapping screen shows what the demo books with.
            VatMappingRepository mapping(database);
            if (mapping.load().entries.isEmpty())
                mapping.save(configuration.vatMapping);
            auto engine = std::make_unique<SyncEngine>(database.path(), sandbox->clientFactory(), configuration);
            engine->setShopConnector(sandbox->connectorFactory());
            runner = std::make_unique<SyncRunner>(std::move(engine));
        }
    } else if (opened && credentials.ok) {
        // The profile as the setup wizard saved it: the administration's settings and VAT mapping, and the
        // shop to pull from (or the BOEKHOUDBRUG_SHOP* variables of a headless setup).
        configuration = AdministrationSettingsStore::configuration(profile, settings, database);
        auto engine = std::make_unique<SyncEngine>(
            database.path(), [c = credentials.credentials] { return ClientFactory::create(c); }, configuration);
        const ShopFromEnvironment::Found shop = ShopProfile::load(profile, settings);
        if (shop.factory)
            engine->setShopConnector(shop.factory);
        else if (!shop.message.isEmpty())
            Log::warning(shop.message);
        runner = std::make_unique<SyncRunner>(std::move(engine));
    } else if (!credentials.ok && !credentials.message.isEmpty()) {
        Log::warning(credentials.message);
    }
    window.setSync(runner.get(), &configuration, demoMode);
    // Logins replaced in Settings → Connection: the next run uses them, no restart.
    QObject::connect(&window, &MainWindow::connectionsChanged, &window, [&runner, &settings, profile] {
        const EBoekhoudenCredentials::Loaded replaced = EBoekhoudenCredentials::load(profile, settings);
        if (!runner || !replaced.ok)
            return;
        runner->setConnections([c = replaced.credentials] { return ClientFactory::create(c); },
                               ShopProfile::load(profile, settings).factory);
    });
    window.setTokenEndDate(credentials.credentials.tokenEndDate);
    if (!demoMode) {
        window.setShopAdminUrl(ShopProfile::readSettings(profile, settings).adminUrl);
        window.setBookingProfile(profile);
    }
    if (parser.isSet(page) || !parser.value(screenshot).isEmpty())
        window.showPage(static_cast<MainWindow::Page>(firstPage));
    if (!parser.value(screenshot).isEmpty()) {
        // The same frame for every picture in the README: 1280 x 800 unless another is asked for.
        const QStringList size = parser.value(screenshotSize).split(u'x');
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        window.resize(width > 0 ? width : 1280, height > 0 ? height : 800);
    }
    window.show();

    const QString screenshotFile = parser.value(screenshot);

    // The setup wizard over the window: at first start (no credentials, profile not set up; the demo runs
    // behind it and Cancel keeps trying it), with --setup, or from Settings. After Finish the app starts
    // again on the real profile, so every part of it is built from what was saved.
    const auto openWizard = [&window, &settings, profile, setup, demo] {
        auto* wizard = new SetupWizard(profile, settings, Database::location(profile, settings), &window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(wizard, &QWizard::accepted, &window, [setup, demo] {
            QStringList arguments = QApplication::arguments().mid(1);
            for (const QString& option : {setup.names().first(), demo.names().first()})
                arguments.removeAll(QStringLiteral("--") + option);
            Log::info(QStringLiteral("Setup finished: restarting on the profile"));
            QProcess::startDetached(QApplication::applicationFilePath(), arguments);
            QApplication::quit();
        });
        wizard->open();
        return wizard;
    };
    QObject::connect(&window, &MainWindow::setupWizardRequested, &window, openWizard);
    const bool firstStart =
        credentials.credentials.api == EBoekhoudenCredentials::Api::None && !ProfileSetup::isSetUp(profile, settings);
    if (parser.isSet(setup)) {
        QWizard* wizard = openWizard();
        if (!screenshotFile.isEmpty()) {
            QTimer::singleShot(500, wizard, [wizard, screenshotFile] {
                QApplication::exit(wizard->grab().save(screenshotFile) ? 0 : 1);
            });
            const int status = QApplication::exec();
            runner.reset();
            Log::shutdown();
            return status;
        }
    } else if (firstStart && !parser.isSet(demo) && screenshotFile.isEmpty()) {
        QTimer::singleShot(0, &window, openWizard);
    }
    auto takeScreenshot = [&window, screenshotFile] { QApplication::exit(window.grab().save(screenshotFile) ? 0 : 1); };
    if (demoMode && runner) {
        // A newcomer sees the sandbox's documents at once; a screenshot waits for them.
        if (!screenshotFile.isEmpty()) {
            QObject::connect(runner.get(), &SyncRunner::finished, &window,
                             [takeScreenshot] { QTimer::singleShot(300, takeScreenshot); });
        }
        QTimer::singleShot(0, runner.get(), &SyncRunner::sync);
    } else if (!screenshotFile.isEmpty()) {
        QTimer::singleShot(500, &window, takeScreenshot);
    }
    const int status = QApplication::exec();
    runner.reset(); // stops the sync thread before the sandbox it talks to goes
    Log::shutdown();
    return status;
}
