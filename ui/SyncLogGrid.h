#pragma once

#include "store/SyncLogEntry.h"

#include <QWidget>

class Database;
class QComboBox;
class DateRangeFilter;
class QLineEdit;
class QTableView;
class QTimer;
class SyncLogTableModel;

// One synchronisation log (invoice, credit memo or customer) with its filters and CSV export.
class SyncLogGrid : public QWidget
{
    Q_OBJECT

public:
    SyncLogGrid(const Database& database, SyncLogEntry::Kind kind, QWidget* parent = nullptr);

    SyncLogTableModel* model() const { return m_model; }
    bool exportTo(const QString& path);

public slots:
    void applyFilter();
    void exportCsv();

private:
    const Database& m_database;
    SyncLogTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_success;
    DateRangeFilter* m_dates;
    QTimer* m_searchDelay;
};
