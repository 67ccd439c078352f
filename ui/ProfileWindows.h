#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class MainWindow;
class ProfileOverviewPage;
class ProfileSwitcher;
class QSettings;

// The windows of many administrations side by side: the overview of all profiles as the start screen when there
// is more than one, and one main window for the profile worked on. Switching builds that window again for the
// other profile (its pages, store, sync and connections), in the same process, so nothing of one administration
// stays in the window of another.
class ProfileWindows : public QObject
{
    Q_OBJECT

public:
    // Builds the (not yet shown) main window of a profile with everything it works with, owned by the window.
    using Opener = std::function<MainWindow*(const QString& profile)>;

    ProfileWindows(QSettings& settings, Opener opener, QObject* parent = nullptr);
    ~ProfileWindows() override;

    // No or one profile: opens it (`fallback` when there is none, the first start's); more: the overview.
    void start(const QString& fallback);
    // Replaces the window with `profile`'s; `again` builds it anew even when it is the one open (after the
    // wizard saved it). Without `again` refused, with a message, while the open one is synchronising. Returns
    // whether it opened.
    bool open(const QString& profile, bool again = false);
    void showOverview();
    // Closes and deletes the windows now (the app's end: the sync thread stops while the log still writes).
    void closeAll();

    MainWindow* window() const { return m_window; }
    ProfileOverviewPage* overview() const { return m_overview; }
    QString currentProfile() const { return m_profile; }

    // The profile the app opened last (ui/lastProfile).
    static QString lastProfileKey() { return QStringLiteral("ui/lastProfile"); }

signals:
    // "New administration…" in the overview or the window: the app asks a name and runs the wizard.
    void newAdministrationRequested();
    // A window was built for `profile` and shown (the app connects its wizard and connections to it).
    void windowOpened(MainWindow* window, const QString& profile);

private:
    void decorate(MainWindow& window, const QString& profile);

    QSettings& m_settings;
    Opener m_opener;
    QPointer<MainWindow> m_window;
    QPointer<ProfileOverviewPage> m_overview;
    QString m_profile;
};
