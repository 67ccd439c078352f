#pragma once

#include "secrets/EBoekhoudenCredentials.h"
#include "TestedPage.h"

class QLineEdit;
class SetupWizard;

// Step 2 (SOAP): username and security codes 1 and 2, and "Test connection". Next only after they logged in.
class SecurityCodesPage : public TestedPage
{
    Q_OBJECT

public:
    explicit SecurityCodesPage(SetupWizard& wizard);

    bool validatePage() override;
    void prefill(const EBoekhoudenCredentials& saved);

private:
    EBoekhoudenCredentials typed() const;

    SetupWizard& m_wizard;
    QLineEdit* m_username;
    QLineEdit* m_code1;
    QLineEdit* m_code2;
};
