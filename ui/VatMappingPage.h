#pragma once

#include "eboekhouden/Ledger.h"
#include "money/VatRate.h"
#include "store/VatMappingValidator.h"

#include <QWidget>

class Database;
class QLabel;
class QTableView;
class VatMappingDelegate;
class VatMappingModel;

// VAT Mapping: which e-Boekhouden VAT code, revenue ledger and (for OSS) VAT ledger each shop rate is
// booked on. Edits stay in the table until Save; Save and Import refuse a mapping with problems and list
// them above the table, so an invalid mapping never reaches the store or a posting.
class VatMappingPage : public QWidget
{
    Q_OBJECT

public:
    explicit VatMappingPage(const Database& database, QWidget* parent = nullptr);

    // The administration's ledgers for the drop-downs and the check; empty = free text (not connected).
    void setLedgers(const QList<Ledger>& ledgers);
    // Takes the ledgers kept in the store (LedgerRepository) when there are any.
    void refreshLedgers();
    // What the proposal is made for: the shop's country, OSS registration, the administration's country ("NL"
    // or "BE", whose administrations take BE_* codes only; empty keeps the one set before). Until set: a Dutch
    // shop without OSS in a Dutch administration.
    void setAdministration(const QString& shopCountry, bool ossRegistered, const QString& administrationCountry);

    VatMappingModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // What stops the last Save or Import, as shown on the page; empty when it went through.
    QStringList problems() const { return m_problems; }

public slots:
    // Reads the saved mapping and the rates the stored documents use.
    void reload();
    void addRow();
    void removeSelectedRows();
    // Replaces the table with the proposal for the administration (VatMappingProposal: its ledgers by name, OSS
    // when registered or when the documents charge foreign VAT), not saved until Save.
    void proposeDefaults();
    bool save();
    bool exportCsv(const QString& path);
    // Replaces the table with the file's rows if they pass the same checks as Save (not saved yet).
    bool importCsv(const QString& path);

private slots:
    void chooseExportFile();
    void chooseImportFile();

public:
    // The CSV separator for the interface language: ";" in Dutch, as Dutch Excel reads and writes CSV, "," else.
    static QChar csvSeparator();

private:
    void showProblems(const QList<VatMappingValidator::Problem>& problems);
    void showStatus(const QString& text);

    const Database& m_database;
    VatMappingModel* m_model;
    VatMappingDelegate* m_delegate;
    QTableView* m_table;
    QLabel* m_problemsLabel;
    QLabel* m_status;
    QList<Ledger> m_ledgers;
    QList<VatRate> m_ratesSeen;
    QStringList m_problems;
    QString m_shopCountry = QStringLiteral("NL");
    bool m_ossRegistered = false;
    QString m_administrationCountry = QStringLiteral("NL");
};
