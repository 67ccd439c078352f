#include "InitialImport.h"

#include "shop/ProgressPullSink.h"
#include "store/Database.h"
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
    outcome.message = tr("Imported %1 invoices, %2 credit memos and %3 customers from the shop.")
                          .arg(outcome.report.total(&ResourcePullReport::invoices))
                          .arg(outcome.report.total(&ResourcePullReport::creditMemos))
                          .arg(outcome.report.total(&ResourcePullReport::customers));
    return outcome;
}
