#pragma once

#include "domain/DocumentKind.h"

#include <QWidget>

class Database;
class DocumentTableModel;
class QPushButton;
class SyncRunner;
struct SyncConfiguration;
class QComboBox;
class DateFilterEdit;
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

private:
    void showContextMenu(const QPoint& position);

    const Database& m_database;
    DocumentKind m_kind;
    DocumentTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_state;
    QComboBox* m_website;
    QComboBox* m_country;
    DateFilterEdit* m_from;
    DateFilterEdit* m_until;
    QTimer* m_searchDelay;
    QPushButton* m_pushButton = nullptr;
    QPushButton* m_pushAllButton = nullptr;
    bool m_confirmBulk = true;
    SyncRunner* m_runner = nullptr;
    const SyncConfiguration* m_configuration = nullptr;
};
