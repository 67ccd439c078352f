#pragma once

#include "secrets/EBoekhoudenCredentials.h"
#include "TestedPage.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class SetupWizard;

// Step 2 (REST): the API token, with its end date if it has one (the dashboard warns 30 days before), and
// "Test connection". Next only after the token logged in.
class ApiTokenPage : public TestedPage
{
    Q_OBJECT

public:
    explicit ApiTokenPage(SetupWizard& wizard);

    int nextId() const override;
    bool validatePage() override;
    void prefill(const EBoekhoudenCredentials& saved);

private:
    EBoekhoudenCredentials typed() const;

    SetupWizard& m_wizard;
    QLineEdit* m_token;
    QCheckBox* m_hasEndDate;
    QDateEdit* m_endDate;
};
