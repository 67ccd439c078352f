#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// The period a report covers: from and until, both inclusive, as local dates (the documents' booking dates).
// The VAT return, the ICP listing and the OSS return are quarterly, so a quarter is the usual period.
struct ReportPeriod
{
    QDate from;
    QDate until;

    bool isValid() const { return from.isValid() && until.isValid() && from <= until; }

    // Quarter `quarter` (1..4) of `year`.
    static ReportPeriod ofQuarter(int year, int quarter);
    // The quarter `date` lies in.
    static ReportPeriod quarterOf(const QDate& date);
    // "2026Q4" (also "2026-Q4", "q4 2026" is not accepted: one way to write it), nothing for anything else.
    static std::optional<ReportPeriod> parseQuarter(const QString& text);
    // Whether the period is exactly one quarter, and which ("2026Q4"); empty otherwise.
    QString quarterName() const;
    // "2026-10-01 to 2026-12-31", or "2026Q4 (2026-10-01 to 2026-12-31)" for a quarter.
    QString label() const;
};
