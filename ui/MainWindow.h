#pragma once

#include <QMainWindow>

class Database;
class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

// The main window: navigation on the left, one page per area of the product on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The order of the navigation; also the index of each page in the stack.
    enum class Page
    {
        Dashboard,
        Invoices,
        CreditMemos,
        Customers,
        VatMapping,
        SynchronisationLogs,
        Settings,
    };
    Q_ENUM(Page)

    // Without a database (it could not be opened) the grids show what is wrong instead of data.
    explicit MainWindow(QSettings& settings, const Database* database = nullptr, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

public slots:
    void showAbout();

private:
    void addPage(Page page, const QString& title, QWidget* widget);
    void createMenus();

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_connectionStatus;
};
