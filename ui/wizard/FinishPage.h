#pragma once

#include <QWizardPage>

class QLabel;
class SetupWizard;

// The last step: says what will be saved; Finish saves it (keychain, settings, the store's VAT mapping), marks
// the profile set up and closes the wizard, or shows what went wrong and stays.
class FinishPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FinishPage(SetupWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    SetupWizard& m_wizard;
    QLabel* m_summary;
    QLabel* m_status;
    bool m_saving = false;
    bool m_saved = false;
};
