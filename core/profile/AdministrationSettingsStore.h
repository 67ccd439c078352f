#pragma once

#include "posting/AdministrationSettings.h"
#include "sync/SyncConfiguration.h"

#include <QSettings>
#include <QString>

class Database;

// The administration's settings of a profile (the setup wizard's answers: booking form, payment term,
// template, ledgers, numbering, debtor matching) in QSettings under profiles/<profile>/administration/...
// Nothing here is secret. Absent keys read as the defaults of AdministrationSettings and SyncConfiguration.
class AdministrationSettingsStore
{
public:
    struct Saved
    {
        AdministrationSettings settings;
        SyncConfiguration::DebtorMatching debtorMatching = SyncConfiguration::DebtorMatching::Email;
    };

    static Saved load(const QString& profile, QSettings& settings);
    static void save(const QString& profile, const Saved& saved, QSettings& settings);

    // Everything the sync engine of a profile books with: these settings and the VAT mapping saved in the
    // profile's store (or the default proposal for the shop's country while none is saved). The app and the
    // CLI build it here, so both book the same way.
    static SyncConfiguration configuration(const QString& profile, QSettings& settings, const Database& database);

    // How hard a sync may push (Settings page; the CLI's --concurrency and --rate win for their run): documents
    // booked at the same time and requests per second at most (0: no limit). Kept for the computer, beside the
    // sync interval, not per administration.
    static QString concurrencyKey() { return QStringLiteral("sync/concurrency"); }
    static QString maxRequestsPerSecondKey() { return QStringLiteral("sync/maxRequestsPerSecond"); }
};
