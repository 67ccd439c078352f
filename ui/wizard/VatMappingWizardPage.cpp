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
{
    setTitle(tr("VAT mapping"));
    setSubTitle(tr("Which e-Boekhouden VAT code and ledgers each VAT rate of the shop is booked on. The proposal "
                   "covers the rates found in the imported documents; adjust it where your administration differs."));
    m_table->setObjectName(QStringLiteral("vatMappingTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problemsLabel->setObjectName(QStringLiteral("problems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemsLabel->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_table, 1);
}

void VatMappingWizardPage::initializePage()
{
    const VatMappingRepository repository(m_wizard.database());
    m_ratesSeen = repository.ratesSeen();
    m_delegate->setRatesSeen(m_ratesSeen);
    m_delegate->setLedgers(m_wizard.ledgers);
    VatMapping::Proposal proposal;
    proposal.shopCountry = m_wizard.administration.settings.shopCountry;
    proposal.revenueLedger = m_wizard.revenueLedger;
    proposal.ossVatLedger = m_wizard.ossVatLedger;
    // A Belgian administration takes BE_* codes only (API-eboekhouden.md C6).
    const VatMapping mapping = VatMappingProposal::forAdministrationCountry(
        VatMappingProposal::fromRatesSeen(proposal, m_wizard.administration.settings.ossRegistered,
                                          repository.ratesSeenByCountry()),
        m_wizard.credentials.country);
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
    m_problems = VatMappingValidator::problems(m_model->rows(), m_ratesSeen, m_wizard.ledgers);
    m_problemsLabel->setText(m_problems.join(u'\n'));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    if (!m_problems.isEmpty())
        return false;
    m_wizard.vatMapping = {};
    for (const VatMappingRow& row : m_model->rows())
        m_wizard.vatMapping.entries.append(row.toEntry());
    return true;
}
