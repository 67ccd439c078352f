#include "AdministrationPage.h"

#include "concurrency/RunOnWorkerThread.h"
#include "eboekhouden/ClientFactory.h"
#include "eboekhouden/EBoekhoudenVatCode.h"
#include "SetupWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

struct AdministrationPage::Fetched
{
    QList<Ledger> ledgers;
    QList<InvoiceTemplate> templates;
    QString problem; // translated; empty when the ledgers arrived
};

namespace {

QComboBox* combo(QWidget* parent, const char* name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

} // namespace

AdministrationPage::AdministrationPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Read again"), this))
    , m_bookingForm(combo(this, "bookingForm"))
    , m_paymentTerm(new QSpinBox(this))
    , m_template(combo(this, "invoiceTemplate"))
    , m_debtorLedger(combo(this, "debtorLedger"))
    , m_bankLedger(combo(this, "bankLedger"))
    , m_revenueLedger(combo(this, "revenueLedger"))
    , m_oss(new QCheckBox(tr("The shop charges the customer's country's VAT to EU consumers (&OSS)"), this))
    , m_ossVatLedger(combo(this, "ossVatLedger"))
    , m_debtorMatching(combo(this, "debtorMatching"))
    , m_numbering(combo(this, "invoiceNumbering"))
    , m_prefix(new QLineEdit(this))
{
    setTitle(tr("Administration settings"));
    setSubTitle(tr("How documents are booked in e-Boekhouden. You can change this later."));
    m_status->setObjectName(QStringLiteral("administrationStatus"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("readAgain"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &AdministrationPage::fetch);

    m_bookingForm->addItem(tr("Mutations (\"invoice sent\")"), int(AdministrationSettings::BookingForm::Mutations));
    m_bookingForm->addItem(tr("Invoices (e-Boekhouden's invoicing module)"),
                           int(AdministrationSettings::BookingForm::Invoices));
    m_paymentTerm->setObjectName(QStringLiteral("paymentTerm"));
    m_paymentTerm->setRange(0, 365);
    m_paymentTerm->setSuffix(tr(" days"));
    m_paymentTerm->setValue(AdministrationSettings().paymentTermDays);
    m_oss->setObjectName(QStringLiteral("oss"));
    connect(m_oss, &QCheckBox::toggled, m_ossVatLedger, &QComboBox::setEnabled);
    connect(m_oss, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_ossVatLedger, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    m_ossVatLedger->setEnabled(false);
    m_debtorMatching->addItem(tr("By e-mail address"), int(SyncConfiguration::DebtorMatching::Email));
    m_debtorMatching->addItem(tr("By customer code, else e-mail address"),
                              int(SyncConfiguration::DebtorMatching::CustomerCode));
    m_numbering->addItem(tr("As in the shop"), int(InvoiceNumberFormatter::Mode::AsInShop));
    m_numbering->addItem(tr("Without a fixed prefix"), int(InvoiceNumberFormatter::Mode::StripPrefix));
    m_numbering->addItem(tr("Digits only"), int(InvoiceNumberFormatter::Mode::DigitsOnly));
    m_numbering->addItem(tr("Let e-Boekhouden number them"), int(InvoiceNumberFormatter::Mode::LetEBoekhouden));
    m_prefix->setObjectName(QStringLiteral("numberPrefix"));
    m_prefix->setPlaceholderText(tr("prefix, e.g. INV"));
    m_prefix->setEnabled(false);
    connect(m_numbering, &QComboBox::currentIndexChanged, this, [this] {
        m_prefix->setEnabled(m_numbering->currentData().toInt() == int(InvoiceNumberFormatter::Mode::StripPrefix));
    });

    auto* numbering = new QHBoxLayout;
    numbering->addWidget(m_numbering, 1);
    numbering->addWidget(m_prefix);
    auto* form = new QFormLayout;
    form->addRow(tr("&Book as:"), m_bookingForm);
    form->addRow(tr("&Payment term:"), m_paymentTerm);
    form->addRow(tr("Invoice &template:"), m_template);
    form->addRow(tr("&Debtor ledger:"), m_debtorLedger);
    form->addRow(tr("Ban&k ledger for payments:"), m_bankLedger);
    form->addRow(tr("&Revenue ledger:"), m_revenueLedger);
    form->addRow(m_oss);
    form->addRow(tr("Ledger of foreign &VAT (OSS):"), m_ossVatLedger);
    form->addRow(tr("&Match debtors:"), m_debtorMatching);
    form->addRow(tr("Invoice &numbers:"), numbering);
    auto* status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(status);
    layout->addLayout(form);
    layout->addStretch();
}

void AdministrationPage::initializePage()
{
    if (!m_loaded)
        fetch();
}

void AdministrationPage::fetch()
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_retry->hide();
    m_status->setText(tr("Reading ledgers and invoice templates from e-Boekhouden…"));
    runOnWorkerThread(
        this,
        [credentials = m_wizard.credentials] {
            Fetched fetched;
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
            client->closeSession();
            return fetched;
        },
        [this](const Fetched& fetched) {
            m_fetching = false;
            fill(fetched);
        });
}

void AdministrationPage::fill(const Fetched& fetched)
{
    if (!fetched.problem.isEmpty()) {
        m_status->setText(tr("The ledgers could not be read: %1").arg(fetched.problem));
        m_retry->show();
        return;
    }
    m_wizard.ledgers = fetched.ledgers;
    m_templates = fetched.templates;
    m_template->clear();
    for (const InvoiceTemplate& t : std::as_const(m_templates))
        if (t.active)
            m_template->addItem(t.name, t.name);
    m_template->setEditable(m_template->count() == 0);
    fillLedgers(m_debtorLedger, {QStringLiteral("DEB")}, QStringLiteral("1300"), false);
    fillLedgers(m_bankLedger, {QStringLiteral("FIN")}, QString(), true);
    fillLedgers(m_revenueLedger, {QStringLiteral("VW")}, QStringLiteral("8000"), false);
    fillLedgers(m_ossVatLedger, {QStringLiteral("BAL")}, QString(), true);
    m_ossVatLedger->setCurrentIndex(0); // among all balance ledgers there is no safe guess: the bookkeeper picks
    m_status->setText(
        tr("Read %n ledger(s); invoice templates: %1; VAT codes: %2.", nullptr, int(fetched.ledgers.size()))
            .arg(m_templates.size())
            .arg(EBoekhoudenVatCode::all().size()));
    m_loaded = true;
    emit completeChanged();
}

void AdministrationPage::fillLedgers(QComboBox* combo, const QStringList& categories, const QString& preferred,
                                     bool optional)
{
    combo->clear();
    if (optional)
        combo->addItem(tr("(none)"), QString());
    // The usual category first, then every other ledger: administrations label their ledgers differently.
    QList<Ledger> sorted;
    for (const Ledger& ledger : std::as_const(m_wizard.ledgers))
        if (categories.contains(ledger.category))
            sorted.append(ledger);
    for (const Ledger& ledger : std::as_const(m_wizard.ledgers))
        if (!categories.contains(ledger.category))
            sorted.append(ledger);
    for (const Ledger& ledger : sorted)
        combo->addItem(QStringLiteral("%1 – %2").arg(ledger.code, ledger.description), ledger.code);
    int index = preferred.isEmpty() ? -1 : combo->findData(preferred);
    if (index < 0)
        index = optional && !sorted.isEmpty() && categories.contains(sorted.first().category) ? 1 : 0;
    combo->setCurrentIndex(index);
}

bool AdministrationPage::isComplete() const
{
    return m_loaded && (!m_oss->isChecked() || !m_ossVatLedger->currentData().toString().isEmpty());
}

bool AdministrationPage::validatePage()
{
    AdministrationSettings& s = m_wizard.administration.settings;
    s.bookingForm = AdministrationSettings::BookingForm(m_bookingForm->currentData().toInt());
    s.paymentTermDays = m_paymentTerm->value();
    s.invoiceTemplate = m_template->currentText();
    s.debtorLedger = m_debtorLedger->currentData().toString();
    s.defaultBankLedger = m_bankLedger->currentData().toString();
    s.ossRegistered = m_oss->isChecked();
    s.invoiceNumbering.mode = InvoiceNumberFormatter::Mode(m_numbering->currentData().toInt());
    s.invoiceNumbering.prefix = m_prefix->isEnabled() ? m_prefix->text().trimmed() : QString();
    m_wizard.administration.debtorMatching = SyncConfiguration::DebtorMatching(m_debtorMatching->currentData().toInt());
    m_wizard.revenueLedger = m_revenueLedger->currentData().toString();
    m_wizard.ossVatLedger = s.ossRegistered ? m_ossVatLedger->currentData().toString() : QString();
    return true;
}
