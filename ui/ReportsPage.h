#pragma once

#include "reports/IcpListing.h"
#include "reports/OssSummary.h"
#include "reports/VatReport.h"
#include "sync/SyncConfiguration.h"

#include <QWidget>

class Database;
class DateRangeFilter;
class QChart;
class QComboBox;
class QLabel;
class QPushButton;
class QShowEvent;
class QTabWidget;
class QTableWidget;

// The Reports page (issue 16 item 6): a period (a quarter from the list, or any range), then the VAT
// reconciliation with its return boxes, the ICP listing and the OSS summary of that period as tables with
// totals and notes, a chart of the VAT per rate and country (shop against booked), and each report exported as
// CSV or PDF. The figures come from core/reports; this page only shows them.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        VatTab,
        IcpTab,
        OssTab,
    };

    explicit ReportsPage(const Database& database, QWidget* parent = nullptr);

    // The settings and VAT mapping the reports split documents with (the app's booking configuration).
    void setConfiguration(const SyncConfiguration* configuration);
    // The period to report on; until one is chosen (here or on the page) the page follows the quarter of the
    // newest document in the store, else this quarter.
    void setPeriod(const QDate& from, const QDate& until);
    // Reads the period's documents again and fills the tables.
    void refresh();
    // The same, but only when the page is seen: after a sync the window marks it, and it is read when shown
    // (a quarter of many documents is split per VAT code on the GUI thread).
    void refreshWhenShown();

    // The report of a tab as a file: empty on success, else the reason (also shown to the user by the buttons).
    QString exportCsv(Tab tab, const QString& path) const;
    QString exportPdf(Tab tab, const QString& path) const;

    QTableWidget* table(Tab tab) const;
    QLabel* notes(Tab tab) const;
    QChart* chart() const { return m_chart; }
    const VatReport& vatReport() const { return m_vat; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    ReportTable reportTable(Tab tab) const;
    void fill(Tab tab);
    void fillChart();
    void exportCurrent(bool pdf);
    void showQuarterOf(const QDate& from, const QDate& until);

    const Database& m_database;
    const SyncConfiguration* m_configuration = nullptr;
    QComboBox* m_quarter;
    DateRangeFilter* m_range;
    QTabWidget* m_tabs;
    QList<QTableWidget*> m_tables;
    QList<QLabel*> m_notes;
    QChart* m_chart;
    VatReport m_vat;
    IcpListing m_icp;
    OssSummary m_oss;
    bool m_periodChosen = false;
    bool m_stale = false;
};
