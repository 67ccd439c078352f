#pragma once

#include "eboekhouden/InvoiceTemplate.h"
#include "eboekhouden/Ledger.h"

#include <QStringList>
#include <QWizardPage>

class AdministrationSettingsForm;
class LedgerComboBox;
class QLabel;
class QPushButton;
class SetupWizard;

// Step 5: how the administration books (AdministrationSettingsForm, the same form as the Settings page's
// Booking section), plus what only the wizard asks because it feeds the VAT mapping proposal: the revenue
// ledger and (with OSS) the ledger of foreign VAT. The ledgers and templates are read from e-Boekhouden when
// the page opens, and again whenever the login changed since (Back to the login page); the payment methods come
// from the first import, read again each time. All on a worker thread; VAT codes are e-Boekhouden's fixed list.
class AdministrationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AdministrationPage(SetupWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

public slots:
    // Reads the ledgers and templates from e-Boekhouden again, and the payment methods from the store.
    void fetch();

private:
    struct Fetched;
    void read(bool withLedgers);
    void fill(const Fetched& fetched);
    // Who the ledgers were read for: they belong to the administration of that login.
    QStringList login() const;

    SetupWizard& m_wizard;
    QLabel* m_status;
    QPushButton* m_retry;
    QLabel* m_problems;
    AdministrationSettingsForm* m_form;
    LedgerComboBox* m_revenueLedger;
    LedgerComboBox* m_ossVatLedger;
    QList<InvoiceTemplate> m_templates;
    QStringList m_loadedFor; // login() of the ledgers shown; empty while none are
    bool m_fetching = false;
    bool m_proposed = false; // the first ledgers read filled in the usual choices
};
