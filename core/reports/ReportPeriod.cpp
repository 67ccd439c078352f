#include "ReportPeriod.h"

#include <QRegularExpression>

ReportPeriod ReportPeriod::ofQuarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::quarterOf(const QDate& date)
{
    return ofQuarter(date.year(), (date.month() - 1) / 3 + 1);
}

std::optional<ReportPeriod> ReportPeriod::parseQuarter(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return ofQuarter(match.captured(1).toInt(), match.captured(2).toInt());
}

QString ReportPeriod::quarterName() const
{
    if (!isValid())
        return {};
    const ReportPeriod quarter = quarterOf(from);
    if (quarter.from != from || quarter.until != until)
        return {};
    return QStringLiteral("%1Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
}

QString ReportPeriod::label() const
{
    const QString dates = QCoreApplication::translate("ReportPeriod", "%1 to %2")
                              .arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate));
    const QString quarter = quarterName();
    return quarter.isEmpty() ? dates : QStringLiteral("%1 (%2)").arg(quarter, dates);
}
