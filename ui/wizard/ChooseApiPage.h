#pragma once

#include <QWizardPage>

class QLineEdit;
class QRadioButton;
class QToolButton;
class SetupWizard;

// Step 1: how Boekhoudbrug logs in to e-Boekhouden: the REST API token (today's way) or username and security
// codes (the older SOAP API). An endpoint override for another service (the Belgian one, or a sandbox) hides
// under "Advanced".
class ChooseApiPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChooseApiPage(SetupWizard& wizard);

    int nextId() const override;
    bool validatePage() override;

private:
    SetupWizard& m_wizard;
    QRadioButton* m_token;
    QRadioButton* m_codes;
    QToolButton* m_advanced;
    QWidget* m_advancedBox;
    QLineEdit* m_endpoint;
};
