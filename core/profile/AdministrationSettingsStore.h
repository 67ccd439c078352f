#pragma once

#include "posting/AdministrationSettings.h"
#include "sync/SyncConfiguration.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

class Database;

// The administration's settings of a profile (the setup wizard's answers: booking form, payment term,
// template, ledgers, numbering, debtor matching), kept in the profile's store (table administration_settings):
// every desktop on a shared PostgreSQL store books with the same settings (issue 18). Nothing here is secret;
// absent settings read as the defaults of AdministrationSettings and SyncConfiguration.
//
// Before schema step 15 they lived in each desktop's QSettings under profiles/<profile>/administration/...:
// the first load of such a profile moves them into the store once (when the store holds none yet).
class AdministrationSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(AdministrationSettingsStore)

public:
    struct Saved
    {
        AdministrationSettings settings;
        SyncConfiguration::DebtorMatching debtorMatching = SyncConfiguration::DebtorMatching::Email;
        // Why the store could not be read (empty when it was): the settings above are then the defaults, which
        // must not be booked with.
        QString problem;
    };

    // The store's settings; when the store holds none but this desktop's settings file does (a profile set up
    // before they were kept in the store), those, written into the store first.
    static Saved load(const QString& profile, QSettings& settings, const Database& database);
    // Writes every setting into the store in one transaction; returns false (and writes nothing) when the store
    // refused. The desktop's old copy (settings file) is removed once the store has them.
    static bool save(const QString& profile, const Saved& saved, QSettings& settings, const Database& database);

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
