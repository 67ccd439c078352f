#include "SandboxVatNumber.h"

QString SandboxVatNumber::of(const QString& countryCode, qint64 customerId)
{
    if (countryCode == u"BE") {
        const qint64 body = 10000000 + customerId;
        return QStringLiteral("BE%1%2").arg(body).arg(97 - body % 97, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1%2").arg(countryCode).arg(100000000 + customerId);
}

QList<std::pair<QString, QString>> SandboxVatNumber::belgianRegistrations(const QList<qint64>& customers)
{
    QList<std::pair<QString, QString>> registrations;
    for (const qint64 customer : customers)
        registrations.append({of(QStringLiteral("BE"), customer), QStringLiteral("Bedrijf %1 BV").arg(customer)});
    return registrations;
}
