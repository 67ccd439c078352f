#include "SandboxVatNumber.h"

QString SandboxVatNumber::of(const QString& countryCode, qint64 customerId)
{
    if (countryCode == u"BE") {
        const qint64 body = 10000000 + customerId;
        return QStringLiteral("BE%1%2").arg(body).arg(97 - body % 97, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1%2").arg(countryCode).arg(100000000 + customerId);
}
