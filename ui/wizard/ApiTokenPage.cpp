#include "ApiTokenPage.h"

#include "EBoekhoudenCheck.h"
#include "SetupWizard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ApiTokenPage::ApiTokenPage(SetupWizard& wizard)
    : TestedPage([this]() -> std::pair<TestConnectionRow::Check, ConnectionVerdict> {
        const EBoekhoudenCredentials credentials = typed();
        if (!credentials.isComplete())
            return {{}, {false, tr("Enter the API token.")}};
        return {[credentials] { return EBoekhoudenCheck::run(credentials); }, {}};
    })
    , m_wizard(wizard)
    , m_token(new QLineEdit(this))
    , m_hasEndDate(new QCheckBox(tr("The token &ends on:"), this))
    , m_endDate(new QDateEdit(QDate::currentDate().addYears(1), this))
{
    setTitle(tr("API token"));
    setSubTitle(tr("Paste the API token of your administration and test the connection."));
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_hasEndDate->setObjectName(QStringLiteral("hasEndDate"));
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_endDate->setCalendarPopup(true);
    m_endDate->setEnabled(false);
    connect(m_hasEndDate, &QCheckBox::toggled, m_endDate, &QDateEdit::setEnabled);

    // What a regular token can do, so that nobody waits for an administration name it cannot show
    // (API-eboekhouden.md C1).
    auto* help = new QLabel(tr("Create the token in e-Boekhouden under Beheer > Inrichting > Koppelingen > API; it is "
                               "shown only once. A regular token belongs to one administration and may book and "
                               "read everything Boekhoudbrug needs (ledger accounts, relations, invoices, "
                               "outstanding items), but not the list of administrations, which e-Boekhouden keeps "
                               "for accountants. The test therefore shows how many ledger accounts the token may "
                               "read, and the administration's name only for an accountant's token."),
                            this);
    help->setObjectName(QStringLiteral("tokenHelp"));
    help->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("API &token:"), m_token);
    form->addRow(m_hasEndDate, m_endDate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(testRow());
    layout->addStretch();
    watch({m_token});
}

EBoekhoudenCredentials ApiTokenPage::typed() const
{
    EBoekhoudenCredentials credentials;
    credentials.api = EBoekhoudenCredentials::Api::Rest;
    credentials.apiToken = m_token->text().trimmed();
    credentials.endpointOverride = m_wizard.credentials.endpointOverride;
    credentials.country = m_wizard.credentials.country;
    if (m_hasEndDate->isChecked())
        credentials.tokenEndDate = m_endDate->date();
    return credentials;
}

void ApiTokenPage::prefill(const EBoekhoudenCredentials& saved)
{
    if (saved.api != EBoekhoudenCredentials::Api::Rest)
        return;
    m_token->setText(saved.apiToken);
    m_hasEndDate->setChecked(saved.tokenEndDate.isValid());
    if (saved.tokenEndDate.isValid())
        m_endDate->setDate(saved.tokenEndDate);
}

int ApiTokenPage::nextId() const
{
    return SetupWizard::ShopPageId;
}

bool ApiTokenPage::validatePage()
{
    m_wizard.credentials = typed();
    return true;
}
