#pragma once

#include "domain/DocumentKind.h"

#include <QMainWindow>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class EBoekhoudenClient;
class Database;
class QAction;
class QCloseEvent;
class QIcon;
class QLabel;
class QProgressBar;
class QSystemTrayIcon;
class QTimer;
class QToolButton;
class SyncRunner;
struct SyncConfiguration;
struct SyncSummary;
class QListWidget;
class QSettings;
class QStackedWidget;

// The main window: navigation on the left, one page per area of the product on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The order of the navigation; also the index of each page in the stack.
    enum class Page
    {
        Dashboard,
        Invoices,
        CreditMemos,
        Customers,
        VatMapping,
        SynchronisationLogs,
        Reports,
        Reconciliation,
        Settings,
    };
    Q_ENUM(Page)

    // Without a database (it could not be opened) the grids show what is wrong instead of data.
    explicit MainWindow(QSettings& settings, const Database* database = nullptr, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

    // Connects the window to the engine: "Synchronise now", Push/Preview/Reprocess in the grids, progress
    // and cancel in the status bar. `demo`: the built-in sandbox, said plainly in the status bar.
    // `configuration` is what the window previews with; saved booking settings update it and the runner.
    void setSync(SyncRunner* runner, SyncConfiguration* configuration, bool demo);
    // The shop's back-office address, for "Open in shop" on documents and customers.
    void setShopAdminUrl(const QUrl& adminUrl);
    // The API token's end date, for the dashboard's warning 30 days before.
    void setTokenEndDate(const QDate& endDate);
    // What the status bar says about the token's end date (empty when nothing).
    QString tokenStatusText() const;
    // How the Reconciliation screen reaches e-Boekhouden (a client for its worker thread each run), and the
    // Preview of the documents' grids for its read-only look-ups (issue 15).
    void setReconciliationClient(std::function<std::unique_ptr<EBoekhoudenClient>()> factory);
    // The set-up profile the window works on: its booking settings become editable on the Settings page.
    void setBookingProfile(const QString& profile);
    // A sync or import is under way (a switch to another administration waits for it).
    bool isSynchronising() const;
    // The administration and the shop this window books, named on the Dashboard.
    void setNames(const QString& administration, const QString& shop);
    // The navigation's text of a page: its name, and for the document grids how many need attention.
    QString navigationText(Page page) const;

signals:
    // The bookkeeper asked for the setup wizard (Settings); the app opens it over the window.
    void setupWizardRequested();
    // A login or shop key was replaced in Settings → Connection (saved in the keychain).
    void connectionsChanged();
    // Settings → Store moved the profile to another database: the app opens the profile there.
    void storeMoved();

public slots:
    void showAbout();
    void synchronise();
    // Asks for a period (ImportPeriodDialog) and reads the shop's documents of it into the store.
    void importPeriod();
    void importPeriod(const QDate& from, const QDate& until);
    // Sets the automatic sync's interval (minutes; 0 = off).
    void scheduleSync(int minutes);
    // The sync log's retention, once a day without a click (LogRetention).
    void cleanUpLogsIfDue();
    // Re-reads every grid and the dashboard from the store.
    void refreshPages();
    // Dashboard → "Book now": every waiting invoice and credit memo.
    void bookWaitingDocuments();

    // Where the window's size, position and toolbars are remembered (QSettings).
    static QString geometryKey() { return QStringLiteral("window/geometry"); }
    static QString stateKey() { return QStringLiteral("window/state"); }
    // The icon of a page in the navigation (":/icons/nav-….svg").
    static QIcon pageIcon(Page page);

protected:
    // Unsaved settings are asked about first; the window's geometry is remembered for the next start.
    void closeEvent(QCloseEvent* event) override;

private:
    // The booking settings the store holds now, for the run about to start.
    void useSharedBookingSettings();
    void addPage(Page page, const QString& title, QWidget* widget);
    // "Invoices (3)": the document grids' counts of what needs attention, after every refresh.
    void connectNavigationCounts();
    void openDocuments(DocumentKind kind, bool needsAttention);
    void createMenus();
    void syncStarted();
    void syncProgress(int done, int total, const QString& currentDocument);
    void syncFinished(const SyncSummary& summary);

    QListWidget* m_navigation;
    QStringList m_pageTitles; // the navigation's names without their counts
    QStackedWidget* m_pages;
    QLabel* m_connectionStatus;
    QAction* m_syncAction = nullptr;
    QAction* m_importAction = nullptr; // File → Import a period from the shop…
    bool m_importRun = false;          // the run under way reads a period: its summary counts documents read
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    SyncRunner* m_runner = nullptr;
    SyncConfiguration* m_configuration = nullptr;
    QSettings& m_settings;
    const Database* m_database;
    QTimer* m_schedule = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QLabel* m_tokenStatus = nullptr;
    bool m_scheduledRun = false;
    QString m_profile;  // the set-up profile (setBookingProfile); empty in the demo
    int m_shownRow = 0; // the page on screen, to go back to when leaving it is cancelled
};
