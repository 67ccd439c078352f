#include "SetupCheckDialog.h"

#include "concurrency/RunOnWorkerThread.h"
#include "OsScheduler.h"
#include "SetupCheck.h"
#include "store/Database.h"
#include "UnattendedSyncRow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

SetupCheckDialog::SetupCheckDialog(QString profile, QSettings& settings, QString databasePath, QWidget* parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_databasePath(std::move(databasePath))
    , m_lines(new QTreeWidget(this))
    , m_verdict(new QLabel(this))
    , m_again(new QPushButton(tr("Check &again"), this))
{
    setObjectName(QStringLiteral("setupCheckDialog"));
    setWindowTitle(tr("Check my setup"));
    m_lines->setObjectName(QStringLiteral("setupCheckLines"));
    m_lines->setColumnCount(3);
    m_lines->setHeaderLabels({tr("Result"), tr("Checked"), tr("Found, and what to do")});
    m_lines->setRootIsDecorated(false);
    m_lines->setWordWrap(true);
    m_lines->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->header()->setStretchLastSection(true);
    m_verdict->setObjectName(QStringLiteral("setupCheckVerdict"));
    m_verdict->setWordWrap(true);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    connect(m_again, &QPushButton::clicked, this, &SetupCheckDialog::check);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

void SetupCheckDialog::check()
{
    if (m_checking)
        return;
    m_checking = true;
    m_again->setEnabled(false);
    m_lines->clear();
    m_verdict->setText(tr("Checking both connections and the settings…"));
    // The worker has its own store connection and settings object: neither is shared across threads.
    const QString settingsFile = m_settings.fileName();
    const QSettings::Format format = m_settings.format();
    runOnWorkerThread(
        this,
        [profile = m_profile, settingsFile, format, databasePath = m_databasePath] {
            QSettings settings(settingsFile, format);
            std::unique_ptr<Database> database;
            SetupCheck::Context context;
            context.profile = profile;
            context.settings = &settings;
            if (!databasePath.isEmpty() && QFile::exists(databasePath)) {
                database = std::make_unique<Database>(databasePath);
                if (database->open())
                    context.database = database.get();
            }
            const ScheduledRun run = ScheduledRun::forProfile(UnattendedSyncRow::cliPath(), profile, settings);
            context.scheduledInSystem = [run] { return OsScheduler::forThisSystem().isEnabled(run); };
            return SetupCheck::run(context);
        },
        [this](const QList<SetupCheckLine>& lines) { show(lines); });
}

void SetupCheckDialog::show(const QList<SetupCheckLine>& lines)
{
    m_lines->clear();
    for (const SetupCheckLine& line : lines) {
        auto* item = new QTreeWidgetItem(m_lines);
        const bool ok = line.level == SetupCheckLine::Level::Ok;
        const bool warning = line.level == SetupCheckLine::Level::Warning;
        item->setIcon(0, QIcon(ok        ? QStringLiteral(":/icons/state-booked.svg")
                               : warning ? QStringLiteral(":/icons/state-waiting.svg")
                                         : QStringLiteral(":/icons/state-failed.svg")));
        item->setText(0, ok ? tr("OK") : warning ? tr("Attention") : tr("Problem"));
        item->setText(1, line.subject);
        item->setText(2, line.message);
        item->setToolTip(2, line.message);
        item->setData(0, Qt::UserRole, int(line.level));
    }
    const SetupCheckLine::Level worst = SetupCheck::worst(lines);
    m_verdict->setText(worst == SetupCheckLine::Level::Problem
                           ? tr("Something must be fixed before documents can be booked: see the lines marked Problem.")
                       : worst == SetupCheckLine::Level::Warning
                           ? tr("The setup can book; the lines marked Attention need a look soon.")
                           : tr("Everything checked is in order."));
    m_checking = false;
    m_again->setEnabled(true);
    emit checked();
}
