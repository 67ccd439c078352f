#pragma once

#include "posting/AdministrationSettings.h"
#include "rules/VatMapping.h"

#include <chrono>

// Everything the sync engine needs to know besides the store and the connection: the administration's
// settings, the VAT mapping, how debtors are matched, and how patiently to retry.
struct SyncConfiguration
{
    enum class DebtorMatching
    {
        Email,        // an existing relation with the customer's e-mail address (the seeds' default)
        CustomerCode, // the debtor code known for the customer (Customer Code column), else e-mail
    };

    AdministrationSettings settings;
    VatMapping vatMapping;
    DebtorMatching debtorMatching = DebtorMatching::Email;
    QString platformName = QStringLiteral("e-Boekhouden"); // the logs' Platform column

    // Network errors, 5xx, 429 and unreadable replies are retried this many times per document, waiting
    // firstRetryDelay, then twice as long each time (plus up to 25% jitter), or what Retry-After asks.
    int maxAttempts = 4;
    std::chrono::milliseconds firstRetryDelay{500};
    std::chrono::milliseconds maxRetryDelay{30000};
};
