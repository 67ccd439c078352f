#pragma once

#include "store/VatMappingRow.h"

#include <QAbstractTableModel>
#include <QList>

// The rows of the VAT Mapping table, edited in memory until the page saves them. Display shows the
// bookkeeper's words ("21 %", "Domestic", "Any country"); EditRole carries the stored form (rate as "21" or
// empty, class as "domestic", the code's name), which the drop-down editors read and write.
class VatMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rate,
        Class,
        Country,
        VatCodeColumn,
        RevenueLedger,
        VatLedger,
        ColumnCount,
    };

    explicit VatMappingModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    const QList<VatMappingRow>& rows() const { return m_rows; }
    void setRows(const QList<VatMappingRow>& rows);
    // Appends a row and returns its number.
    int appendRow(const VatMappingRow& row = {});

signals:
    // An edit, an added or removed row: the table differs from what was loaded or saved.
    void edited();

private:
    QList<VatMappingRow> m_rows;
};
