#include "AdministrationSettingsForm.h"

#include "LedgerComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString bankCategory = QStringLiteral("FIN");

QComboBox* combo(QWidget* parent, const char* name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

LedgerComboBox* ledgerCombo(QWidget* parent, const char* name)
{
    auto* box = new LedgerComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

// Every country with a two-letter ISO code, by name. Qt knows the names in English only; the code beside the
// name makes the choice unambiguous in any language.
QList<std::pair<QString, QString>> countries()
{
    QList<std::pair<QString, QString>> result; // name, code
    QStringList codes;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter() || codes.contains(code))
            continue;
        codes.append(code);
        result.append({QLocale::territoryToString(territory), code});
    }
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return result;
}

} // namespace

AdministrationSettingsForm::AdministrationSettingsForm(QWidget* parent)
    : QWidget(parent)
    , m_shopCountry(combo(this, "shopCountry"))
    , m_bookingForm(combo(this, "bookingForm"))
    , m_paymentTerm(new QSpinBox(this))
    , m_template(combo(this, "invoiceTemplate"))
    , m_debtorLedger(ledgerCombo(this, "debtorLedger"))
    , m_bankLedger(ledgerCombo(this, "bankLedger"))
    , m_methods(new QTableWidget(0, 3, this))
    , m_noMethods(new QLabel(tr("The imported documents name no payment method yet."), this))
    , m_oss(new QCheckBox(tr("The shop charges the customer's country's VAT to EU consumers (&OSS)"), this))
    , m_debtorMatching(combo(this, "debtorMatching"))
    , m_debtorCodeScheme(combo(this, "debtorCodeScheme"))
    , m_debtorCodePrefix(new QLineEdit(this))
    , m_numbering(combo(this, "invoiceNumbering"))
    , m_prefix(new QLineEdit(this))
    , m_creditMemoPrefix(new QLineEdit(this))
    , m_bookPayments(new QCheckBox(tr("Book the shop's pa&yments and refunds in e-Boekhouden"), this))
    , m_createProducts(new QCheckBox(tr("Create products e-Boekhouden does not have yet"), this))
{
    for (const auto& [name, code] : countries())
        m_shopCountry->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    m_shopCountry->setToolTip(tr("The country the shop sells from: it decides which sales are domestic, "
                                 "intra-community (ICP), export or OSS."));
    m_bookingForm->addItem(tr("Mutations (\"invoice sent\")"), int(AdministrationSettings::BookingForm::Mutations));
    m_bookingForm->addItem(tr("Invoices (e-Boekhouden's invoicing module)"),
                           int(AdministrationSettings::BookingForm::Invoices));
    m_paymentTerm->setObjectName(QStringLiteral("paymentTerm"));
    m_paymentTerm->setRange(0, 365);
    m_paymentTerm->setSuffix(tr(" days"));
    m_methods->setObjectName(QStringLiteral("bankLedgersByPaymentMethod"));
    m_methods->setHorizontalHeaderLabels({tr("Payment method"), tr("Bank ledger"), tr("Fixed debtor")});
    m_methods->verticalHeader()->hide();
    m_methods->horizontalHeader()->setStretchLastSection(true);
    m_methods->setSelectionMode(QAbstractItemView::NoSelection);
    m_methods->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noMethods->setObjectName(QStringLiteral("noPaymentMethods"));
    m_noMethods->setWordWrap(true);
    m_oss->setObjectName(QStringLiteral("oss"));
    m_debtorMatching->addItem(tr("By e-mail address"), int(SyncConfiguration::DebtorMatching::Email));
    m_debtorMatching->addItem(tr("By customer code, else e-mail address"),
                              int(SyncConfiguration::DebtorMatching::CustomerCode));
    m_debtorMatching->addItem(tr("By shop customer, country and VAT number (a change makes a new debtor)"),
                              int(SyncConfiguration::DebtorMatching::ShopCustomer));
    m_debtorCodeScheme->addItem(tr("From the name, as e-Boekhouden makes them (e.g. KlaartjePi1)"),
                                int(AdministrationSettings::DebtorCodeScheme::FromName));
    m_debtorCodeScheme->addItem(tr("The shop's customer number with a prefix (e.g. WEB1042)"),
                                int(AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber));
    m_debtorCodeScheme->setToolTip(tr("The code a new debtor gets in e-Boekhouden. Guests have no customer number: "
                                      "they always get a code from their name."));
    m_debtorCodePrefix->setObjectName(QStringLiteral("debtorCodePrefix"));
    m_debtorCodePrefix->setMaxLength(10);
    m_debtorCodePrefix->setPlaceholderText(tr("prefix, e.g. WEB"));
    connect(m_debtorCodeScheme, &QComboBox::currentIndexChanged, this, [this] {
        m_debtorCodePrefix->setEnabled(m_debtorCodeScheme->currentData().toInt() ==
                                       int(AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber));
    });
    connect(m_debtorCodePrefix, &QLineEdit::textChanged, this, &AdministrationSettingsForm::changed);
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

    m_creditMemoPrefix->setObjectName(QStringLiteral("creditMemoPrefix"));
    m_creditMemoPrefix->setMaxLength(10);
    m_creditMemoPrefix->setToolTip(
        tr("Put before every credit memo's number. The shop numbers credit memos apart from its invoices (both "
           "start at 1), while e-Boekhouden needs a number of its own for each sales booking."));
    m_bookPayments->setObjectName(QStringLiteral("bookPayments"));
    m_bookPayments->setToolTip(tr("Payments are booked as \"invoice payment received\" on the bank ledger chosen "
                                  "above; choose a bank ledger first."));
    connect(m_creditMemoPrefix, &QLineEdit::textChanged, this, &AdministrationSettingsForm::changed);
    connect(m_bookPayments, &QCheckBox::toggled, this, &AdministrationSettingsForm::changed);
    m_createProducts->setObjectName(QStringLiteral("createMissingProducts"));
    m_createProducts->setToolTip(tr("Invoices only: an invoice line names its product in e-Boekhouden. A SKU that is "
                                    "not a product there goes on a line with its description only, unless this is "
                                    "ticked: then the product is created first (description, price, VAT code, revenue "
                                    "ledger)."));
    connect(m_createProducts, &QCheckBox::toggled, this, &AdministrationSettingsForm::changed);

    for (QComboBox* box : {m_shopCountry, m_bookingForm, m_template, static_cast<QComboBox*>(m_debtorLedger),
                           static_cast<QComboBox*>(m_bankLedger), m_debtorMatching, m_debtorCodeScheme, m_numbering})
        connect(box, &QComboBox::currentIndexChanged, this, &AdministrationSettingsForm::changed);
    connect(m_template, &QComboBox::editTextChanged, this, &AdministrationSettingsForm::changed);
    connect(m_paymentTerm, &QSpinBox::valueChanged, this, &AdministrationSettingsForm::changed);
    connect(m_prefix, &QLineEdit::textChanged, this, &AdministrationSettingsForm::changed);
    connect(m_oss, &QCheckBox::toggled, this, &AdministrationSettingsForm::changed);
    connect(m_oss, &QCheckBox::toggled, this, &AdministrationSettingsForm::ossRegisteredChanged);

    auto* numbering = new QHBoxLayout;
    numbering->addWidget(m_numbering, 1);
    numbering->addWidget(m_prefix);
    auto* methods = new QVBoxLayout;
    methods->addWidget(m_methods);
    methods->addWidget(m_noMethods);
    // Rows whose field is a layout get their label's buddy by hand, or the mnemonic would show as "&".
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* form = new QFormLayout(this);
    m_layout = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Shop's &country:"), m_shopCountry);
    form->addRow(tr("&Book as:"), m_bookingForm);
    form->addRow(tr("&Payment term:"), m_paymentTerm);
    form->addRow(tr("Invoice &template:"), m_template);
    form->addRow(QString(), m_createProducts);
    form->addRow(tr("&Debtor ledger:"), m_debtorLedger);
    form->addRow(tr("Ban&k ledger for payments:"), m_bankLedger);
    form->addRow(label(tr("Per payment &method:"), m_methods), methods);
    form->addRow(m_bookPayments);
    form->addRow(m_oss);
    form->addRow(tr("&Match debtors:"), m_debtorMatching);
    auto* codes = new QHBoxLayout;
    codes->addWidget(m_debtorCodeScheme, 1);
    codes->addWidget(m_debtorCodePrefix);
    form->addRow(label(tr("New debtor &codes:"), m_debtorCodeScheme), codes);
    form->addRow(label(tr("Invoice &numbers:"), m_numbering), numbering);
    form->addRow(tr("C&redit memo prefix:"), m_creditMemoPrefix);

    // ICP sales are checked with the EU's VIES before booking (issue 15 item 6).
    m_holdWhenViesUnavailable = new QCheckBox(tr("Hold ICP sales while VIES does not answer"), this);
    m_holdWhenViesUnavailable->setObjectName(QStringLiteral("holdWhenViesUnavailable"));
    m_holdWhenViesUnavailable->setToolTip(
        tr("An intra-community (ICP) sale is booked without VAT only when the EU's VIES confirms the customer's VAT "
           "number. When VIES does not answer, such a sale waits for the next sync (on), or is booked as checked "
           "offline only (off)."));
    connect(m_holdWhenViesUnavailable, &QCheckBox::toggled, this, &AdministrationSettingsForm::changed);
    form->addRow(m_holdWhenViesUnavailable);
    // The language of the descriptions written into e-Boekhouden itself (issue 17 item 2).
    m_bookingLanguage = combo(this, "bookingLanguage");
    m_bookingLanguage->addItem(tr("Dutch (\"Omzet 21%\", \"Verzendkosten\")"), QStringLiteral("nl"));
    m_bookingLanguage->addItem(tr("English (\"Sales 21%\", \"Shipping\")"), QStringLiteral("en"));
    m_bookingLanguage->setToolTip(tr("The language of the row descriptions Boekhoudbrug writes into e-Boekhouden, "
                                     "whatever language these screens are in."));
    connect(m_bookingLanguage, &QComboBox::currentIndexChanged, this, &AdministrationSettingsForm::changed);
    form->addRow(tr("Descriptions in e-Boekhouden in:"), m_bookingLanguage);

    setChoices({}, {}, {});
    setSettings({});
}

void AdministrationSettingsForm::addRow(const QString& label, QWidget* field)
{
    m_layout->addRow(label, field);
}

void AdministrationSettingsForm::setChoices(const QList<Ledger>& ledgers, const QList<InvoiceTemplate>& templates,
                                            const QStringList& paymentMethods)
{
    const AdministrationSettingsStore::Saved chosen = settings();
    m_ledgers = ledgers;
    m_templates.clear();
    for (const InvoiceTemplate& t : templates)
        if (t.active) // an inactive template cannot be booked on
            m_templates.append(t);
    m_paymentMethods = paymentMethods;
    m_debtorLedger->setLedgers(ledgers, {QStringLiteral("DEB")});
    m_bankLedger->setLedgers(ledgers, {bankCategory}, tr("(none: ask)"));
    fillTemplates(chosen.settings.invoiceTemplate);
    fillPaymentMethods(chosen.settings);
}

void AdministrationSettingsForm::setSettings(const AdministrationSettingsStore::Saved& saved)
{
    m_shown = saved;
    const AdministrationSettings& s = saved.settings;
    const QString country = s.shopCountry.trimmed().toUpper();
    if (m_shopCountry->findData(country) < 0)
        m_shopCountry->addItem(country, country); // a code Qt does not know is still what was saved
    m_shopCountry->setCurrentIndex(m_shopCountry->findData(country));
    m_bookingForm->setCurrentIndex(m_bookingForm->findData(int(s.bookingForm)));
    m_paymentTerm->setValue(s.paymentTermDays);
    fillTemplates(s.invoiceTemplate);
    m_debtorLedger->setCode(s.debtorLedger);
    m_bankLedger->setCode(s.defaultBankLedger);
    fillPaymentMethods(s);
    m_oss->setChecked(s.ossRegistered);
    m_debtorMatching->setCurrentIndex(m_debtorMatching->findData(int(saved.debtorMatching)));
    m_debtorCodeScheme->setCurrentIndex(m_debtorCodeScheme->findData(int(s.debtorCodeScheme)));
    m_debtorCodePrefix->setText(s.debtorCodePrefix);
    m_debtorCodePrefix->setEnabled(s.debtorCodeScheme == AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber);
    m_numbering->setCurrentIndex(m_numbering->findData(int(s.invoiceNumbering.mode)));
    m_prefix->setText(s.invoiceNumbering.prefix);
    m_creditMemoPrefix->setText(s.invoiceNumbering.creditMemoPrefix);
    m_bookPayments->setChecked(s.bookPayments);
    m_createProducts->setChecked(s.createMissingProducts);
    m_holdWhenViesUnavailable->setChecked(s.holdWhenViesUnavailable);
    const int language = m_bookingLanguage->findData(s.bookingLanguage);
    m_bookingLanguage->setCurrentIndex(language >= 0 ? language : 0);
}

AdministrationSettingsStore::Saved AdministrationSettingsForm::settings() const
{
    AdministrationSettingsStore::Saved saved = m_shown;
    AdministrationSettings& s = saved.settings;
    s.shopCountry = m_shopCountry->currentData().toString();
    s.bookingForm = AdministrationSettings::BookingForm(m_bookingForm->currentData().toInt());
    s.paymentTermDays = m_paymentTerm->value();
    s.invoiceTemplate =
        (m_template->isEditable() ? m_template->currentText() : m_template->currentData().toString()).trimmed();
    s.debtorLedger = m_debtorLedger->code();
    s.defaultBankLedger = m_bankLedger->code();
    for (int row = 0; row < m_methods->rowCount(); ++row) {
        const QString method = m_methods->item(row, 0)->text();
        const QString ledger = bankLedgerOf(row);
        if (ledger.isEmpty())
            s.bankLedgerByPaymentMethod.remove(method); // the default bank ledger
        else
            s.bankLedgerByPaymentMethod.insert(method, ledger);
        const auto* fixed = qobject_cast<QLineEdit*>(m_methods->cellWidget(row, 2));
        if (!fixed || fixed->text().trimmed().isEmpty())
            s.fixedDebtorByPaymentMethod.remove(method); // the customer's own debtor
        else
            s.fixedDebtorByPaymentMethod.insert(method, fixed->text().trimmed());
    }
    s.ossRegistered = m_oss->isChecked();
    s.invoiceNumbering.mode = InvoiceNumberFormatter::Mode(m_numbering->currentData().toInt());
    s.invoiceNumbering.prefix = m_prefix->isEnabled() ? m_prefix->text().trimmed() : QString();
    s.invoiceNumbering.creditMemoPrefix = m_creditMemoPrefix->text().trimmed();
    s.bookPayments = m_bookPayments->isChecked();
    s.createMissingProducts = m_createProducts->isChecked();
    s.holdWhenViesUnavailable = m_holdWhenViesUnavailable->isChecked();
    s.bookingLanguage = m_bookingLanguage->currentData().toString();
    saved.debtorMatching = SyncConfiguration::DebtorMatching(m_debtorMatching->currentData().toInt());
    s.debtorCodeScheme = AdministrationSettings::DebtorCodeScheme(m_debtorCodeScheme->currentData().toInt());
    s.debtorCodePrefix = m_debtorCodePrefix->text().trimmed();
    return saved;
}

QStringList AdministrationSettingsForm::problems() const
{
    const AdministrationSettingsStore::Saved saved = settings();
    const AdministrationSettings& s = saved.settings;
    QStringList problems;
    if (s.bookingForm == AdministrationSettings::BookingForm::Invoices) {
        const bool known = std::any_of(m_templates.cbegin(), m_templates.cend(),
                                       [&](const InvoiceTemplate& t) { return t.name == s.invoiceTemplate; });
        if (s.invoiceTemplate.isEmpty())
            problems.append(tr("Booking as invoices needs an invoice template: choose or type its name."));
        else if (!m_templates.isEmpty() && !known)
            problems.append(tr("The invoice template \"%1\" is not among the administration's active templates.")
                                .arg(s.invoiceTemplate));
    }
    if (s.debtorCodeScheme == AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber) {
        static const QRegularExpression lettersAndDigits(QStringLiteral("^[A-Za-z0-9]*$"));
        if (!lettersAndDigits.match(s.debtorCodePrefix).hasMatch())
            problems.append(tr("The prefix of new debtor codes may hold letters and digits only (e.g. WEB)."));
    }
    if (s.debtorLedger.isEmpty())
        problems.append(tr("Choose the debtor ledger."));
    else if (!m_debtorLedger->isKnown())
        problems.append(tr("The debtor ledger %1 is not among the administration's ledgers.").arg(s.debtorLedger));
    if (!m_bankLedger->isKnown())
        problems.append(tr("The bank ledger %1 is not among the administration's ledgers.").arg(s.defaultBankLedger));
    for (int row = 0; row < m_methods->rowCount(); ++row)
        if (auto* ledger = qobject_cast<LedgerComboBox*>(m_methods->cellWidget(row, 1)); ledger && !ledger->isKnown())
            problems.append(tr("The bank ledger %1 of payment method \"%2\" is not among the administration's ledgers.")
                                .arg(ledger->code(), m_methods->item(row, 0)->text()));
    if (s.bookPayments && s.defaultBankLedger.isEmpty() && s.bankLedgerByPaymentMethod.isEmpty())
        problems.append(tr("Booking payments needs a bank ledger: choose the bank ledger for payments, or switch "
                           "off booking payments."));
    if (s.invoiceNumbering.mode != InvoiceNumberFormatter::Mode::LetEBoekhouden &&
        s.invoiceNumbering.creditMemoPrefix.isEmpty())
        problems.append(tr("Enter a credit memo prefix (for instance C): the shop numbers credit memos like its "
                           "invoices, and e-Boekhouden cannot book two sales under one number."));
    if (s.invoiceNumbering.mode == InvoiceNumberFormatter::Mode::StripPrefix && s.invoiceNumbering.prefix.isEmpty())
        problems.append(tr("Enter the fixed prefix that is removed from the invoice numbers, e.g. INV."));
    return problems;
}

void AdministrationSettingsForm::fillTemplates(const QString& chosen)
{
    QSignalBlocker blocker(m_template);
    m_template->clear();
    // Without a list (not read, or an API without templates) the name is typed, as e-Boekhouden shows it.
    m_template->setEditable(m_templates.isEmpty());
    for (const InvoiceTemplate& t : std::as_const(m_templates))
        m_template->addItem(t.name, t.name);
    if (m_templates.isEmpty()) {
        m_template->setEditText(chosen);
    } else {
        int index = m_template->findData(chosen);
        if (index < 0 && !chosen.isEmpty()) {
            m_template->addItem(tr("%1 (not among the administration's templates)").arg(chosen), chosen);
            index = m_template->count() - 1;
        }
        m_template->setCurrentIndex(index);
    }
    blocker.unblock();
    emit changed();
}

void AdministrationSettingsForm::fillPaymentMethods(const AdministrationSettings& chosen)
{
    // The methods of the documents, and those a ledger or debtor was chosen for before (they may come back).
    QStringList methods = m_paymentMethods;
    for (const QHash<QString, QString>* byMethod :
         {&chosen.bankLedgerByPaymentMethod, &chosen.fixedDebtorByPaymentMethod})
        for (auto it = byMethod->cbegin(); it != byMethod->cend(); ++it)
            if (!methods.contains(it.key()))
                methods.append(it.key());
    std::sort(methods.begin(), methods.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_methods->setRowCount(0);
    m_methods->setRowCount(int(methods.size()));
    for (int row = 0; row < methods.size(); ++row) {
        const QString& method = methods.at(row);
        m_methods->setItem(row, 0, new QTableWidgetItem(method));
        auto* ledger = new LedgerComboBox(m_methods);
        ledger->setObjectName(QStringLiteral("bankLedgerFor:") + method);
        ledger->setLedgers(m_ledgers, {bankCategory}, tr("(the default bank ledger)"));
        ledger->setCode(chosen.bankLedgerByPaymentMethod.value(method));
        connect(ledger, &QComboBox::currentIndexChanged, this, &AdministrationSettingsForm::changed);
        m_methods->setCellWidget(row, 1, ledger);
        // A marketplace that pays out itself is often booked on one collective debtor (never for ICP sales).
        auto* fixed = new QLineEdit(chosen.fixedDebtorByPaymentMethod.value(method), m_methods);
        fixed->setObjectName(QStringLiteral("fixedDebtorFor:") + method);
        fixed->setPlaceholderText(tr("(the customer's own)"));
        fixed->setToolTip(tr("The code of an existing e-Boekhouden relation to book every document paid this way "
                             "on; empty books on the customer's own debtor. Never used for ICP sales."));
        connect(fixed, &QLineEdit::textChanged, this, &AdministrationSettingsForm::changed);
        m_methods->setCellWidget(row, 2, fixed);
    }
    m_methods->resizeColumnToContents(0);
    // As tall as its rows, up to a few; more scroll.
    const int rows = std::min(int(methods.size()), 5);
    int height = m_methods->horizontalHeader()->height() + 2 * m_methods->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += m_methods->rowHeight(row);
    m_methods->setFixedHeight(height);
    m_methods->setVisible(!methods.isEmpty());
    m_noMethods->setVisible(methods.isEmpty());
    emit changed();
}

QString AdministrationSettingsForm::bankLedgerOf(int row) const
{
    const auto* ledger = qobject_cast<LedgerComboBox*>(m_methods->cellWidget(row, 1));
    return ledger ? ledger->code() : QString();
}
