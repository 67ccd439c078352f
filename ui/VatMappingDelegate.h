#pragma once

#include "eboekhouden/Ledger.h"
#include "money/VatRate.h"

#include <QList>
#include <QStyledItemDelegate>

// The drop-down editors of the VAT Mapping table: rates (the shop's and the Dutch ones, or typed), the four
// classes, the e-Boekhouden sale VAT codes, and the administration's ledgers. Until e-Boekhouden is
// connected there is no ledger list, and ledgers are typed as free text.
class VatMappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit VatMappingDelegate(QObject* parent = nullptr);

    void setLedgers(const QList<Ledger>& ledgers) { m_ledgers = ledgers; }
    void setRatesSeen(const QList<VatRate>& rates) { m_ratesSeen = rates; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // The sale codes offered, in the order of the list (rules' VatCode: what posting accepts for sales).
    static QStringList vatCodeNames();

private:
    QList<Ledger> m_ledgers;
    QList<VatRate> m_ratesSeen;
};
