#pragma once

#include "posting/AdministrationSettings.h"
#include "rules/VatMapping.h"
#include "vies/ViesSettings.h"

#include <chrono>

// Everything the sync engine needs to know besides the store and the connection: the administration's
// settings, the VAT mapping, how debtors are matched, and how patiently to retry.
struct SyncConfiguration
{
    enum class DebtorMatching
    {
        Email,        // an existing relation with the customer's e-mail address (the seeds' default)
        CustomerCode, // the debtor code known for the customer (Customer Code column), else e-mail
        // Magmodules' rule: the shop customer with its country and VAT number (DebtorRule::shopKey); a change of
        // either makes a new debtor. An imported relation of the same e-mail, country and VAT number is adopted.
        ShopCustomer,
    };

    AdministrationSettings settings;
    VatMapping vatMapping;
    DebtorMatching debtorMatching = DebtorMatching::Email;
    QString platformName = QStringLiteral("e-Boekhouden"); // the logs' Platform column
    // Where ICP sales' VAT numbers are checked (the real VIES unless BOEKHOUDBRUG_VIES_URL says otherwise).
    ViesSettings vies;

    // Network errors, 5xx, 429 and unreadable replies are retried this many times per document, waiting
    // firstRetryDelay, then twice as long each time (plus up to 25% jitter), or what Retry-After asks.
    int maxAttempts = 4;
    std::chrono::milliseconds firstRetryDelay{500};
    std::chrono::milliseconds maxRetryDelay{30000};

    // Documents booked in parallel, each by a worker thread with its own connection to the store and its
    // own e-Boekhouden client; clamped to 1..maxConcurrency. 1 books one at a time on the engine's thread.
    int concurrency = 1;
    static constexpr int maxConcurrency = 8;
    // Requests to e-Boekhouden per second for the whole run, all workers together, evenly spaced; 0: no
    // limit. e-Boekhouden documents no limit (API-eboekhouden.md §1.4), so this is the knob for when it
    // answers 429 too often or a shared administration must be spared; Retry-After is honoured either way.
    int maxRequestsPerSecond = 0;
};
