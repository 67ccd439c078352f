#include "BookingSettingsSection.h"

#include "AdministrationSettingsForm.h"
#include "AdministrationSettingsStore.h"
#include "concurrency/RunOnWorkerThread.h"
#include "store/Database.h"
#include "store/DocumentQuery.h"
#include "store/InvoiceTemplateRepository.h"
#include "store/LedgerRepository.h"

#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace {

struct Kept
{
    QList<Ledger> ledgers;
    QDateTime listedAt;
    QList<InvoiceTemplate> templates;
    QStringList paymentMethods;
};

} // namespace

BookingSettingsSection::BookingSettingsSection(QString profile, QSettings& settings, const Database* database,
                                               QWidget* parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_database(database)
    , m_databasePath(database ? database->path() : QString())
    , m_form(new AdministrationSettingsForm(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("bookingStatus"));
    m_status->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("bookingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    connect(m_form, &AdministrationSettingsForm::changed, this, [this] {
        if (m_filling)
            return;
        m_message->hide(); // a message about what was on screen before an edit would mislead
        m_edited = true;
        emit edited();
    });

    auto* note = new QLabel(tr("The shop's country and OSS do not change the VAT mapping: check it on the VAT "
                               "Mapping page after changing them. Saved settings count from the next push or "
                               "synchronisation on, here and in boekhoudbrug-cli."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addStretch();
    reload();
}

void BookingSettingsSection::reload()
{
    m_filling = true;
    // Kept in the profile's store (shared by the desktops on it); without a store the form shows the defaults.
    const AdministrationSettingsStore::Saved saved =
        m_database ? AdministrationSettingsStore::load(m_profile, m_settings, *m_database)
                   : AdministrationSettingsStore::Saved{};
    m_form->setSettings(saved);
    m_filling = false;
    m_edited = false;
    m_message->hide();
    if (!saved.problem.isEmpty())
        showMessage(saved.problem, true);
    if (m_databasePath.isEmpty()) {
        m_status->setText(tr("Without the local database the ledgers cannot be offered; codes are shown as saved."));
        return;
    }
    m_status->setText(tr("Reading the ledgers kept from e-Boekhouden…"));
    const int generation = ++m_generation;
    runOnWorkerThread(
        this,
        [path = m_databasePath] {
            // A connection of this thread's own: QtSql connections may not cross threads.
            const Database database(path);
            const LedgerRepository ledgers(database);
            return Kept{ledgers.load(), ledgers.listedAt(), InvoiceTemplateRepository(database).load(),
                        DocumentQuery(database).paymentMethods()};
        },
        [this, generation](const Kept& kept) {
            if (generation != m_generation)
                return;
            m_filling = true; // the choices arrive; what the bookkeeper edited meanwhile stays edited
            m_form->setChoices(kept.ledgers, kept.templates, kept.paymentMethods);
            m_filling = false;
            m_status->setText(
                kept.ledgers.isEmpty()
                    ? tr("No ledgers have been read from e-Boekhouden yet; the next synchronisation reads them.")
                    : tr("The %n ledger(s) as e-Boekhouden listed them on %1.", nullptr, int(kept.ledgers.size()))
                          .arg(QLocale().toString(kept.listedAt.toLocalTime(), QLocale::ShortFormat)));
            m_message->hide();
        });
}

bool BookingSettingsSection::save()
{
    const QStringList problems = m_form->problems();
    if (!problems.isEmpty()) {
        showMessage(tr("Not saved: %1").arg(problems.join(u' ')), true);
        return false;
    }
    if (!m_database || !AdministrationSettingsStore::save(m_profile, m_form->settings(), m_settings, *m_database)) {
        showMessage(tr("Not saved: the booking settings could not be written to the database. Check that it can be "
                       "reached (see the log file for the reason), then save again."),
                    true);
        return false;
    }
    m_filling = true;
    // What is saved, shown.
    m_form->setSettings(AdministrationSettingsStore::load(m_profile, m_settings, *m_database));
    m_filling = false;
    m_edited = false;
    showMessage(tr("Booking settings saved."), false);
    emit saved();
    return true;
}

void BookingSettingsSection::showMessage(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->show();
}
