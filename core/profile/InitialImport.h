#pragma once

#include "shop/PullReport.h"
#include "shop/ShopConnectionSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

// The setup wizard's first import: reads the shop into the local store, books nothing. Without a start date
// it is the ordinary incremental pull (everything the first time; later syncs continue from its watermarks);
// with one, a backfill of the documents created from that date until today. Blocking: run it on a worker
// thread, which opens its own store connection and connector.
class InitialImport
{
    Q_DECLARE_TR_FUNCTIONS(InitialImport)

public:
    using Progress = std::function<void(const QString& resource, int documents)>;

    struct Outcome
    {
        PullReport report;
        bool cancelled = false;
        int documents = 0;
        QString message; // for the bookkeeper: what was read, or what went wrong
        bool ok() const { return !cancelled && report.ok() && !report.resources.isEmpty(); }
    };

    static Outcome run(const QString& databasePath, const ShopConnectionSettings::Factory& connectorFactory,
                       const QDate& from, const std::atomic_bool& cancelled, const Progress& progress);

    // What an import says: what it added, and, when the store held documents already, how many (a second
    // import reads "Already known: 60 invoices, … From the shop: 0 new invoices, …", not "Imported 0").
    static QString message(int invoicesKnown, int memosKnown, int customersKnown, int newInvoices, int newMemos,
                           int newCustomers);
};
