#pragma once

#include <QUrl>
#include <QWidget>

class CustomerTableModel;
class EmptyGridNotice;
class Database;
class QComboBox;
class QLineEdit;
class QAction;
class RowActions;
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
    // The shop's back office, for "Open in shop"; without it the action stays off.
    void setShopAdminUrl(const QUrl& adminUrl);
    QList<qint64> selectedCustomerIds() const;

public slots:
    void applyFilter();
    void showSelectedCustomer();
    void pushSelectedCustomers();
    void openSelectedCustomerInShop();

private:
    void updateRowActions();
    void updateEmptyState();
    QUrl shopLink(qint64 customerId) const;

    const Database& m_database;
    CustomerTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_website;
    QComboBox* m_synced;
    QTimer* m_searchDelay;
    EmptyGridNotice* m_empty = nullptr;
    RowActions* m_rowActions = nullptr;
    QAction* m_viewAction = nullptr;
    QAction* m_pushAction = nullptr;
    QAction* m_openInShopAction = nullptr;
    QUrl m_shopAdminUrl;
    SyncRunner* m_runner = nullptr;
};
