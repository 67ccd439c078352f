#pragma once

#include "money/VatRate.h"

#include <QWizardPage>

class QLabel;
class QTableView;
class SetupWizard;
class VatMappingDelegate;
class VatMappingModel;

// Step 6: the VAT mapping, proposed from the rates the first import met and the ledgers chosen on the
// previous page, in the same editable table as the VAT Mapping screen. Next checks it like Save does there.
class VatMappingWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VatMappingWizardPage(SetupWizard& wizard);

    void initializePage() override;
    bool validatePage() override;

    VatMappingModel* model() const { return m_model; }
    QStringList problems() const { return m_problems; }

private:
    SetupWizard& m_wizard;
    VatMappingModel* m_model;
    VatMappingDelegate* m_delegate;
    QTableView* m_table;
    QLabel* m_problemsLabel;
    QLabel* m_notesLabel; // what the proposal could not do, e.g. OSS rows without a VAT ledger
    QList<VatRate> m_ratesSeen;
    QStringList m_problems;
};
