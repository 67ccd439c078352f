#include "ImportPage.h"

#include "concurrency/RunOnWorkerThread.h"
#include "InitialImport.h"
#include "SetupWizard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ImportPage::ImportPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_fromDateEnabled(new QCheckBox(tr("Only documents created &from:"), this))
    , m_fromDate(new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), this))
    , m_start(new QPushButton(tr("&Start import"), this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_listener(std::make_shared<Listener>())
{
    m_listener->page = this;
    setTitle(tr("First import"));
    setSubTitle(tr("Boekhoudbrug reads the shop's invoices, credit memos and customers into its own database. "
                   "Nothing is booked in e-Boekhouden yet."));
    m_fromDateEnabled->setObjectName(QStringLiteral("fromDateEnabled"));
    m_fromDate->setObjectName(QStringLiteral("fromDate"));
    m_fromDate->setCalendarPopup(true);
    m_fromDate->setEnabled(false);
    connect(m_fromDateEnabled, &QCheckBox::toggled, m_fromDate, &QDateEdit::setEnabled);
    m_start->setObjectName(QStringLiteral("startImport"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    connect(m_start, &QPushButton::clicked, this, &ImportPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancel);

    auto* from = new QHBoxLayout;
    from->addWidget(m_fromDateEnabled);
    from->addWidget(m_fromDate);
    from->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(from);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
}

ImportPage::~ImportPage()
{
    // Not waiting for the import: the shop may be slow (or, in a test, answer on this very thread). It stops
    // after its current page, on its own store connection, and reports to nobody.
    if (m_cancelled)
        *m_cancelled = true;
    const QMutexLocker lock(&m_listener->mutex);
    m_listener->page = nullptr;
}

bool ImportPage::isComplete() const
{
    return m_done && !m_running;
}

void ImportPage::start()
{
    if (m_running)
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_done = false;
    setRunning(true);
    m_progress->setRange(0, 0); // the shops do not say how many documents there are: a busy bar with a count
    m_status->setText(tr("Reading the shop…"));
    const QString path = m_wizard.database().path();
    const ShopConnectionSettings::Factory factory = m_wizard.shop.connectorFactory();
    const QDate from = m_fromDateEnabled->isChecked() ? m_fromDate->date() : QDate();
    const auto progress = [listener = m_listener](const QString& resource, int documents) {
        const QMutexLocker lock(&listener->mutex); // the page is not deleted while the update is queued
        if (ImportPage* page = listener->page)
            QMetaObject::invokeMethod(page, [page, resource, documents] {
                page->m_status->setText(tr("%n document(s) read (now: %1)…", nullptr, documents).arg(resource));
            });
    };
    runOnWorkerThread(
        this,
        [path, factory, from, cancelled = m_cancelled, progress] {
            return InitialImport::run(path, factory, from, *cancelled, progress);
        },
        [this](const InitialImport::Outcome& outcome) {
            m_done = outcome.ok();
            m_progress->setRange(0, 1);
            m_progress->setValue(m_done ? 1 : 0);
            m_status->setText(outcome.message);
            setRunning(false);
        });
}

void ImportPage::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_status->setText(tr("Cancelling after the current page…"));
}

void ImportPage::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_start->setText(m_done || running ? tr("Import &again") : tr("&Start import"));
    m_cancel->setEnabled(running);
    m_fromDateEnabled->setEnabled(!running);
    m_fromDate->setEnabled(!running && m_fromDateEnabled->isChecked());
    emit completeChanged(); // first: QWizard re-enables Back when it updates its buttons
    if (QWizard* w = wizard()) {
        w->button(QWizard::BackButton)->setEnabled(!running);
        w->button(QWizard::CancelButton)->setEnabled(!running);
    }
}
