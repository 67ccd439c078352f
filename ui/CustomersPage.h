#pragma once

#include <QWidget>

class CustomerTableModel;
class Database;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSettings;
class SyncRunner;
class QTableView;
class QTimer;

// The Customers grid (seed 000's columns) with its filters: web site, synced or not, free text; View and
// "Push to e-Boekhouden" (update or create the debtor) for the selection, from the toolbar and the context menu.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    CustomersPage(const Database& database, QSettings& settings, QWidget* parent = nullptr);

    CustomerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Enables the push: the engine that books (the window's).
    void setSync(SyncRunner* runner);
    QList<qint64> selectedCustomerIds() const;

public slots:
    void applyFilter();
    void showSelectedCustomer();
    void pushSelectedCustomers();

private:
    void showContextMenu(const QPoint& position);

    const Database& m_database;
    CustomerTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_website;
    QComboBox* m_synced;
    QTimer* m_searchDelay;
    QPushButton* m_viewButton;
    QPushButton* m_pushButton;
    SyncRunner* m_runner = nullptr;
};
