#pragma once

#include "ReportTable.h"

#include <QString>

// A report as a PDF of A4 pages, written with Qt's own writer (QPdfWriter, QTextDocument): the title, the period,
// the table with its totals, and the notes. Needs QtGui and a QGuiApplication (fonts); it is the one part of the
// reports that does, which is why it is a library of its own (boekhoudbrug_reports_pdf): the figures stay in the
// Gui-free engine.
class ReportPdf
{
public:
    // Writes to `path`; on failure the reason, for the bookkeeper.
    static QString save(const ReportTable& table, const QString& path);
    // The HTML the PDF is laid out from (also what a print preview would show).
    static QString html(const ReportTable& table);
};
