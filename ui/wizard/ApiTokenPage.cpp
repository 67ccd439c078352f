#include "ApiTokenPage.h"

#include "EBoekhoudenCheck.h"
#include "SetupWizard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
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

    auto* form = new QFormLayout;
    form->addRow(tr("API &token:"), m_token);
    form->addRow(m_hasEndDate, m_endDate);
    auto* layout = new QVBoxLayout(this);
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
    if (m_hasEndDate->isChecked())
        credentials.tokenEndDate = m_endDate->date();
    return credentials;
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
