#pragma once

#include "secrets/EBoekhoudenCredentials.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QRadioButton;
class QToolButton;
class SetupWizard;

// Step 1: how Boekhoudbrug logs in to e-Boekhouden: the REST API token (today's way) or username and security
// codes (the older SOAP API), and the administration's country: a Belgian administration is served by
// api.e-boekhouden.be (API-eboekhouden.md C6). An endpoint override (a sandbox) hides under "Advanced".
class ChooseApiPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChooseApiPage(SetupWizard& wizard);

    int nextId() const override;
    bool validatePage() override;
    // A second run of the wizard starts from what the profile saved.
    void prefill(const EBoekhoudenCredentials& saved);

private:
    SetupWizard& m_wizard;
    QRadioButton* m_token;
    QRadioButton* m_codes;
    QComboBox* m_country;
    QToolButton* m_advanced;
    QWidget* m_advancedBox;
    QLineEdit* m_endpoint;
};
