#include "SecurityCodesPage.h"

#include "EBoekhoudenCheck.h"
#include "SetupWizard.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

SecurityCodesPage::SecurityCodesPage(SetupWizard& wizard)
    : TestedPage([this]() -> std::pair<TestConnectionRow::Check, ConnectionVerdict> {
        const EBoekhoudenCredentials credentials = typed();
        if (!credentials.isComplete())
            return {{}, {false, tr("Enter the username and both security codes.")}};
        return {[credentials] { return EBoekhoudenCheck::run(credentials); }, {}};
    })
    , m_wizard(wizard)
    , m_username(new QLineEdit(this))
    , m_code1(new QLineEdit(this))
    , m_code2(new QLineEdit(this))
{
    setTitle(tr("Username and security codes"));
    setSubTitle(tr("Enter the login of the SOAP connection and test it."));
    m_username->setObjectName(QStringLiteral("username"));
    m_code1->setObjectName(QStringLiteral("securityCode1"));
    m_code2->setObjectName(QStringLiteral("securityCode2"));
    m_code1->setEchoMode(QLineEdit::Password);
    m_code2->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("Security code &1:"), m_code1);
    form->addRow(tr("Security code &2:"), m_code2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(testRow());
    layout->addStretch();
    watch({m_username, m_code1, m_code2});
}

EBoekhoudenCredentials SecurityCodesPage::typed() const
{
    EBoekhoudenCredentials credentials;
    credentials.api = EBoekhoudenCredentials::Api::Soap;
    credentials.username = m_username->text().trimmed();
    credentials.securityCode1 = m_code1->text().trimmed();
    credentials.securityCode2 = m_code2->text().trimmed();
    credentials.endpointOverride = m_wizard.credentials.endpointOverride;
    credentials.country = m_wizard.credentials.country;
    return credentials;
}

void SecurityCodesPage::prefill(const EBoekhoudenCredentials& saved)
{
    if (saved.api != EBoekhoudenCredentials::Api::Soap)
        return;
    m_username->setText(saved.username);
    m_code1->setText(saved.securityCode1);
    m_code2->setText(saved.securityCode2);
}

bool SecurityCodesPage::validatePage()
{
    m_wizard.credentials = typed();
    return true;
}
