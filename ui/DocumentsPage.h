#pragma once

#include "domain/DocumentKind.h"

#include <QUrl>
#include <QWidget>

class Database;
class DocumentTableModel;
class QAction;
class QPushButton;
class RowActions;
class SyncRunner;
struct SyncConfiguration;
class QComboBox;
class DateRangeFilter;
class QLineEdit;
class QSettings;
class QTableView;
class QTimer;

// The Invoices or Credit Memos grid with its filter bar: website, country, date range, status and free text.
class DocumentsPage : public QWidget
{
    Q_OBJECT

public:
    DocumentsPage(const Database& database, DocumentKind kind, QSettings& settings, QWidget* parent = nullptr);

    DocumentTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Enables Preview, Push and Reprocess: the rules' configuration and the engine that books.
    void setSync(SyncRunner* runner, const SyncConfiguration* configuration);
    // The shop's back office, for "Open in shop"; without it the action stays off.
    void setShopAdminUrl(const QUrl& adminUrl);
    QList<qint64> selectedDocumentIds() const;
    // Tests switch the question before a bulk push off.
    void setConfirmBulkPush(bool confirm) { m_confirmBulk = confirm; }

public slots:
    void applyFilter();
    void reloadChoices();
    void showSelectedDocument();
    void previewSelectedDocument();
    void pushSelectedDocuments();
    // Everything the filter bar selects (after asking: it may be thousands of documents).
    void pushFilteredDocuments();
    void reprocessSelectedDocuments();
    void markSelectedBookedByHand();
    // Booked documents whose e-Boekhouden booking is not theirs (another kind, sign, amount or relation) are
    // offered again; the selected ones, or all booked ones when none is selected.
    void checkLinks();
    void openSelectedDocumentInShop();

private:
    // On, off and tooltips by what is selected and whether a sync is running.
    void updateRowActions();
    QUrl shopLink(qint64 documentId) const;

    const Database& m_database;
    DocumentKind m_kind;
    DocumentTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_state;
    QComboBox* m_website;
    QComboBox* m_country;
    DateRangeFilter* m_dates;
    QTimer* m_searchDelay;
    RowActions* m_rowActions = nullptr;
    QAction* m_viewAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_pushAction = nullptr;
    QAction* m_reprocessAction = nullptr;
    QAction* m_bookedByHandAction = nullptr;
    QAction* m_checkLinksAction = nullptr;
    QAction* m_openInShopAction = nullptr;
    QUrl m_shopAdminUrl;
    QPushButton* m_pushButton = nullptr;
    QPushButton* m_pushAllButton = nullptr;
    bool m_confirmBulk = true;
    SyncRunner* m_runner = nullptr;
    const SyncConfiguration* m_configuration = nullptr;
};
