#include "ReportCommand.h"

#include "profile/ProfileConnection.h"
#include "reports/IcpListing.h"
#include "reports/OssSummary.h"
#include "reports/PeriodDocuments.h"
#include "reports/ReportCsv.h"
#include "reports/ReportPdf.h"
#include "reports/VatReport.h"

#include <cstring>

ReportCommand::ReportCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err)
    : m_profile(std::move(profile))
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{}

QString ReportCommand::help()
{
    return tr("report vat|icp|oss --from DATE --until DATE (or --quarter 2026Q4) [--csv FILE] [--pdf FILE]: the VAT "
              "reconciliation per VAT code, rate and country with its VAT return box, the ICP listing per customer "
              "VAT number, or the OSS summary per member state and rate, of the booked documents of the period; "
              "vat exits 1 when what is booked differs from the shop's figures.");
}

bool ReportCommand::wantsPdf(int argc, char* argv[])
{
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        report = report || std::strcmp(argv[i], "report") == 0;
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0;
    }
    return report && pdf;
}

int ReportCommand::run(const Request& request)
{
    if (request.report != u"vat" && request.report != u"icp" && request.report != u"oss") {
        m_err << tr("report takes vat, icp or oss.") << ' ' << help() << Qt::endl;
        return UsageError;
    }
    ReportPeriod period;
    if (!request.quarter.isEmpty()) {
        const std::optional<ReportPeriod> quarter = ReportPeriod::parseQuarter(request.quarter);
        if (!quarter || !request.from.isEmpty() || !request.until.isEmpty()) {
            m_err << tr("--quarter takes a quarter as 2026Q4, and goes without --from and --until.") << Qt::endl;
            return UsageError;
        }
        period = *quarter;
    } else {
        period = {QDate::fromString(request.from, Qt::ISODate), QDate::fromString(request.until, Qt::ISODate)};
        if (!period.isValid()) {
            m_err << tr("report needs --quarter (as 2026Q4), or --from and --until as YYYY-MM-DD, the second not "
                        "before the first.")
                  << Qt::endl;
            return UsageError;
        }
    }

    ProfileConnection connection(m_profile, m_settings);
    if (!connection.openStore()) {
        m_err << connection.problem() << Qt::endl;
        return connection.exitCode();
    }
    const SyncConfiguration configuration = connection.configuration();
    const QList<PeriodDocument> documents =
        PeriodDocuments::read(connection.database(), configuration.settings, configuration.vatMapping, period);

    ReportTable table;
    bool differs = false;
    if (request.report == u"vat") {
        const VatReport report = VatReport::build(documents, period);
        for (const VatReport::Line& line : report.lines)
            differs = differs || !line.difference().isZero();
        table = report.table();
    } else if (request.report == u"icp") {
        table = IcpListing::build(documents, period).table();
    } else {
        table = OssSummary::build(documents, period).table();
    }

    m_out << table.title << " - " << table.period << Qt::endl;
    m_out << table.headings.join(u'\t') << Qt::endl;
    for (const QStringList& line : std::as_const(table.lines))
        m_out << line.join(u'\t') << Qt::endl;
    if (!table.totals.isEmpty())
        m_out << table.totals.join(u'\t') << Qt::endl;
    for (const QString& note : std::as_const(table.notes))
        m_out << tr("Note: %1").arg(note) << Qt::endl;

    if (!request.csvFile.isEmpty()) {
        if (const QString error = ReportCsv::save(table, request.csvFile); !error.isEmpty()) {
            m_err << error << Qt::endl;
            return CannotWrite;
        }
        m_out << tr("CSV written to %1.").arg(request.csvFile) << Qt::endl;
    }
    if (!request.pdfFile.isEmpty()) {
        if (const QString error = ReportPdf::save(table, request.pdfFile); !error.isEmpty()) {
            m_err << error << Qt::endl;
            return CannotWrite;
        }
        m_out << tr("PDF written to %1.").arg(request.pdfFile) << Qt::endl;
    }
    return differs ? Differences : Success;
}
