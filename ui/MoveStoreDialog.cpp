#include "MoveStoreDialog.h"

#include "concurrency/RunOnWorkerThread.h"
#include "store/Database.h"
#include "StoreMove.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace {

// Written by the copy's thread, read by the dialog's timer: no signal has to reach a dialog that may be gone.
struct Progress
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

} // namespace

MoveStoreDialog::MoveStoreDialog(QString profile, QSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_target(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose a &file…"), this))
    , m_start(new QPushButton(tr("&Move"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("moveStoreDialog"));
    setWindowTitle(tr("Move the database"));
    auto* intro = new QLabel(tr("Copies every document, log and setting of this administration to a new SQLite file "
                                "or an empty PostgreSQL database, compares each table with the original, and uses "
                                "the copy from then on only when all are equal. Stop other synchronisations of this "
                                "administration first (other desktops, a server). The password of a PostgreSQL "
                                "database is never entered here: it is taken from PGPASSWORD or ~/.pgpass."),
                             this);
    intro->setWordWrap(true);
    auto* current = new QLabel(Database(Database::location(m_profile, m_settings)).displayName(), this);
    current->setObjectName(QStringLiteral("moveStoreFrom"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setObjectName(QStringLiteral("moveStoreTarget"));
    m_target->setPlaceholderText(tr("postgresql://user@host:5432/database, or a new file"));
    m_choose->setObjectName(QStringLiteral("moveStoreChooseFile"));
    connect(m_choose, &QPushButton::clicked, this, &MoveStoreDialog::chooseFile);
    auto* target = new QHBoxLayout;
    target->addWidget(m_target, 1);
    target->addWidget(m_choose);
    auto* form = new QFormLayout;
    form->addRow(tr("Now:"), current);
    form->addRow(tr("&To:"), target);

    m_progress->setObjectName(QStringLiteral("moveStoreProgress"));
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("moveStoreMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_start->setObjectName(QStringLiteral("moveStoreStart"));
    m_start->setDefault(true);
    m_close->setObjectName(QStringLiteral("moveStoreClose"));
    connect(m_start, &QPushButton::clicked, this, &MoveStoreDialog::start);
    connect(m_close, &QPushButton::clicked, this, &MoveStoreDialog::reject);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    m_poll->setInterval(100);
    resize(620, 320);
}

void MoveStoreDialog::chooseFile()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("New database file"), QString(), tr("SQLite database (*.sqlite)"));
    if (!file.isEmpty())
        m_target->setText(file);
}

void MoveStoreDialog::start()
{
    if (m_running || m_moved)
        return;
    const QString from = Database::location(m_profile, m_settings);
    const QString to = m_target->text().trimmed();
    if (const QString problem = StoreMove::problem(from, to); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    m_running = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_target, m_choose, m_start, m_close})
        w->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first table is done
    m_progress->show();
    showMessage(tr("Copying to %1…").arg(Database(to).displayName()), false);

    auto progress = std::make_shared<Progress>();
    m_poll->disconnect();
    connect(m_poll, &QTimer::timeout, this, [this, progress] {
        if (progress->total > 0) {
            m_progress->setRange(0, progress->total);
            m_progress->setValue(progress->done);
        }
    });
    m_poll->start();
    runOnWorkerThread(
        this,
        [from, to, progress] {
            return StoreMove::copy(from, to, [progress](int done, int total, const QString&) {
                progress->total = total;
                progress->done = done;
            });
        },
        [this, to](const StoreMigration::Outcome& outcome) {
            m_poll->stop();
            m_running = false;
            m_close->setEnabled(true);
            if (!outcome.ok) {
                for (QWidget* w : std::initializer_list<QWidget*>{m_target, m_choose, m_start})
                    w->setEnabled(true);
                m_progress->hide();
                QStringList different;
                for (const StoreMigration::Table& table : outcome.tables)
                    if (!table.equal())
                        different.append(table.name);
                showMessage(tr("Not moved: %1%2 The profile keeps its database.")
                                .arg(outcome.error, different.isEmpty()
                                                        ? QString()
                                                        : u' ' + tr("Different: %1.").arg(different.join(u", "_qs))),
                            true);
                return;
            }
            m_progress->setValue(m_progress->maximum());
            const QString from = Database::location(m_profile, m_settings);
            const QVariant before = m_settings.value(Database::storeLocationKey(m_profile));
            m_settings.setValue(Database::storeLocationKey(m_profile), to);
            m_settings.sync();
            if (m_settings.status() != QSettings::NoError) {
                if (before.isValid())
                    m_settings.setValue(Database::storeLocationKey(m_profile), before);
                else
                    m_settings.remove(Database::storeLocationKey(m_profile));
                showMessage(tr("Copied, but the settings file could not be written: the profile keeps its database "
                               "%1.")
                                .arg(Database(from).displayName()),
                            true);
                return;
            }
            m_moved = true;
            m_close->setDefault(true);
            showMessage(tr("All %n table(s) copied and compared: equal. The profile now uses %1; Boekhoudbrug opens "
                           "it there when you close this window. The old database %2 is left as it was: remove it "
                           "once you no longer need it.",
                           nullptr, int(outcome.tables.size()))
                            .arg(Database(to).displayName(), Database(from).displayName()),
                        false);
        });
}

void MoveStoreDialog::reject()
{
    if (m_running)
        return;
    if (m_moved)
        accept();
    else
        QDialog::reject();
}

void MoveStoreDialog::showMessage(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->show();
}
