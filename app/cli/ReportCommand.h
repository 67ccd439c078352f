#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

// `boekhoudbrug-cli report vat|icp|oss --from D --until D | --quarter 2026Q4 [--csv FILE] [--pdf FILE]`: the VAT
// reconciliation, the ICP listing or the OSS summary of a period (core/reports, issue 16 items 3 to 6), printed as
// a table with totals and notes, and written as CSV and/or PDF. Exit codes: 0 written (for vat: and every line's
// difference is zero), 1 vat: a line's shop and booked amounts differ (the notes say why), 64 wrong usage,
// 73 a file could not be written, 78 not configured.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    enum ExitCode
    {
        Success = 0,
        Differences = 1,
        UsageError = 64,
        CannotWrite = 73, // EX_CANTCREAT
        NotConfigured = 78,
    };

    struct Request
    {
        QString report;  // vat, icp, oss
        QString from;    // YYYY-MM-DD
        QString until;   // YYYY-MM-DD
        QString quarter; // 2026Q4; instead of from and until
        QString csvFile;
        QString pdfFile;
    };

    ReportCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err);

    int run(const Request& request);
    static QString help();
    // Whether the command line asks for a PDF: main() then starts a QGuiApplication, which QtGui's fonts need.
    static bool wantsPdf(int argc, char* argv[]);

private:
    QString m_profile;
    QSettings& m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
};
