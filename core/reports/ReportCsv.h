#pragma once

#include "ReportTable.h"

#include <QByteArray>
#include <QString>

// A report as CSV: one header row (ReportTable::csvHeader), then one row a line; no totals, no notes, so that a
// spreadsheet or another program reads it as it is. Comma separated, fields quoted where they hold a comma, quote
// or line break (RFC 4180), UTF-8, CRLF line ends.
class ReportCsv
{
public:
    static QByteArray write(const ReportTable& table);
    // Writes to `path`; on failure the reason, for the bookkeeper.
    static QString save(const ReportTable& table, const QString& path);
};
