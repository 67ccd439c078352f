#pragma once

#include "eboekhouden/InvoiceTemplate.h"
#include "eboekhouden/Ledger.h"
#include "posting/AdministrationSettings.h"
#include "SetupCheckLine.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QProcessEnvironment>
#include <QSettings>

#include <functional>
#include <optional>

class Database;

// "Check my setup" (Settings) and `boekhoudbrug-cli doctor`: everything that would make a sync fail or stop,
// checked before it does: both connections, the token's end date, the ledgers and template the settings name,
// whether every VAT rate of the waiting documents is mapped, settings that cannot work together, the keychain,
// the schedule. Each check is a function of its own, so that a test can hand it a situation; run() does them all
// against the live services. Blocking (network): call it off the GUI thread.
class SetupCheck
{
    Q_DECLARE_TR_FUNCTIONS(SetupCheck)

public:
    struct Context
    {
        QString profile;
        QSettings* settings = nullptr;
        const Database* database = nullptr; // the profile's store; null: its checks are left out
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QDate today = QDate::currentDate();
        // Whether the system's scheduler holds the profile's sync; unset: not asked (the scheduler line is left out).
        std::function<bool()> scheduledInSystem;
    };

    static QList<SetupCheckLine> run(const Context& context);

    // The single checks, each pure.
    static SetupCheckLine tokenEndDate(const QDate& endDate, const QDate& today);
    static QList<SetupCheckLine> combinations(const AdministrationSettings& settings);
    static QList<SetupCheckLine> ledgers(const AdministrationSettings& settings, const QList<Ledger>& ledgers);
    static SetupCheckLine invoiceTemplate(const AdministrationSettings& settings,
                                          const std::optional<QList<InvoiceTemplate>>& templates);
    static SetupCheckLine vatMapping(const QString& profile, QSettings& settings, const Database& database);
    static SetupCheckLine schedule(bool wanted, bool registered);

    // The worst level of `lines`.
    static SetupCheckLine::Level worst(const QList<SetupCheckLine>& lines);
    // "[ok]", "[!]", "[X]" and the words, for the CLI.
    static QString text(const SetupCheckLine& line);
};
