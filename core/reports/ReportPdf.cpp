#include "ReportPdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

QString ReportPdf::html(const ReportTable& table)
{
    const auto cell = [&](const QString& tag, int column, const QString& text) {
        const bool amount = table.amountColumns.contains(column);
        return QStringLiteral("<%1%2>%3</%1>")
            .arg(tag, amount ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    QString out = QStringLiteral("<html><body><h2>%1</h2><p>%2</p>"
                                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>")
                      .arg(table.title.toHtmlEscaped(), table.period.toHtmlEscaped());
    for (int c = 0; c < table.headings.size(); ++c)
        out += cell(QStringLiteral("th"), c, table.headings.at(c));
    out += QStringLiteral("</tr>");
    for (const QStringList& line : table.lines) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < line.size(); ++c)
            out += cell(QStringLiteral("td"), c, line.at(c));
        out += QStringLiteral("</tr>");
    }
    if (!table.totals.isEmpty()) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < table.totals.size(); ++c)
            out += QStringLiteral("<td%1><b>%2</b></td>")
                       .arg(table.amountColumns.contains(c) ? QStringLiteral(" align=\"right\"") : QString(),
                            table.totals.at(c).toHtmlEscaped());
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    if (table.lines.isEmpty())
        out += QStringLiteral("<p>%1</p>")
                   .arg(QCoreApplication::translate("ReportPdf", "Nothing in this period.").toHtmlEscaped());
    if (!table.notes.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("ReportPdf", "Notes").toHtmlEscaped());
        for (const QString& note : table.notes)
            out += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        out += QStringLiteral("</ul>");
    }
    return out + QStringLiteral("</body></html>");
}

QString ReportPdf::save(const ReportTable& table, const QString& path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ReportPdf", "Could not write %1: %2").arg(path, probe.errorString());
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(table.title);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(table.headings.size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html(table));
    document.print(&writer);
    if (QFile::exists(path) && QFile(path).size() > 0)
        return {};
    return QCoreApplication::translate("ReportPdf", "Could not write %1.").arg(path);
}
