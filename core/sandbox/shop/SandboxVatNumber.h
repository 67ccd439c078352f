#pragma once

#include <QString>

// The VAT number the shop emulators give a business customer: the same in Magento's and PrestaShop's data and
// in the demo's VIES, so one rule makes them. A Belgian number is as Belgium issues them (ten digits, the last two
// 97 minus the first eight modulo 97), so an ICP sale to Belgium passes the offline check as a real one would; the
// other countries' are <country><10^8 + customer id>, shown and checked as the validator reads them.
namespace SandboxVatNumber {
QString of(const QString& countryCode, qint64 customerId);
}
