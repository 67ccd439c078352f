#include "UnattendedSyncRow.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <utility>

UnattendedSyncRow::UnattendedSyncRow(QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_scheduler(OsScheduler::forThisSystem())
    , m_box(new QCheckBox(tr("Also when Boekhoudbrug is &closed"), this))
    , m_notify(new QCheckBox(tr("Tell me on the &desktop when such a sync needs attention"), this))
    , m_status(new QLabel(this))
{
    m_box->setObjectName(QStringLiteral("alsoWhenClosed"));
    m_box->setToolTip(tr("The operating system starts boekhoudbrug-cli at the interval above, also after a restart "
                         "and without the window open. The login stays in the keychain."));
    m_box->setEnabled(false);
    m_notify->setObjectName(QStringLiteral("notifyWhenAttentionNeeded"));
    m_notify->setToolTip(tr("A notification names the administration and how many documents could not be booked; "
                            "opening Boekhoudbrug shows them."));
    // Read by the CLI at each run, so it counts at once, as the scheduler's own checkbox does.
    m_notify->setChecked(m_settings.value(ScheduledRun::notifyKey(), true).toBool());
    connect(m_notify, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setValue(ScheduledRun::notifyKey(), on); });
    m_status->setObjectName(QStringLiteral("alsoWhenClosedStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Available once an administration is set up."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_notify);
    layout->addWidget(m_status);
    connect(m_box, &QCheckBox::toggled, this, &UnattendedSyncRow::apply);
}

QString UnattendedSyncRow::cliPath()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("boekhoudbrug-cli.exe");
#else
    const QString name = QStringLiteral("boekhoudbrug-cli");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

ScheduledRun UnattendedSyncRow::run() const
{
    return ScheduledRun::forProfile(cliPath(), m_profile, m_settings);
}

void UnattendedSyncRow::setScheduler(OsScheduler scheduler)
{
    m_scheduler = std::move(scheduler);
    if (!m_profile.isEmpty())
        setProfile(m_profile);
}

void UnattendedSyncRow::setProfile(const QString& profile)
{
    m_profile = profile;
    m_box->setEnabled(!profile.isEmpty());
    const QSignalBlocker quiet(m_box);
    const bool on = !profile.isEmpty() && m_scheduler.isEnabled(run());
    m_box->setChecked(on);
    m_status->setText(on ? tr("Registered with the system's scheduler.")
                         : tr("Syncs only while Boekhoudbrug is open."));
}

void UnattendedSyncRow::intervalChanged()
{
    // 0 minutes means "only when asked" inside the app; the system's scheduler keeps its minimum.
    if (m_box->isChecked())
        m_status->setText(m_scheduler.enable(run()).message);
}

void UnattendedSyncRow::apply(bool on)
{
    const OsScheduler::Outcome outcome = on ? m_scheduler.enable(run()) : m_scheduler.disable(run());
    if (outcome.ok)
        m_settings.setValue(ScheduledRun::alsoWhenClosedKey(), on);
    if (!outcome.ok) {
        const QSignalBlocker quiet(m_box);
        m_box->setChecked(!on);
    }
    m_status->setText(outcome.message);
}

QString UnattendedSyncRow::statusText() const
{
    return m_status->text();
}
