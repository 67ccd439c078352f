#include "MainWindow.h"

#include "AboutDialog.h"
#include "CustomersPage.h"
#include "DashboardPage.h"
#include "DocumentsPage.h"
#include "PlaceholderPage.h"
#include "SettingsPage.h"
#include "SyncLogPage.h"
#include "VatMappingPage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(QSettings& settings, const Database* database, QWidget* parent)
    : QMainWindow(parent), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_connectionStatus(new QLabel(this))
{
    setWindowTitle(tr("Boekhoudbrug"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/boekhoudbrug.svg")));
    resize(1100, 700);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(220);
    m_navigation->setSpacing(3);
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
    addPage(Page::Settings, tr("Settings"), new SettingsPage(settings, this));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();

    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setText(tr("Not connected to e-Boekhouden"));
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    Q_ASSERT(m_pages->count() == static_cast<int>(page));
    widget->setObjectName(QVariant::fromValue(page).toString());
    m_navigation->addItem(title);
    m_pages->addWidget(widget);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction* go =
            view->addAction(m_navigation->item(row)->text(), [this, row] { m_navigation->setCurrentRow(row); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Boekhoudbrug"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
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
