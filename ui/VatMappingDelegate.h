#pragma once

#include "eboekhouden/Ledger.h"
#include "money/VatRate.h"

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

class QComboBox;

// The drop-down editors of the VAT Mapping table: rates (the shop's and the Dutch ones, or typed), the four
// classes, the e-Boekhouden sale VAT codes, and the administration's ledgers ("8010 – Omzet laag"). Until
// e-Boekhouden is connected there is no ledger list, and ledgers are typed as free text. Typing into a filled
// cell replaces its text; a ledger may be typed as its code or its name. The drop-down list is as wide as its
// longest entry, whatever the column's width.
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
    // Outlines a cell the check refused (VatMappingModel::ProblemRole); its tooltip says why.
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The sale codes offered, in the order of the list (rules' VatCode: what posting accepts for sales).
    static QStringList vatCodeNames();
    static QColor problemColour();

private:
    static void fitListToEntries(QComboBox* combo);

    QList<Ledger> m_ledgers;
    QList<VatRate> m_ratesSeen;
};
