#pragma once

#include "eboekhouden/InvoiceTemplate.h"
#include "eboekhouden/Ledger.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SetupWizard;

// Step 5: how the administration books: mutations or invoices, payment term, invoice template, the debtor
// ledger, the bank ledger for payments, the revenue ledger and (with OSS) the ledger of foreign VAT, how
// debtors are matched and how invoices are numbered. The ledgers and templates are read from e-Boekhouden
// when the page opens (on a worker thread); VAT codes are e-Boekhouden's fixed list.
class AdministrationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AdministrationPage(SetupWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

public slots:
    void fetch();

private:
    struct Fetched;
    void fill(const Fetched& fetched);
    void fillLedgers(QComboBox* combo, const QStringList& categories, const QString& preferred, bool optional);

    SetupWizard& m_wizard;
    QLabel* m_status;
    QPushButton* m_retry;
    QComboBox* m_bookingForm;
    QSpinBox* m_paymentTerm;
    QComboBox* m_template;
    QComboBox* m_debtorLedger;
    QComboBox* m_bankLedger;
    QComboBox* m_revenueLedger;
    QCheckBox* m_oss;
    QComboBox* m_ossVatLedger;
    QComboBox* m_debtorMatching;
    QComboBox* m_numbering;
    QLineEdit* m_prefix;
    QList<InvoiceTemplate> m_templates;
    bool m_loaded = false;
    bool m_fetching = false;
};
