#pragma once

#include "SandboxVatNumber.h"
#include "ViesEmulator.h"

#include <memory>

// A VIES emulator on 127.0.0.1 for the CLI tests on Magento's emulator: its Belgian business customers are
// registered, as a real shop's are, so their ICP sales pass VIES. Magento's emulator gives invoice i to customer
// 1 + (i - 1) / 2. Nothing when it cannot listen.
inline std::unique_ptr<ViesEmulator> startedViesForMagento(int invoices)
{
    auto vies = std::make_unique<ViesEmulator>();
    QList<qint64> customers;
    for (qint64 customer = 1; customer <= 1 + (invoices - 1) / 2; ++customer)
        customers.append(customer);
    for (const auto& [number, name] : SandboxVatNumber::belgianRegistrations(customers))
        vies->addRegistered(number, name);
    if (!vies->start())
        return nullptr;
    return vies;
}
