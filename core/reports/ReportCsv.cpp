#include "ReportCsv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {

QString field(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString row(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields)
        out.append(field(f));
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QByteArray ReportCsv::write(const ReportTable& table)
{
    QString text = row(table.csvHeader);
    // Only the CSV's fixed columns (issue 16 item 6): a screen's extra column (the ICP listing's VIES) stays there.
    for (const QStringList& line : table.lines)
        text += row(line.mid(0, table.csvHeader.size()));
    return text.toUtf8();
}

QString ReportCsv::save(const ReportTable& table, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(table)) < 0 || !file.commit())
        return QCoreApplication::translate("ReportCsv", "Could not write %1: %2").arg(path, file.errorString());
    return {};
}
