#pragma once

#include "domain/DocumentKind.h"
#include "store/SyncState.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class Database;
class DocumentTableModel;
class EBoekhoudenClient;
class EmptyGridNotice;
class QAction;
class QPushButton;
class RowActions;
class SyncRunner;
struct SyncConfiguration;
class QComboBox;
class QLabel;
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
    // How Preview reaches e-Boekhouden for the read-only look-ups that make the request body of a document not yet
    // booked (issue 15); without it Preview shows the rules' posting and says it is not connected.
    void setPreviewClient(std::function<std::unique_ptr<EBoekhoudenClient>()> factory);
    // The shop's back office, for "Open in shop"; without it the action stays off.
    void setShopAdminUrl(const QUrl& adminUrl);
    QList<qint64> selectedDocumentIds() const;
    // Tests switch the question before a bulk push off.
    void setConfirmBulkPush(bool confirm) { m_confirmBulk = confirm; }
    // The failed and unreadable documents of this grid, as the navigation and the filter count them.
    int needsAttentionCount() const { return m_needsAttention; }
    // What the page last said about an action that did nothing (e.g. Reprocess on a booked document).
    QString notice() const;

signals:
    // The empty grid's "Import from the shop…": the window asks for a period and reads it.
    void importRequested();
    // The number of documents needing attention changed (the navigation shows it).
    void needsAttentionChanged(int count);

public slots:
    void applyFilter();
    // Re-reads the grid after the store changed, keeping the selected documents selected.
    void refresh();
    // Shows only what needs attention: failed and unreadable documents, every other filter cleared.
    void showNeedsAttention();
    // Shows only the documents in `state`, every other filter cleared (the Dashboard's "Waiting" tile).
    void showState(SyncState state);
    void clearFilter();
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
    // The line under the grid ("12 of 450 invoices", the sums), the filter's count, the empty state.
    void updateSummary();
    void showNotice(const QString& text);
    // Clears every filter but the state: `state`, or needs attention when none.
    void showOnly(std::optional<SyncState> state);
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
    QLabel* m_summary = nullptr;
    QLabel* m_notice = nullptr;
    EmptyGridNotice* m_emptyState = nullptr;
    int m_needsAttention = 0;
    bool m_keepNotice = false; // while the page itself reselects rows
    int m_allCount = 0;        // documents of this kind, unfiltered
    QPushButton* m_pushButton = nullptr;
    QPushButton* m_pushAllButton = nullptr;
    bool m_confirmBulk = true;
    SyncRunner* m_runner = nullptr;
    const SyncConfiguration* m_configuration = nullptr;
    std::function<std::unique_ptr<EBoekhoudenClient>()> m_previewClient;
};
