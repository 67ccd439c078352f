#include "VatMappingCsv.h"

#include "store/VatMappingRepository.h"

namespace {

// Quoted only where needed, so "5,5" stays a number in a file split on ";".
QString field(const QString& value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_qs);
    return u'"' + quoted + u'"';
}

// Splits one line into fields; a quoted field may hold the separator and doubled quotes.
QStringList splitLine(const QString& line, QChar separator)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                current.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            fields.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    fields.append(current);
    return fields;
}

} // namespace

QStringList VatMappingCsv::header()
{
    return {QStringLiteral("rate"),     QStringLiteral("class"),          QStringLiteral("country"),
            QStringLiteral("vat_code"), QStringLiteral("revenue_ledger"), QStringLiteral("vat_ledger")};
}

bool VatMappingCsv::write(const QList<VatMappingRow>& rows, QIODevice& out, QChar separator)
{
    if (out.write((header().join(separator) + u"\r\n"_qs).toUtf8()) < 0)
        return false;
    for (const VatMappingRow& row : rows) {
        QString rate = row.rate ? row.rate->toString() : QString();
        if (separator == u';') // the spreadsheet that splits on ";" reads "5,5" as a number, "5.5" as a date
            rate.replace(u'.', u',');
        const QStringList fields{field(rate, separator),
                                 VatMappingRepository::className(row.documentClass),
                                 field(row.country, separator),
                                 field(row.vatCode, separator),
                                 field(row.revenueLedger, separator),
                                 field(row.vatLedger, separator)};
        if (out.write((fields.join(separator) + u"\r\n"_qs).toUtf8()) < 0)
            return false;
    }
    return true;
}

VatMappingCsv::Read VatMappingCsv::read(QIODevice& in)
{
    Read result;
    QString text = QString::fromUtf8(in.readAll());
    if (text.startsWith(QChar(0xFEFF))) // spreadsheets like to start UTF-8 with a byte order mark
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    if (lines.isEmpty() || lines.first().trimmed().isEmpty()) {
        result.problems.append(tr("The file is empty."));
        return result;
    }
    const QString firstLine = lines.first().trimmed();
    const QChar separator = firstLine.count(u';') > firstLine.count(u',') ? u';' : u',';
    QStringList names = splitLine(firstLine, separator);
    for (QString& name : names)
        name = name.trimmed().toLower();
    if (names != header()) {
        result.problems.append(tr("The first line must name the columns: %1.").arg(header().join(u", "_qs)));
        return result;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QString number = QString::number(i + 1);
        const QStringList fields = splitLine(line, separator);
        if (fields.size() != header().size()) {
            result.problems.append(
                tr("Line %1: expected %2 columns, found %3.").arg(number).arg(header().size()).arg(fields.size()));
            continue;
        }
        VatMappingRow row;
        if (!VatMappingRow::parseRate(fields.at(0), row.rate)) {
            result.problems.append(tr("Line %1: %2 is not a VAT percentage.").arg(number, fields.at(0)));
            continue;
        }
        const std::optional<DocumentClass> documentClass = VatMappingRepository::classFromName(fields.at(1));
        if (!documentClass) {
            result.problems.append(
                tr("Line %1: the class must be domestic, icp, export or oss, not %2.").arg(number, fields.at(1)));
            continue;
        }
        row.documentClass = *documentClass;
        row.country = fields.at(2).trimmed().toUpper();
        row.vatCode = fields.at(3).trimmed().toUpper();
        row.revenueLedger = fields.at(4).trimmed();
        row.vatLedger = fields.at(5).trimmed();
        result.rows.append(row);
    }
    return result;
}
