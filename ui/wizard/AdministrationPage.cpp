#include "AdministrationPage.h"

#include "AdministrationSettingsForm.h"
#include "concurrency/RunOnWorkerThread.h"
#include "eboekhouden/ClientFactory.h"
#include "LedgerComboBox.h"
#include "ProfileSetup.h"
#include "SetupWizard.h"
#include "store/DocumentQuery.h"
#include "store/VatMappingRepository.h"
#include "sync/RelationImport.h"
#include "VatMappingProposal.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

struct AdministrationPage::Fetched
{
    QStringList login; // who the ledgers were read for
    bool withLedgers = false;
    QList<Ledger> ledgers;
    QList<InvoiceTemplate> templates;
    QStringList paymentMethods;
    QString problem;   // translated; empty when the ledgers arrived
    QString relations; // what the relations import said (issue 15 item 3)
};

namespace {

bool contains(const QList<Ledger>& ledgers, const QString& code)
{
    return std::any_of(ledgers.cbegin(), ledgers.cend(), [&](const Ledger& l) { return l.code == code; });
}

} // namespace

AdministrationPage::AdministrationPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Read again"), this))
    , m_problems(new QLabel(this))
    , m_form(new AdministrationSettingsForm(this))
    , m_revenueLedger(new LedgerComboBox(this))
    , m_ossVatLedger(new LedgerComboBox(this))
{
    setTitle(tr("Administration settings"));
    setSubTitle(tr("How documents are booked in e-Boekhouden. You can change this later on the Settings page."));
    m_status->setObjectName(QStringLiteral("administrationStatus"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("readAgain"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &AdministrationPage::fetch);
    m_revenueLedger->setObjectName(QStringLiteral("revenueLedger"));
    m_ossVatLedger->setObjectName(QStringLiteral("ossVatLedger"));
    m_ossVatLedger->setEnabled(false);
    connect(m_form, &AdministrationSettingsForm::ossRegisteredChanged, m_ossVatLedger, &QComboBox::setEnabled);
    connect(m_form, &AdministrationSettingsForm::ossRegisteredChanged, this, &QWizardPage::completeChanged);
    connect(m_ossVatLedger, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    m_problems->setObjectName(QStringLiteral("administrationProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();

    // The VAT mapping proposal's two ledgers: afterwards they are the VAT Mapping page's business.
    m_form->addRow(tr("&Revenue ledger:"), m_revenueLedger);
    m_form->addRow(tr("Ledger of foreign &VAT (OSS):"), m_ossVatLedger);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_form);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
}

QStringList AdministrationPage::login() const
{
    const EBoekhoudenCredentials& c = m_wizard.credentials;
    return {QString::number(int(c.api)), c.apiToken, c.username, c.securityCode1, c.securityCode2,
            c.endpointOverride,          c.country};
}

void AdministrationPage::initializePage()
{
    // Ledgers of another login belong to another administration (or to a refused login): read them again. The
    // payment methods are read every time: the import may have run again.
    read(m_loadedFor != login());
}

void AdministrationPage::fetch()
{
    read(true);
}

void AdministrationPage::read(bool withLedgers)
{
    if (m_fetching)
        return; // what arrives is checked against the login, and read again when it changed meanwhile
    m_fetching = true;
    emit completeChanged();
    m_retry->hide();
    if (withLedgers)
        m_status->setText(tr("Reading ledgers, invoice templates and existing relations from e-Boekhouden…"));
    runOnWorkerThread(
        this,
        [credentials = m_wizard.credentials, path = m_wizard.database().path(), login = login(), withLedgers] {
            Fetched fetched;
            fetched.login = login;
            fetched.withLedgers = withLedgers;
            const Database database(path);
            fetched.paymentMethods = DocumentQuery(database).paymentMethods();
            if (!withLedgers)
                return fetched;
            const std::unique_ptr<EBoekhoudenClient> client = ClientFactory::create(credentials);
            if (!client) {
                fetched.problem = tr("No e-Boekhouden connection is chosen.");
                return fetched;
            }
            const Result<QList<Ledger>> ledgers = client->ledgers();
            if (!ledgers.ok()) {
                fetched.problem = ledgers.error().message();
                return fetched;
            }
            fetched.ledgers = ledgers.value();
            // Templates only matter for the invoice form; an API without them leaves the choice free text.
            const Result<QList<InvoiceTemplate>> templates = client->invoiceTemplates();
            if (templates.ok())
                fetched.templates = templates.value();
            // The relations e-Boekhouden already holds, so that the first sync matches the shop's customers to
            // them instead of creating each again (issue 15 item 3). A failure stops nothing: the sync looks
            // each customer up, and `import-relations` can be run later.
            fetched.relations = RelationImport(database, *client).run().message;
            client->closeSession();
            return fetched;
        },
        [this](const Fetched& fetched) {
            m_fetching = false;
            fill(fetched);
            emit completeChanged();
        });
}

void AdministrationPage::fill(const Fetched& fetched)
{
    if (fetched.login != login()) {
        read(true); // the login changed while this was read
        return;
    }
    if (!fetched.problem.isEmpty()) {
        m_loadedFor.clear(); // no ledgers of this login: none to choose from
        m_status->setText(tr("The ledgers could not be read: %1").arg(fetched.problem));
        m_retry->show();
        return;
    }
    if (fetched.withLedgers) {
        m_wizard.ledgers = fetched.ledgers;
        m_templates = fetched.templates;
        m_wizard.templates = fetched.templates;
        m_loadedFor = fetched.login;
        m_status->setText(tr("Read %n ledger(s); invoice templates: %1.", nullptr, int(fetched.ledgers.size()))
                              .arg(m_templates.size()) +
                          (fetched.relations.isEmpty() ? QString() : u' ' + fetched.relations));
    }
    const QList<Ledger>& ledgers = m_wizard.ledgers;
    m_form->setChoices(ledgers, m_templates, fetched.paymentMethods);
    m_revenueLedger->setLedgers(ledgers, {QStringLiteral("VW")});
    // Among all balance ledgers there is no safe guess for foreign VAT: the bookkeeper picks.
    m_ossVatLedger->setLedgers(ledgers, {QStringLiteral("BAL")}, tr("(none)"));
    if (m_proposed || ledgers.isEmpty())
        return;
    // The first ledgers read: the usual ledger of each choice where the administration has it.
    AdministrationSettingsStore::Saved proposal = m_wizard.administration;
    AdministrationSettings& s = proposal.settings;
    if (!contains(ledgers, s.debtorLedger))
        s.debtorLedger = LedgerComboBox::firstOf(ledgers, QStringLiteral("DEB"));
    if (s.defaultBankLedger.isEmpty())
        s.defaultBankLedger = LedgerComboBox::firstOf(ledgers, QStringLiteral("FIN"));
    const auto active = [this](const QString& name) {
        return std::any_of(m_templates.cbegin(), m_templates.cend(),
                           [&](const InvoiceTemplate& t) { return t.active && t.name == name; });
    };
    if (!active(s.invoiceTemplate))
        for (const InvoiceTemplate& t : std::as_const(m_templates))
            if (t.active) {
                s.invoiceTemplate = t.name;
                break;
            }
    // OSS suggested when the imported documents charge VAT of other EU countries (issue 17 item 5); a profile
    // set up before keeps the bookkeeper's own choice.
    const bool ossSuggested = !s.ossRegistered && !ProfileSetup::isSetUp(m_wizard.profile(), m_wizard.settings()) &&
                              VatMappingProposal::ossRatesFound(
                                  s.shopCountry, VatMappingRepository(m_wizard.database()).ratesSeenByCountry());
    if (ossSuggested) {
        s.ossRegistered = true;
        m_status->setText(m_status->text() + u' ' +
                          tr("OSS is ticked: the imported documents charge VAT of other EU countries. Choose the "
                             "ledger of foreign VAT, or untick OSS if the shop is not registered for it."));
    }
    m_form->setSettings(proposal);
    // The balance ledger named for OSS ("Af te dragen btw OSS"), where the administration has one; shown, so the
    // bookkeeper sees the guess and can change it.
    if (s.ossRegistered && m_ossVatLedger->code().isEmpty())
        m_ossVatLedger->setCode(VatMappingProposal::chooseLedgers(ledgers).ossVat);
    m_revenueLedger->setCode(contains(ledgers, m_wizard.revenueLedger)
                                 ? m_wizard.revenueLedger
                                 : LedgerComboBox::firstOf(ledgers, QStringLiteral("VW")));
    m_proposed = true;
}

bool AdministrationPage::isComplete() const
{
    return !m_loadedFor.isEmpty() && !m_fetching &&
           (!m_form->settings().settings.ossRegistered || !m_ossVatLedger->code().isEmpty());
}

bool AdministrationPage::validatePage()
{
    QStringList problems = m_form->problems();
    if (m_revenueLedger->code().isEmpty())
        problems.append(tr("Choose the revenue ledger."));
    else if (!m_revenueLedger->isKnown())
        problems.append(
            tr("The revenue ledger %1 is not among the administration's ledgers.").arg(m_revenueLedger->code()));
    const AdministrationSettingsStore::Saved chosen = m_form->settings();
    if (chosen.settings.ossRegistered && !m_ossVatLedger->isKnown())
        problems.append(
            tr("The ledger of foreign VAT %1 is not among the administration's ledgers.").arg(m_ossVatLedger->code()));
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        return false;
    m_wizard.administration = chosen;
    m_wizard.revenueLedger = m_revenueLedger->code();
    m_wizard.ossVatLedger = chosen.settings.ossRegistered ? m_ossVatLedger->code() : QString();
    return true;
}
