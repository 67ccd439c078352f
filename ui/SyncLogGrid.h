#pragma once

#include "store/SyncLogEntry.h"

#include <QWidget>

class Database;
class DateRangeFilter;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSettings;
class QTableView;
class QTimer;
class SyncLogTableModel;

// One synchronisation log (invoice, credit memo or customer): its filters (text, success, date range with
// Today / This week / …, platform), the grid with a column chooser and remembered column widths, a pane with
// the selected row in full, and CSV export. Double-click (or Enter) opens the row's document or customer.
class SyncLogGrid : public QWidget
{
    Q_OBJECT

public:
    SyncLogGrid(const Database& database, SyncLogEntry::Kind kind, QSettings& settings, QWidget* parent = nullptr);

    SyncLogTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    DateRangeFilter* dates() const { return m_dates; }
    bool exportTo(const QString& path);
    // The selected row in words, as the detail pane shows it (empty without a selection).
    QString detailText() const;
    // The settings key of this grid's column widths.
    QString widthsKey() const;

public slots:
    void applyFilter();
    void exportCsv();
    // Opens the row's document (View) or customer; returns the dialog, or nullptr when the row names neither.
    QDialog* openRow(const QModelIndex& index);

private:
    void showDetail();
    void fillPlatforms();
    void saveWidths();

    const Database& m_database;
    QSettings& m_settings;
    SyncLogTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_success;
    QComboBox* m_platform;
    DateRangeFilter* m_dates;
    QLabel* m_detail;
    QTimer* m_searchDelay;
};
