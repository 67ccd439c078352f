#pragma once

#include "OsScheduler.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSettings;

// Settings → General: "Also when Boekhoudbrug is closed". Ticked, it registers the CLI with the operating
// system's scheduler (OsScheduler) for the profile, at the sync interval; unticked, it removes it. Only for a
// set-up profile: the demo has nothing to book unattended.
class UnattendedSyncRow : public QWidget
{
    Q_OBJECT

public:
    UnattendedSyncRow(QSettings& settings, QWidget* parent = nullptr);

    void setProfile(const QString& profile);
    // The sync interval changed: a registered schedule follows it.
    void intervalChanged();
    // Tests hand in a scheduler that records instead of running systemctl.
    void setScheduler(OsScheduler scheduler);
    // The CLI the scheduler starts: beside this program.
    static QString cliPath();

    QCheckBox* checkBox() const { return m_box; }
    // "Tell me when such a sync needs attention": the desktop notification of the CLI's run (AttentionNotifier).
    QCheckBox* notifyBox() const { return m_notify; }
    QString statusText() const;

private:
    void apply(bool on);
    ScheduledRun run() const;

    QSettings& m_settings;
    OsScheduler m_scheduler;
    QString m_profile;
    QCheckBox* m_box;
    QCheckBox* m_notify;
    QLabel* m_status;
};
