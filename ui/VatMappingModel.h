#pragma once

#include "eboekhouden/Ledger.h"
#include "store/VatMappingRow.h"
#include "store/VatMappingValidator.h"

#include <QAbstractTableModel>
#include <QList>

// The rows of the VAT Mapping table, edited in memory until the page saves them. Display shows the
// bookkeeper's words ("21 %", "Domestic", "Any country"); EditRole carries the stored form (rate as "21" or
// empty, class as "domestic", the code's name), which the drop-down editors read and write. A ledger known to
// the administration shows its name beside its code ("8010 – Omzet laag"); a cell the check refused carries
// the reason (ProblemRole, and as its tooltip) until it is edited.
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

    // The reason(s) the check refused a cell, one a line; empty when the cell is fine.
    static constexpr int ProblemRole = Qt::UserRole + 1;

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

    // The administration's ledgers, for the names beside the codes.
    void setLedgers(const QList<Ledger>& ledgers);
    // What the check found (VatMappingValidator::cellProblems), tied to cells; replaces what was shown before.
    void setProblems(const QList<VatMappingValidator::Problem>& problems);
    // The problems of the cell, one a line.
    QString problemsOf(const QModelIndex& index) const;
    // "8010 – Omzet laag" for a known code, the code itself otherwise.
    QString ledgerText(const QString& code) const;

signals:
    // An edit, an added or removed row: the table differs from what was loaded or saved.
    void edited();

private:
    void clearProblemsOfRow(int row);

    QList<VatMappingRow> m_rows;
    QList<Ledger> m_ledgers;
    QList<VatMappingValidator::Problem> m_problems;
};
