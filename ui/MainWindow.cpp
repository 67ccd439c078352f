#include "MainWindow.h"

#include "AboutDialog.h"
#include "AdministrationSettingsStore.h"
#include "CustomersPage.h"
#include "CustomerTableModel.h"
#include "DashboardPage.h"
#include "DocumentsPage.h"
#include "DocumentTableModel.h"
#include "ImportPeriodDialog.h"
#include "LastUnattendedRun.h"
#include "LogRetention.h"
#include "PlaceholderPage.h"
#include "ProfileDirectory.h"
#include "ReconciliationPage.h"
#include "ReportsPage.h"
#include "secrets/EBoekhoudenCredentials.h"
#include "secrets/TokenExpiry.h"
#include "SettingsPage.h"
#include "store/DocumentQuery.h"
#include "StoreSection.h"
#include "sync/SyncRunner.h"
#include "SyncLogGrid.h"
#include "SyncLogPage.h"
#include "SyncLogTableModel.h"
#include "VatMappingModel.h"
#include "VatMappingPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

MainWindow::MainWindow(QSettings& settings, const Database* database, QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_connectionStatus(new QLabel(this))
    , m_settings(settings)
    , m_database(database)
{
    setWindowTitle(tr("Boekhoudbrug"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/boekhoudbrug.svg")));
    resize(1280, 800); // the first start; later ones restore what the bookkeeper left (closeEvent)

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(220);
    m_navigation->setSpacing(3);
    m_navigation->setIconSize(QSize(20, 20));
    m_pages->setObjectName(QStringLiteral("pages"));

    addPage(Page::Dashboard, tr("Dashboard"),
            database ? static_cast<QWidget*>(new DashboardPage(*database, this))
                     : new PlaceholderPage(
                           tr("Dashboard"),
                           tr("What is waiting, what failed and today's success rate will be shown here."), this));
    const QString noDatabase = tr("The local database could not be opened; see the log file for the reason.");
    addPage(Page::Invoices, tr("Invoices"),
            database ? static_cast<QWidget*>(new DocumentsPage(*database, DocumentKind::Invoice, settings, this))
                     : new PlaceholderPage(tr("Invoices"), noDatabase, this));
    addPage(Page::CreditMemos, tr("Credit Memos"),
            database ? static_cast<QWidget*>(new DocumentsPage(*database, DocumentKind::CreditMemo, settings, this))
                     : new PlaceholderPage(tr("Credit Memos"), noDatabase, this));
    addPage(Page::Customers, tr("Customers"),
            database ? static_cast<QWidget*>(new CustomersPage(*database, settings, this))
                     : new PlaceholderPage(tr("Customers"), noDatabase, this));
    addPage(Page::VatMapping, tr("VAT Mapping"),
            database ? static_cast<QWidget*>(new VatMappingPage(*database, this))
                     : new PlaceholderPage(tr("VAT Mapping"), noDatabase, this));
    addPage(Page::SynchronisationLogs, tr("Synchronisation Logs"),
            database ? static_cast<QWidget*>(new SyncLogPage(*database, settings, this))
                     : new PlaceholderPage(tr("Synchronisation Logs"), noDatabase, this));
    addPage(Page::Reports, tr("Reports"),
            database ? static_cast<QWidget*>(new ReportsPage(*database, this))
                     : new PlaceholderPage(tr("Reports"), noDatabase, this));
    addPage(Page::Reconciliation, tr("Reconciliation"),
            database ? static_cast<QWidget*>(new ReconciliationPage(*database, this))
                     : new PlaceholderPage(tr("Reconciliation"), noDatabase, this));
    auto* settingsPage = new SettingsPage(settings, this);
    connect(settingsPage, &SettingsPage::syncIntervalChanged, this, &MainWindow::scheduleSync);
    connect(settingsPage, &SettingsPage::setupWizardRequested, this, &MainWindow::setupWizardRequested);
    connect(settingsPage, &SettingsPage::connectionsChanged, this, &MainWindow::connectionsChanged);
    addPage(Page::Settings, tr("Settings"), settingsPage);

    // Leaving Settings with unsaved edits asks first; Cancel stays on Settings.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this, settingsPage](int row) {
        if (row < 0 || row == m_shownRow)
            return;
        if (m_pages->widget(m_shownRow) == settingsPage && !settingsPage->maySwitchAway()) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_shownRow);
            return;
        }
        m_shownRow = row;
        m_pages->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(0);
    connectNavigationCounts();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setText(tr("Not connected to e-Boekhouden"));
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->showMessage(tr("Ready"));

    restoreGeometry(m_settings.value(geometryKey()).toByteArray());
}

QIcon MainWindow::pageIcon(Page page)
{
    // In the order of Page (a static_assert keeps them together).
    static constexpr const char* names[] = {"nav-dashboard", "nav-invoices",       "nav-creditmemos",
                                            "nav-customers", "nav-vatmapping",     "nav-logs",
                                            "nav-reports",   "nav-reconciliation", "nav-settings"};
    static_assert(std::size(names) == static_cast<std::size_t>(Page::Settings) + 1);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(names[static_cast<int>(page)])));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (SettingsPage* page : findChildren<SettingsPage*>()) {
        if (!page->maySwitchAway()) {
            showPage(Page::Settings);
            event->ignore();
            return;
        }
    }
    m_settings.setValue(geometryKey(), saveGeometry());
    m_settings.setValue(stateKey(), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    Q_ASSERT(m_pages->count() == static_cast<int>(page));
    widget->setObjectName(QVariant::fromValue(page).toString());
    m_pageTitles.append(title);
    m_navigation->addItem(new QListWidgetItem(pageIcon(page), title));
    m_pages->addWidget(widget);
}

void MainWindow::connectNavigationCounts()
{
    for (DocumentsPage* page : findChildren<DocumentsPage*>()) {
        const Page which = page->objectName() == QVariant::fromValue(Page::CreditMemos).toString() ? Page::CreditMemos
                                                                                                   : Page::Invoices;
        const auto update = [this, which] {
            m_navigation->item(static_cast<int>(which))->setText(navigationText(which));
        };
        connect(page, &DocumentsPage::needsAttentionChanged, this, update);
        update();
        // An empty grid's "Import from the shop…".
        connect(page, &DocumentsPage::importRequested, this, qOverload<>(&MainWindow::importPeriod));
    }
    for (DashboardPage* dashboard : findChildren<DashboardPage*>()) {
        connect(dashboard, &DashboardPage::documentsRequested, this,
                [this](DocumentKind kind, DashboardPage::Show show) {
                    openDocuments(kind, show == DashboardPage::Show::NeedsAttention);
                });
        connect(dashboard, &DashboardPage::bookNowRequested, this, &MainWindow::bookWaitingDocuments);
    }
}

QString MainWindow::navigationText(Page page) const
{
    const QString title = m_pageTitles.value(static_cast<int>(page));
    const auto* grid = qobject_cast<const DocumentsPage*>(m_pages->widget(static_cast<int>(page)));
    if (!grid || grid->needsAttentionCount() == 0)
        return title;
    return tr("%1 (%2)").arg(title, QLocale().toString(grid->needsAttentionCount()));
}

void MainWindow::openDocuments(DocumentKind kind, bool needsAttention)
{
    const Page page = kind == DocumentKind::CreditMemo ? Page::CreditMemos : Page::Invoices;
    auto* grid = qobject_cast<DocumentsPage*>(m_pages->widget(static_cast<int>(page)));
    if (!grid)
        return;
    if (needsAttention)
        grid->showNeedsAttention();
    else
        grid->showState(SyncState::Pending);
    showPage(page);
}

void MainWindow::bookWaitingDocuments()
{
    if (!m_runner || m_runner->isRunning() || !m_database)
        return;
    // Exactly what the button counted: the waiting invoices and credit memos, oldest first.
    QList<qint64> ids;
    for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditMemo}) {
        DocumentFilter filter;
        filter.kind = kind;
        filter.state = SyncState::Pending;
        ids += DocumentQuery(*m_database).ids(filter);
    }
    if (!ids.isEmpty()) {
        useSharedBookingSettings();
        m_runner->push(ids);
    }
}

void MainWindow::setNames(const QString& administration, const QString& shop)
{
    for (DashboardPage* page : findChildren<DashboardPage*>())
        page->setNames(administration, shop);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_importAction =
        file->addAction(QIcon(QStringLiteral(":/icons/action-import.svg")), tr("&Import a period from the shop…"), this,
                        qOverload<>(&MainWindow::importPeriod));
    m_importAction->setObjectName(QStringLiteral("importPeriodAction"));
    m_importAction->setEnabled(false); // until there is a shop to read
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction* go = view->addAction(m_pageTitles.value(row), [this, row] { m_navigation->setCurrentRow(row); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Boekhoudbrug"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::setShopAdminUrl(const QUrl& adminUrl)
{
    for (DocumentsPage* page : findChildren<DocumentsPage*>())
        page->setShopAdminUrl(adminUrl);
    for (CustomersPage* page : findChildren<CustomersPage*>())
        page->setShopAdminUrl(adminUrl);
}

void MainWindow::setSync(SyncRunner* runner, SyncConfiguration* configuration, bool demo)
{
    m_runner = runner;
    m_configuration = configuration;
    for (DocumentsPage* page : findChildren<DocumentsPage*>())
        page->setSync(runner, configuration);
    for (CustomersPage* page : findChildren<CustomersPage*>())
        page->setSync(runner);
    for (ReportsPage* page : findChildren<ReportsPage*>()) {
        page->setConfiguration(configuration);
        page->refreshWhenShown();
    }
    for (ReconciliationPage* page : findChildren<ReconciliationPage*>())
        page->setConfiguration(configuration);
    if (configuration) { // the VAT mapping proposal is made for the shop's country and OSS registration
        for (VatMappingPage* page : findChildren<VatMappingPage*>()) {
            page->setAdministration(configuration->settings.shopCountry, configuration->settings.ossRegistered, {});
            // The demo saves its mapping after the window is built: an empty table reads it (no edit is lost).
            if (page->model()->rowCount() == 0)
                page->reload();
        }
    }
    for (DashboardPage* page : findChildren<DashboardPage*>())
        page->setBookingAvailable(runner != nullptr);
    if (!runner)
        return;
    m_connectionStatus->setToolTip(demo ? tr("A sandbox shop and e-Boekhouden run on this computer with generated "
                                             "data; nothing is sent anywhere.")
                                        : QString());
    m_connectionStatus->setText(demo ? tr("Demo mode: sandbox on this computer") : tr("Connected to e-Boekhouden"));
    if (!m_syncAction) {
        QToolBar* toolbar = addToolBar(tr("Synchronisation"));
        toolbar->setObjectName(QStringLiteral("syncToolbar"));
        m_syncAction = toolbar->addAction(QIcon(QStringLiteral(":/icons/action-sync.svg")), tr("Synchronise now"), this,
                                          &MainWindow::synchronise);
        m_syncAction->setObjectName(QStringLiteral("syncAction"));
        m_syncAction->setShortcut(QKeySequence::Refresh);
        m_syncAction->setToolTip(tr("Read new documents from the shop and book everything waiting in e-Boekhouden"));
        toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        restoreState(m_settings.value(stateKey()).toByteArray()); // where the bookkeeper left the toolbar
    }
    m_importAction->setEnabled(true);
    connect(runner, &SyncRunner::started, this, &MainWindow::syncStarted);
    connect(runner, &SyncRunner::progress, this, &MainWindow::syncProgress);
    connect(runner, &SyncRunner::finished, this, &MainWindow::syncFinished);
    connect(m_cancel, &QToolButton::clicked, runner, &SyncRunner::cancel);

    m_schedule = new QTimer(this);
    m_schedule->setObjectName(QStringLiteral("syncSchedule"));
    connect(m_schedule, &QTimer::timeout, this, [this] {
        if (m_runner->isRunning())
            return;
        m_scheduledRun = true;
        useSharedBookingSettings();
        m_runner->sync();
    });
    scheduleSync(m_settings.value(SettingsPage::syncIntervalKey(), SettingsPage::defaultSyncIntervalMinutes).toInt());
    cleanUpLogsIfDue();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Boekhoudbrug"));
        m_tray->show();
    }
}

void MainWindow::scheduleSync(int minutes)
{
    if (!m_schedule)
        return;
    if (minutes <= 0) {
        m_schedule->stop();
        return;
    }
    m_schedule->start(std::chrono::minutes(minutes));
}

void MainWindow::setTokenEndDate(const QDate& endDate)
{
    for (DashboardPage* page : findChildren<DashboardPage*>())
        page->setTokenEndDate(endDate);
    // Also where it is seen without opening the Dashboard: the status bar while it lasts, the tray once at 30, 7
    // and 1 day(s) before (TokenExpiry), remembered so that a restart does not say it again.
    const QString warning = TokenExpiry::warning(endDate, QDate::currentDate());
    if (!m_tokenStatus) {
        m_tokenStatus = new QLabel(this);
        m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
        m_tokenStatus->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        statusBar()->addPermanentWidget(m_tokenStatus);
    }
    m_tokenStatus->setText(warning.isEmpty() ? QString() : tr("API token ends soon"));
    m_tokenStatus->setToolTip(warning);
    m_tokenStatus->setVisible(!warning.isEmpty());
    const int stage = static_cast<int>(TokenExpiry::stage(endDate, QDate::currentDate()));
    const QString said = endDate.toString(Qt::ISODate) + u'/' + QString::number(stage);
    if (!warning.isEmpty() && m_settings.value(QStringLiteral("warnings/endDateSaid")).toString() != said) {
        if (m_tray)
            m_tray->showMessage(tr("Boekhoudbrug: the e-Boekhouden token"), warning, QSystemTrayIcon::Warning);
        m_settings.setValue(QStringLiteral("warnings/endDateSaid"), said);
    }
}

QString MainWindow::tokenStatusText() const
{
    return m_tokenStatus && m_tokenStatus->isVisibleTo(this) ? m_tokenStatus->toolTip() : QString();
}

bool MainWindow::isSynchronising() const
{
    return m_runner && m_runner->isRunning();
}

void MainWindow::setBookingProfile(const QString& profile)
{
    m_profile = profile;
    // The settings are kept in the profile's store; a window without one shows the defaults.
    const AdministrationSettings administration =
        m_database ? AdministrationSettingsStore::load(profile, m_settings, *m_database).settings
                   : AdministrationSettings{};
    // A Belgian administration takes BE_* codes only (API-eboekhouden.md C6): the proposal gives those.
    const QString country = EBoekhoudenCredentials::savedCountry(profile, m_settings);
    for (VatMappingPage* page : findChildren<VatMappingPage*>())
        page->setAdministration(administration.shopCountry, administration.ossRegistered, country);
    for (SettingsPage* page : findChildren<SettingsPage*>()) {
        page->setBookingProfile(profile, m_database);
        // Moving the store (Settings → Store): no sync may write to the old one meanwhile.
        if (StoreSection* store = page->storeSection()) {
            store->setSynchronising([this] { return isSynchronising(); });
            connect(store, &StoreSection::moveStarted, this, [this] {
                if (m_schedule)
                    m_schedule->stop();
            });
            connect(store, &StoreSection::moveFinished, this, [this](bool moved) {
                if (moved)
                    emit storeMoved();
                else
                    scheduleSync(
                        m_settings.value(SettingsPage::syncIntervalKey(), SettingsPage::defaultSyncIntervalMinutes)
                            .toInt());
            });
        }
        // Saved settings count from the next push or sync on, without a restart.
        connect(page, &SettingsPage::bookingSettingsSaved, this, [this, profile] {
            if (!m_database) // saved in a store: there is one
                return;
            const AdministrationSettingsStore::Saved saved =
                AdministrationSettingsStore::load(profile, m_settings, *m_database);
            if (m_configuration) {
                m_configuration->settings = saved.settings;
                m_configuration->debtorMatching = saved.debtorMatching;
            }
            if (m_runner)
                m_runner->setBookingSettings(saved.settings, saved.debtorMatching);
        });
    }
    // Said once, when the window opens: the last sync while it was closed (the operating system's scheduler)
    // left documents for the bookkeeper (issue 17 item 10).
    if (const std::optional<LastUnattendedRun::Outcome> last = LastUnattendedRun(m_settings).takeUnsaid(profile))
        statusBar()->showMessage(LastUnattendedRun::message(*last));
}

void MainWindow::synchronise()
{
    useSharedBookingSettings();
    if (m_runner)
        m_runner->sync();
}

void MainWindow::useSharedBookingSettings()
{
    // Another desktop on the same store may have changed them since this window was built (issue 18): each run
    // books with what the store holds now. A store that cannot be read keeps the settings this window had.
    if (!m_database || m_profile.isEmpty())
        return;
    const AdministrationSettingsStore::Saved saved =
        AdministrationSettingsStore::load(m_profile, m_settings, *m_database);
    if (!saved.problem.isEmpty())
        return;
    if (m_configuration) {
        m_configuration->settings = saved.settings;
        m_configuration->debtorMatching = saved.debtorMatching;
    }
    if (m_runner && !m_runner->isRunning())
        m_runner->setBookingSettings(saved.settings, saved.debtorMatching);
}

void MainWindow::importPeriod()
{
    ImportPeriodDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        importPeriod(dialog.from(), dialog.until());
}

void MainWindow::importPeriod(const QDate& from, const QDate& until)
{
    if (!m_runner || m_runner->isRunning() || from > until)
        return;
    m_importRun = true;
    useSharedBookingSettings();
    m_runner->importPeriod(from, until);
}

void MainWindow::syncStarted()
{
    m_syncAction->setEnabled(false);
    m_importAction->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Synchronising…"));
}

void MainWindow::syncProgress(int done, int total, const QString& currentDocument)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
    // `currentDocument` names what is under way: a step, or the documents the workers are booking right now.
    if (currentDocument.isEmpty())
        statusBar()->showMessage(tr("Synchronising…"));
    else if (total > 0)
        statusBar()->showMessage(tr("Synchronising %1 (%2 of %3 done)…").arg(currentDocument).arg(done).arg(total));
    else
        statusBar()->showMessage(currentDocument);
}

void MainWindow::syncFinished(const SyncSummary& summary)
{
    m_syncAction->setEnabled(true);
    m_importAction->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
    QString message = tr("%n document(s) booked", nullptr, summary.posted);
    if (std::exchange(m_importRun, false))
        message = tr("%n document(s) read from the shop; they wait in the grids to be booked", nullptr, summary.pulled);
    if (summary.debtorsPushed)
        message = tr("%n debtor(s) updated or created in e-Boekhouden", nullptr, summary.debtorsPushed);
    if (summary.paymentsBooked) // payments and refunds (issue 14)
        message += u", "_qs + tr("%n payment(s) booked", nullptr, summary.paymentsBooked);
    if (summary.wrongLinks) // the check of the links (issue 14)
        message = tr("%n booked document(s) whose e-Boekhouden booking is not theirs: offered again, the next sync "
                     "books them",
                     nullptr, summary.wrongLinks);
    if (summary.linked)
        message += u", "_qs + tr("%n already in e-Boekhouden", nullptr, summary.linked);
    if (summary.refused)
        message += u", "_qs + tr("%n failed: see the Synchronisation Logs", nullptr, summary.refused);
    if (summary.waiting)
        message += u", "_qs + tr("%n credit memo(s) waiting for their invoice", nullptr, summary.waiting);
    if (summary.postponed)
        message += u", "_qs + tr("%n to try again later", nullptr, summary.postponed);
    if (summary.cancelled)
        message += u", "_qs + tr("cancelled");
    if (!summary.stoppedBecause.isEmpty())
        message = summary.stoppedBecause;
    else if (!summary.pullErrors.isEmpty())
        message += u". "_qs + summary.pullErrors.join(u' ');
    statusBar()->showMessage(message);
    // A scheduled sync runs unattended: when it did not book everything, say so where it is seen.
    if (m_scheduledRun && !summary.allDone() && m_tray)
        m_tray->showMessage(tr("Boekhoudbrug: synchronisation needs attention"), message, QSystemTrayIcon::Warning);
    m_scheduledRun = false;
    if (!m_profile.isEmpty()) // the overview of all administrations shows when each was synced last
        ProfileDirectory(m_settings).markSynced(m_profile, QDateTime::currentDateTimeUtc());
    cleanUpLogsIfDue();
    refreshPages();
}

void MainWindow::cleanUpLogsIfDue()
{
    if (m_database && LogRetention::runIfDue(*m_database, m_settings, QDateTime::currentDateTimeUtc()) > 0)
        refreshPages();
}

void MainWindow::refreshPages()
{
    for (DocumentsPage* page : findChildren<DocumentsPage*>())
        page->refresh(); // keeps the selection, updates the counts
    for (CustomersPage* page : findChildren<CustomersPage*>())
        page->applyFilter();
    for (SyncLogGrid* grid : findChildren<SyncLogGrid*>())
        grid->model()->refresh();
    for (DashboardPage* page : findChildren<DashboardPage*>())
        page->refresh();
    for (VatMappingPage* page : findChildren<VatMappingPage*>())
        page->refreshLedgers();
    for (ReportsPage* page : findChildren<ReportsPage*>())
        page->refreshWhenShown();
}

void MainWindow::setReconciliationClient(std::function<std::unique_ptr<EBoekhoudenClient>()> factory)
{
    for (ReconciliationPage* page : findChildren<ReconciliationPage*>())
        page->setClientFactory(factory);
    for (DocumentsPage* page : findChildren<DocumentsPage*>())
        page->setPreviewClient(factory);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}
