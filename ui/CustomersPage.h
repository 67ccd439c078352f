#pragma once

#include <QWidget>

class CustomerTableModel;
class Database;
class QComboBox;
class QLineEdit;
class QSettings;
class QTableView;
class QTimer;

// The Customers grid (seed 000's columns) with its filters: web site, synced or not, free text.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    CustomersPage(const Database& database, QSettings& settings, QWidget* parent = nullptr);

    CustomerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    void applyFilter();

private:
    CustomerTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_website;
    QComboBox* m_synced;
    QTimer* m_searchDelay;
};
