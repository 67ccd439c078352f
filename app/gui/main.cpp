#include "AdministrationSettingsStore.h"
#include "BuildInfo.h"
#include "DemoSandbox.h"
#include "eboekhouden/ClientFactory.h"
#include "i18n/LanguageLoader.h"
#include "logging/Log.h"
#include "MainWindow.h"
#include "ProfileDirectory.h"
#include "ProfileOverviewPage.h"
#include "ProfileSetup.h"
#include "ProfileWindows.h"
#include "secrets/EBoekhoudenCredentials.h"
#include "SetupWizard.h"
#include "ShopProfile.h"
#include "store/Database.h"
#include "store/VatMappingRepository.h"
#include "sync/SyncRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QMetaEnum>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {

// What the window of one profile works with: its store, its sync (and the demo's sandbox). Owned by the window.
class ProfileSession : public QObject
{
public:
    std::unique_ptr<Database> database;
    std::unique_ptr<DemoSandbox> sandbox;
    std::unique_ptr<SyncRunner> runner; // declared last: its sync thread stops before the sandbox and store go
    SyncConfiguration configuration;
    bool demo = false;
    bool firstStart = false; // no credentials and never set up: the wizard is offered
};

} // namespace

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
                                        "SynchronisationLogs, Reports, Reconciliation or Settings."),
        QStringLiteral("page"));
    parser.addOption(page);
    const QCommandLineOption setup(QStringLiteral("setup"),
                                   QApplication::translate("main", "Open the setup wizard at once (with --screenshot: "
                                                                   "save a picture of its first page)."));
    parser.addOption(setup);
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Open on this profile (administration) instead of the overview."),
        QApplication::translate("main", "name"));
    parser.addOption(profileOption);
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

    // One profile per administration + shop. The window of one is built here, with all it works with; the
    // overview of all profiles is the start screen when there are more (ProfileWindows).
    ProfileSession* lastSession = nullptr;
    const bool demoAsked = parser.isSet(demo);
    const auto openProfile = [&settings, &lastSession, demoAsked](const QString& profile) {
        auto session = std::make_unique<ProfileSession>();
        // Without e-Boekhouden credentials a profile never set up opens on the sandbox, in a store of its own so
        // demo data never mixes with a real administration's. A set-up profile opens on its own store (not
        // connected when its keychain did not answer), so another administration's window never shows the demo.
        const EBoekhoudenCredentials::Loaded credentials = EBoekhoudenCredentials::load(profile, settings);
        session->demo = demoAsked || (credentials.credentials.api == EBoekhoudenCredentials::Api::None &&
                                      !ProfileSetup::isSetUp(profile, settings));
        session->firstStart = credentials.credentials.api == EBoekhoudenCredentials::Api::None &&
                              !ProfileSetup::isSetUp(profile, settings);
        // The profile's store may be a shared PostgreSQL database (its setting); the demo's is always its own file.
        session->database = std::make_unique<Database>(session->demo ? Database::defaultPath(QStringLiteral("demo"))
                                                                     : Database::location(profile, settings));
        const bool opened = session->database->open();
        if (!opened)
            Log::error(session->database->lastError());
        auto* window = new MainWindow(settings, opened ? session->database.get() : nullptr);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        if (opened && session->demo) {
            session->sandbox = std::make_unique<DemoSandbox>();
            if (session->sandbox->start()) {
                session->configuration = session->sandbox->configuration();
                // The demo's mapping is saved, so the VAT Mapping screen shows what the demo books with.
                VatMappingRepository mapping(*session->database);
                if (mapping.load().entries.isEmpty())
                    mapping.save(session->configuration.vatMapping);
                auto engine = std::make_unique<SyncEngine>(session->database->path(), session->sandbox->clientFactory(),
                                                           session->configuration);
                engine->setShopConnector(session->sandbox->connectorFactory());
                session->runner = std::make_unique<SyncRunner>(std::move(engine));
            }
        } else if (opened && credentials.ok) {
            // The profile as the setup wizard saved it: the administration's settings and VAT mapping, and the
            // shop to pull from (or the BOEKHOUDBRUG_SHOP* variables of a headless setup).
            session->configuration = AdministrationSettingsStore::configuration(profile, settings, *session->database);
            auto engine = std::make_unique<SyncEngine>(
                session->database->path(), [c = credentials.credentials] { return ClientFactory::create(c); },
                session->configuration);
            const ShopFromEnvironment::Found shop = ShopProfile::load(profile, settings);
            if (shop.factory)
                engine->setShopConnector(shop.factory);
            else if (!shop.message.isEmpty())
                Log::warning(shop.message);
            session->runner = std::make_unique<SyncRunner>(std::move(engine));
        } else if (!credentials.ok && !credentials.message.isEmpty()) {
            Log::warning(credentials.message);
        }
        window->setSync(session->runner.get(), &session->configuration, session->demo);
        if (session->demo && session->sandbox)
            window->setReconciliationClient(session->sandbox->clientFactory());
        else if (credentials.ok)
            window->setReconciliationClient([c = credentials.credentials] { return ClientFactory::create(c); });
        // Logins replaced in Settings → Connection: the next run uses them, and so do Preview and the
        // Reconciliation screen's read-only look-ups; no restart.
        QObject::connect(window, &MainWindow::connectionsChanged, window,
                         [window, runner = session->runner.get(), &settings, profile] {
                             const EBoekhoudenCredentials::Loaded replaced =
                                 EBoekhoudenCredentials::load(profile, settings);
                             if (!replaced.ok)
                                 return;
                             const auto factory = [c = replaced.credentials] { return ClientFactory::create(c); };
                             window->setReconciliationClient(factory);
                             if (runner)
                                 runner->setConnections(factory, ShopProfile::load(profile, settings).factory);
                         });
        window->setTokenEndDate(credentials.credentials.tokenEndDate);
        // The Dashboard names what it books: a regular token cannot read the administration's name
        // (API-eboekhouden.md C1), so the profile's name names it; the shop by its platform and host.
        const QString administrationName = ProfileDirectory(settings).name(profile);
        if (session->demo)
            window->setNames(QApplication::translate("main", "Demo administration"),
                             QApplication::translate("main", "Sandbox shop on this computer"));
        else if (const ShopConnectionSettings shopSettings = ShopProfile::readSettings(profile, settings);
                 shopSettings.platform != ShopConnectionSettings::Platform::None)
            window->setNames(administrationName, QStringLiteral("%1, %2").arg(
                                                     shopSettings.platform == ShopConnectionSettings::Platform::Magento
                                                         ? QStringLiteral("Magento")
                                                         : QStringLiteral("PrestaShop"),
                                                     shopSettings.apiUrl().host()));
        else
            window->setNames(administrationName, QString());
        if (!session->demo) {
            window->setShopAdminUrl(ShopProfile::readSettings(profile, settings).adminUrl);
            window->setBookingProfile(profile);
        }
        // A newcomer sees the sandbox's documents at once.
        if (session->demo && session->runner)
            QTimer::singleShot(0, session->runner.get(), &SyncRunner::sync);
        // The window keeps what it works with; its pages go before the store and the sync thread (children
        // are deleted in the order they came, and the pages came first).
        lastSession = session.get();
        session.release()->setParent(window);
        return window;
    };
    ProfileWindows windows(settings, openProfile);

    // The setup wizard over the window: at first start (no credentials, profile not set up; the demo runs
    // behind it and Cancel keeps trying it), with --setup, or from Settings. After Finish the window is built
    // again for the profile, so every part of it comes from what was saved.
    const auto openWizard = [&windows, &settings](const QString& profile, const QString& name) {
        // Over the window, or over the overview while no administration is open yet (New administration…).
        QWidget* window =
            windows.window() ? static_cast<QWidget*>(windows.window()) : static_cast<QWidget*>(windows.overview());
        auto* wizard = new SetupWizard(profile, settings, Database::location(profile, settings), window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(wizard, &QWizard::accepted, &windows, [&windows, &settings, profile, name] {
            if (!name.isEmpty()) // a new administration: its name and a colour of its own from now on
                ProfileDirectory(settings).setName(profile, name);
            Log::info(QStringLiteral("Setup finished: opening the profile"));
            // Queued: the wizard's window goes with the old one.
            QTimer::singleShot(0, &windows, [&windows, profile] { windows.open(profile, true); });
        });
        wizard->open();
        return wizard;
    };
    QObject::connect(&windows, &ProfileWindows::windowOpened, &windows,
                     [openWizard, &windows](MainWindow* window, const QString& profile) {
                         QObject::connect(window, &MainWindow::setupWizardRequested, window,
                                          [openWizard, profile] { openWizard(profile, {}); });
                         // Settings → Store moved the profile: its window is built again on the new store.
                         // Queued: the window that asked goes.
                         QObject::connect(window, &MainWindow::storeMoved, window, [&windows, profile] {
                             QTimer::singleShot(0, &windows, [&windows, profile] { windows.open(profile, true); });
                         });
                     });
    // New administration…: a name, then the wizard for a new profile whose secrets are its own keychain entries
    // (boekhoudbrug:<id>:...). Cancel leaves no profile behind: the wizard saves only at Finish.
    QObject::connect(
        &windows, &ProfileWindows::newAdministrationRequested, &windows, [&windows, &settings, openWizard] {
            QWidget* over =
                windows.window() ? static_cast<QWidget*>(windows.window()) : static_cast<QWidget*>(windows.overview());
            bool ok = false;
            const QString name = QInputDialog::getText(
                over, QApplication::translate("main", "New administration"),
                QApplication::translate("main", "The name of the administration (e.g. the shop's company name):"),
                QLineEdit::Normal, {}, &ok);
            if (!ok || name.trimmed().isEmpty())
                return;
            openWizard(ProfileDirectory(settings).newId(name), name.trimmed());
        });

    const QString askedProfile = parser.value(profileOption);
    if (!askedProfile.isEmpty() && !ProfileDirectory::isValidId(askedProfile)) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown profile: %1").arg(askedProfile) << Qt::endl;
        return 64;
    }
    const bool single = !askedProfile.isEmpty() || demoAsked || parser.isSet(setup) || parser.isSet(page) ||
                        !parser.value(screenshot).isEmpty();
    if (single)
        windows.open(askedProfile.isEmpty() ? QStringLiteral("default") : askedProfile);
    else
        windows.start(QStringLiteral("default"));

    MainWindow* window = windows.window();
    const QString screenshotFile = parser.value(screenshot);
    if (window && (parser.isSet(page) || !screenshotFile.isEmpty()))
        window->showPage(static_cast<MainWindow::Page>(firstPage));
    if (window && !screenshotFile.isEmpty()) {
        // The same frame for every picture in the README: 1280 x 800 unless another is asked for.
        const QStringList size = parser.value(screenshotSize).split(u'x');
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        window->resize(width > 0 ? width : 1280, height > 0 ? height : 800);
    }

    const QString profile = windows.currentProfile();
    if (window && parser.isSet(setup)) {
        QWizard* wizard = openWizard(profile, {});
        if (!screenshotFile.isEmpty()) {
            QTimer::singleShot(500, wizard, [wizard, screenshotFile] {
                QApplication::exit(wizard->grab().save(screenshotFile) ? 0 : 1);
            });
            const int status = QApplication::exec();
            windows.closeAll();
            Log::shutdown();
            return status;
        }
    } else if (window && lastSession && lastSession->firstStart && !demoAsked && screenshotFile.isEmpty()) {
        QTimer::singleShot(0, window, [openWizard, profile] { openWizard(profile, {}); });
    }
    if (window && !screenshotFile.isEmpty()) {
        auto takeScreenshot = [window, screenshotFile] {
            QApplication::exit(window->grab().save(screenshotFile) ? 0 : 1);
        };
        // A screenshot of the demo waits for the sandbox's documents.
        if (lastSession && lastSession->demo && lastSession->runner)
            QObject::connect(lastSession->runner.get(), &SyncRunner::finished, window,
                             [takeScreenshot] { QTimer::singleShot(300, takeScreenshot); });
        else
            QTimer::singleShot(500, window, takeScreenshot);
    }
    const int status = QApplication::exec();
    windows.closeAll(); // the sync thread stops before the sandbox it talks to goes, and before the log
    Log::shutdown();
    return status;
}
