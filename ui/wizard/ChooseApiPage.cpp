#include "ChooseApiPage.h"

#include "SetupWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

ChooseApiPage::ChooseApiPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_token(new QRadioButton(tr("With an &API token (recommended)"), this))
    , m_codes(new QRadioButton(tr("With &username and security codes 1 and 2 (older SOAP connection)"), this))
    , m_country(new QComboBox(this))
    , m_advanced(new QToolButton(this))
    , m_advancedBox(new QWidget(this))
    , m_endpoint(new QLineEdit(m_advancedBox))
{
    setTitle(tr("Connect to e-Boekhouden"));
    setSubTitle(tr("Choose how Boekhoudbrug logs in to your administration."));
    m_token->setObjectName(QStringLiteral("apiToken"));
    m_codes->setObjectName(QStringLiteral("securityCodes"));
    m_token->setChecked(true);
    auto* help = new QLabel(tr("The API token and the security codes are created in the settings of your "
                               "e-Boekhouden administration, where its API connections are managed."),
                            this);
    help->setWordWrap(true);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->addItem(tr("Netherlands (e-boekhouden.nl)"), QStringLiteral("NL"));
    m_country->addItem(tr("Belgium (e-boekhouden.be)"), QStringLiteral("BE"));
    auto* countryForm = new QFormLayout;
    countryForm->addRow(tr("The administration is &registered in:"), m_country);

    m_advanced->setObjectName(QStringLiteral("advancedButton"));
    m_advanced->setText(tr("Ad&vanced"));
    m_advanced->setCheckable(true);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setPlaceholderText(tr("the public e-Boekhouden service"));
    auto* advancedForm = new QFormLayout(m_advancedBox);
    advancedForm->addRow(tr("&Endpoint address:"), m_endpoint);
    m_advancedBox->setVisible(false);
    connect(m_advanced, &QToolButton::toggled, this, [this](bool open) {
        m_advancedBox->setVisible(open);
        m_advanced->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_token);
    layout->addWidget(m_codes);
    layout->addWidget(help);
    layout->addLayout(countryForm);
    layout->addStretch();
    layout->addWidget(m_advanced);
    layout->addWidget(m_advancedBox);
}

int ChooseApiPage::nextId() const
{
    return m_codes->isChecked() ? SetupWizard::SecurityCodesPageId : SetupWizard::ApiTokenPageId;
}

void ChooseApiPage::prefill(const EBoekhoudenCredentials& saved)
{
    (saved.api == EBoekhoudenCredentials::Api::Soap ? m_codes : m_token)->setChecked(true);
    if (const int index = m_country->findData(saved.country); index >= 0)
        m_country->setCurrentIndex(index);
    m_endpoint->setText(saved.endpointOverride);
    m_advanced->setChecked(!saved.endpointOverride.isEmpty());
}

bool ChooseApiPage::validatePage()
{
    m_wizard.credentials.api =
        m_codes->isChecked() ? EBoekhoudenCredentials::Api::Soap : EBoekhoudenCredentials::Api::Rest;
    m_wizard.credentials.endpointOverride = m_endpoint->text().trimmed();
    m_wizard.credentials.country = m_country->currentData().toString();
    return true;
}
