#pragma once

#include <QList>
#include <QString>

#include <utility>

// The VAT number the shop emulators give a business customer: the same in Magento's and PrestaShop's data and
// in the demo's VIES, so one rule makes them. A Belgian number is as Belgium issues them (ten digits, the last two
// 97 minus the first eight modulo 97), so an ICP sale to Belgium passes the offline check as a real one would; the
// other countries' are <country><10^8 + customer id>, shown and checked as the validator reads them.
namespace SandboxVatNumber {
QString of(const QString& countryCode, qint64 customerId);
// The Belgian numbers of `customers` with the name their companies carry in the emulators ("Bedrijf <id> BV"),
// for a VIES emulator to register: the sales of those customers then pass VIES as a real administration's do.
QList<std::pair<QString, QString>> belgianRegistrations(const QList<qint64>& customers);
} // namespace SandboxVatNumber
