#include "InitialImport.h"

#include "shop/ProgressPullSink.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/StorePullSink.h"

InitialImport::Outcome InitialImport::run(const QString& databasePath,
                                          const ShopConnectionSettings::Factory& connectorFactory, const QDate& from,
                                          const std::atomic_bool& cancelled, const Progress& progress)
{
    Outcome outcome;
    Database database(databasePath);
    if (!database.open()) {
        outcome.message = database.lastError();
        return outcome;
    }
    const std::unique_ptr<ShopConnector> connector = connectorFactory ? connectorFactory() : nullptr;
    if (!connector) {
        outcome.message = tr("No shop is set up to import from.");
        return outcome;
    }
    // What the store held before, so that a second import says "already known" instead of "Imported 0".
    const DocumentRepository documents(database);
    const int invoicesBefore = documents.count(DocumentKind::Invoice);
    const int memosBefore = documents.count(DocumentKind::CreditMemo);
    const int customersBefore = CustomerRepository(database).count();
    StorePullSink store(database);
    ProgressPullSink sink(store, cancelled, progress);
    outcome.report = from.isValid() ? connector->backfill(sink, from, QDate::currentDate()) : connector->pull(sink);
    outcome.documents = sink.documents();
    outcome.cancelled = cancelled;
    if (outcome.cancelled) {
        outcome.message = tr("Import cancelled after %n document(s); the next synchronisation continues where it "
                             "stopped.",
                             nullptr, outcome.documents);
        return outcome;
    }
    for (const ResourcePullReport& resource : std::as_const(outcome.report.resources)) {
        if (!resource.ok) {
            outcome.message = resource.error;
            return outcome;
        }
    }
    const int newInvoices = documents.count(DocumentKind::Invoice) - invoicesBefore;
    const int newMemos = documents.count(DocumentKind::CreditMemo) - memosBefore;
    const int newCustomers = CustomerRepository(database).count() - customersBefore;
    outcome.message = message(invoicesBefore, memosBefore, customersBefore, newInvoices, newMemos, newCustomers);
    return outcome;
}

QString InitialImport::message(int invoicesKnown, int memosKnown, int customersKnown, int newInvoices, int newMemos,
                               int newCustomers)
{
    const QString added = tr("%n new invoice(s)", nullptr, newInvoices) + QStringLiteral(", ") +
                          tr("%n new credit memo(s)", nullptr, newMemos) + QStringLiteral(", ") +
                          tr("%n new customer(s)", nullptr, newCustomers);
    if (invoicesKnown + memosKnown + customersKnown == 0)
        return tr("Imported from the shop: %1.").arg(added);
    const QString known = tr("%n invoice(s)", nullptr, invoicesKnown) + QStringLiteral(", ") +
                          tr("%n credit memo(s)", nullptr, memosKnown) + QStringLiteral(", ") +
                          tr("%n customer(s)", nullptr, customersKnown);
    return tr("Already known: %1. From the shop: %2.").arg(known, added);
}
