#include "ProfileWindows.h"

#include "MainWindow.h"
#include "ProfileDirectory.h"
#include "ProfileOverviewPage.h"
#include "ProfileSwitcher.h"

#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>

ProfileWindows::ProfileWindows(QSettings& settings, Opener opener, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_opener(std::move(opener))
{}

ProfileWindows::~ProfileWindows()
{
    closeAll();
}

void ProfileWindows::closeAll()
{
    delete m_window;
    delete m_overview;
}

void ProfileWindows::start(const QString& fallback)
{
    const QStringList profiles = ProfileDirectory(m_settings).ids();
    if (profiles.size() > 1) {
        showOverview();
        return;
    }
    open(profiles.isEmpty() ? fallback : profiles.first());
}

void ProfileWindows::showOverview()
{
    if (!m_overview) {
        m_overview = new ProfileOverviewPage(m_settings);
        m_overview->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_overview, &ProfileOverviewPage::openRequested, this,
                [this](const QString& profile) { open(profile); });
        connect(m_overview, &ProfileOverviewPage::newAdministrationRequested, this,
                &ProfileWindows::newAdministrationRequested);
        connect(m_overview, &ProfileOverviewPage::profileChanged, this, [this] {
            if (m_window) // the title, the colour and the names in the switcher
                decorate(*m_window, m_profile);
        });
    }
    m_overview->refresh();
    // The administration worked on, or at the start the one worked on last time.
    m_overview->setCurrentProfile(m_profile.isEmpty() ? m_settings.value(lastProfileKey()).toString() : m_profile);
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
}

bool ProfileWindows::open(const QString& profile, bool again)
{
    if (m_window && profile == m_profile && !again) {
        m_window->show();
        m_window->raise();
        return true;
    }
    // A switch would cancel the bookkeeper's sync: it waits. After the wizard (`again`) the window is rebuilt
    // anyway, as the app's restart did before: the sync is cancelled safely (the in-flight look-up recovers it).
    if (m_window && m_window->isSynchronising() && !again) {
        QMessageBox::information(m_window, tr("Synchronisation under way"),
                                 tr("%1 is being synchronised. Wait until it is done (or cancel it), then switch.")
                                     .arg(ProfileDirectory(m_settings).name(m_profile)));
        return false;
    }
    MainWindow* previous = m_window;
    // The new window first, then the old one goes: its sync thread and store are let go on the next turn of the
    // event loop, as this may be called from one of its own buttons.
    m_window = m_opener(profile);
    m_profile = profile;
    m_settings.setValue(lastProfileKey(), profile);
    decorate(*m_window, profile);
    if (previous) {
        m_window->setGeometry(previous->geometry());
        previous->hide();
        previous->deleteLater();
    }
    m_window->show();
    if (m_overview) // it served to choose; All administrations shows it again, up to date
        m_overview->hide();
    emit windowOpened(m_window, profile);
    return true;
}

void ProfileWindows::decorate(MainWindow& window, const QString& profile)
{
    const ProfileDirectory directory(m_settings);
    window.setWindowTitle(tr("Boekhoudbrug: %1").arg(directory.name(profile)));
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("profileToolbar"));
    if (!toolbar) {
        toolbar = new QToolBar(tr("Administration"), &window);
        toolbar->setObjectName(QStringLiteral("profileToolbar"));
        window.addToolBar(Qt::TopToolBarArea, toolbar);
        auto* switcher = new ProfileSwitcher(m_settings, toolbar);
        toolbar->addWidget(switcher);
        // Queued: the switch replaces the window whose combobox is still in its signal.
        connect(
            switcher, &ProfileSwitcher::profileChosen, this,
            [this, switcher = QPointer<ProfileSwitcher>(switcher)](const QString& chosen) {
                if (!open(chosen) && switcher)
                    switcher->reload(m_profile);
            },
            Qt::QueuedConnection);
        QAction* all = toolbar->addAction(tr("All administrations"), this, &ProfileWindows::showOverview);
        all->setObjectName(QStringLiteral("allAdministrationsAction"));
        all->setToolTip(tr("What waits and what failed in every administration"));
        QAction* add = toolbar->addAction(tr("New administration…"), this, &ProfileWindows::newAdministrationRequested);
        add->setObjectName(QStringLiteral("newAdministrationAction"));
        add->setToolTip(tr("Set up another administration with its own e-Boekhouden login and shop"));
    }
    // The colour where the eye is: a line under the toolbar, and the square in the switcher.
    toolbar->setStyleSheet(
        QStringLiteral("QToolBar#profileToolbar { border-bottom: 3px solid %1; }").arg(directory.colour(profile)));
    toolbar->findChild<ProfileSwitcher*>()->reload(profile);
}
