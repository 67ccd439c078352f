#include "VatMappingWizardPage.h"

#include "SetupWizard.h"
#include "store/VatMappingRepository.h"
#include "store/VatMappingRow.h"
#include "store/VatMappingValidator.h"
#include "VatMappingDelegate.h"
#include "VatMappingModel.h"
#include "VatMappingProposal.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

VatMappingWizardPage::VatMappingWizardPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_model(new VatMappingModel(this))
    , m_delegate(new VatMappingDelegate(this))
    , m_table(new QTableView(this))
    , m_problemsLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
{
    setTitle(tr("VAT mapping"));
    setSubTitle(tr("Which e-Boekhouden VAT code and ledgers each VAT rate of the shop is booked on. The proposal "
                   "covers the rates found in the imported documents; adjust it where your administration differs."));
    m_table->setObjectName(QStringLiteral("vatMappingTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed); // as on the VAT Mapping page
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problemsLabel->setObjectName(QStringLiteral("problems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemsLabel->hide();
    m_notesLabel->setObjectName(QStringLiteral("proposalNotes"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::PlainText);
    m_notesLabel->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_table, 1);
}

void VatMappingWizardPage::initializePage()
{
    const VatMappingRepository repository(m_wizard.database());
    m_ratesSeen = repository.ratesSeen();
    m_delegate->setRatesSeen(m_ratesSeen);
    m_delegate->setLedgers(m_wizard.ledgers);
    m_model->setLedgers(m_wizard.ledgers);
    // The ledgers by name from the administration's list, the bookkeeper's revenue and OSS VAT ledgers first;
    // the codes of a Belgian administration (API-eboekhouden.md C6).
    VatMappingProposal::Inputs inputs;
    inputs.shopCountry = m_wizard.administration.settings.shopCountry;
    inputs.administrationCountry = m_wizard.credentials.country;
    inputs.ossRegistered = m_wizard.administration.settings.ossRegistered;
    inputs.revenueLedger = m_wizard.revenueLedger;
    inputs.ossVatLedger = m_wizard.ossVatLedger;
    inputs.ledgers = m_wizard.ledgers;
    inputs.ratesSeenByCountry = repository.ratesSeenByCountry();
    const VatMappingProposal::Result proposed = VatMappingProposal::propose(inputs);
    const VatMapping& mapping = proposed.mapping;
    m_notesLabel->setText(proposed.notes.join(u'\n'));
    m_notesLabel->setVisible(!proposed.notes.isEmpty());
    QList<VatMappingRow> rows;
    for (const VatMappingEntry& entry : mapping.entries)
        rows.append(VatMappingRow::fromEntry(entry));
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    m_problems.clear();
    m_problemsLabel->hide();
}

bool VatMappingWizardPage::validatePage()
{
    const QList<VatMappingValidator::Problem> problems =
        VatMappingValidator::cellProblems(m_model->rows(), m_ratesSeen, m_wizard.ledgers);
    m_model->setProblems(problems); // the wrong cells outlined, the reason as their tooltip
    m_problems.clear();
    for (const VatMappingValidator::Problem& problem : problems)
        m_problems.append(problem.text);
    m_problemsLabel->setText(m_problems.join(u'\n'));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    if (!m_problems.isEmpty())
        return false;
    m_wizard.vatMapping = {};
    for (const VatMappingRow& row : m_model->rows())
        m_wizard.vatMapping.entries.append(row.toEntry());
    return true;
}
