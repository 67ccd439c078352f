#include "TokenExpiry.h"

#include <QLocale>

TokenExpiry::Stage TokenExpiry::stage(const QDate& endDate, const QDate& today)
{
    if (!endDate.isValid())
        return Stage::Fine;
    const qint64 days = today.daysTo(endDate);
    if (days < 0)
        return Stage::Expired;
    if (days <= 1)
        return Stage::LastDay;
    if (days <= 7)
        return Stage::Week;
    if (days <= 30)
        return Stage::Month;
    return Stage::Fine;
}

QString TokenExpiry::warning(const QDate& endDate, const QDate& today)
{
    const QString date = QLocale().toString(endDate, QLocale::LongFormat);
    switch (stage(endDate, today)) {
    case Stage::Fine:
        return {};
    case Stage::Expired:
        return tr("The e-Boekhouden API token ended on %1: nothing can be booked. Make a new token in e-Boekhouden "
                  "(Beheer > Inrichting > Koppelingen > API) and enter it in Settings > Connection.")
            .arg(date);
    case Stage::LastDay:
    case Stage::Week:
    case Stage::Month:
        break;
    }
    return tr("The e-Boekhouden API token ends on %1, in %n day(s). Make a new token in e-Boekhouden (Beheer > "
              "Inrichting > Koppelingen > API) and enter it in Settings > Connection before then.",
              nullptr, int(today.daysTo(endDate)))
        .arg(date);
}
