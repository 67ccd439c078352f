#pragma once

#include "AdministrationSettingsStore.h"
#include "eboekhouden/InvoiceTemplate.h"
#include "eboekhouden/Ledger.h"

#include <QWidget>

class LedgerComboBox;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// How an administration books, as one form: the shop's country, mutations or invoices, payment term, invoice
// template, debtor ledger, the bank ledger per payment method (and for every other method), OSS, debtor
// matching and invoice numbering. The setup wizard's administration page and the Settings page's Booking
// section both show it, so the two can never disagree. It only presents: the caller reads the settings, the
// ledgers, templates and payment methods (off the GUI thread) and saves what settings() gives back.
class AdministrationSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit AdministrationSettingsForm(QWidget* parent = nullptr);

    // What to choose from: the administration's ledgers and invoice templates (none: the template is typed)
    // and the payment methods of the imported documents. What is chosen stays chosen.
    void setChoices(const QList<Ledger>& ledgers, const QList<InvoiceTemplate>& templates,
                    const QStringList& paymentMethods);
    // Shows these settings; what the form does not show (e.g. VAT per invoice line) is given back unchanged.
    void setSettings(const AdministrationSettingsStore::Saved& saved);
    AdministrationSettingsStore::Saved settings() const;
    // What stops these settings from booking, in the bookkeeper's words; empty when they can be saved.
    QStringList problems() const;

    const QList<Ledger>& ledgers() const { return m_ledgers; }
    // A question of the caller's own below the form's, aligned with them (the wizard's VAT mapping ledgers).
    void addRow(const QString& label, QWidget* field);

signals:
    void changed();
    void ossRegisteredChanged(bool registered);

private:
    void fillTemplates(const QString& chosen);
    void fillPaymentMethods(const AdministrationSettings& chosen);
    QString bankLedgerOf(int row) const;

    QFormLayout* m_layout = nullptr;
    QComboBox* m_shopCountry;
    QComboBox* m_bookingForm;
    QSpinBox* m_paymentTerm;
    QComboBox* m_template;
    LedgerComboBox* m_debtorLedger;
    LedgerComboBox* m_bankLedger;
    QTableWidget* m_methods;
    QLabel* m_noMethods;
    QCheckBox* m_oss;
    QComboBox* m_debtorMatching;
    QComboBox* m_debtorCodeScheme;
    QLineEdit* m_debtorCodePrefix;
    QComboBox* m_numbering;
    QLineEdit* m_prefix;
    QLineEdit* m_creditMemoPrefix;
    QCheckBox* m_bookPayments;
    QCheckBox* m_createProducts;
    QCheckBox* m_holdWhenViesUnavailable = nullptr; // issue 15 item 6
    QComboBox* m_bookingLanguage = nullptr;         // issue 17 item 2
    AdministrationSettingsStore::Saved m_shown;     // the settings last set, for what the form does not show
    QList<Ledger> m_ledgers;
    QList<InvoiceTemplate> m_templates;
    QStringList m_paymentMethods;
};
