#include "RelationImport.h"

#include "logging/Log.h"
#include "store/RelationRepository.h"

#include <QDateTime>

namespace {

// Details are stored in batches, so that an import cut off by an error keeps what it read.
constexpr int batchSize = 100;

} // namespace

RelationImport::RelationImport(const Database& database, EBoekhoudenClient& client)
    : m_database(database)
    , m_client(client)
{}

ApiError RelationImport::storeRefused()
{
    return ApiError::ours(ApiError::Kind::Server, QStringLiteral("STORE"),
                          tr("The local database refused the relations: check the disk space and that no other "
                             "program holds the database, then import again."));
}

RelationImport::Outcome RelationImport::failed(Outcome outcome, const ApiError& error) const
{
    outcome.error = error;
    outcome.message = tr("The relations could not all be read from e-Boekhouden (%1). %n relation(s) were "
                         "imported; run the import again later to go on.",
                         nullptr, outcome.read)
                          .arg(error.message());
    Log::warning(QStringLiteral("Relations import: %1 read, stopped: %2").arg(outcome.read).arg(error.message()));
    return outcome;
}

RelationImport::Outcome RelationImport::run(bool refresh)
{
    Outcome outcome;
    RelationRepository relations(m_database);
    const QDateTime started = QDateTime::currentDateTimeUtc();

    const Result<QList<Relation>> listed = m_client.relationCodes();
    if (!listed.ok() && listed.error().kind == ApiError::Kind::Unsupported) {
        // SOAP: every relation with its details in one answer.
        const Result<QList<Relation>> all = m_client.allRelations();
        if (!all.ok())
            return failed(outcome, all.error());
        outcome.inEBoekhouden = int(all.value().size());
        if (!relations.save(all.value(), started))
            return failed(outcome, storeRefused());
        outcome.read = outcome.inEBoekhouden;
    } else {
        if (!listed.ok())
            return failed(outcome, listed.error());
        outcome.inEBoekhouden = int(listed.value().size());
        const QSet<qint64> known = refresh ? QSet<qint64>() : relations.ids();
        QList<Relation> batch;
        const auto flush = [&] {
            const bool saved = relations.save(batch, started);
            if (saved)
                outcome.read += int(batch.size());
            batch.clear();
            return saved;
        };
        for (const Relation& item : listed.value()) {
            if (item.id <= 0 || known.contains(item.id))
                continue; // never an id 0 (API-eboekhouden.md C5); a known relation is not read again
            const Result<Relation> detail = m_client.relation(item.id);
            if (!detail.ok()) {
                flush();
                return failed(outcome, detail.error());
            }
            batch.append(detail.value());
            if (batch.size() >= batchSize && !flush())
                return failed(outcome, storeRefused());
        }
        if (!flush())
            return failed(outcome, storeRefused());
    }
    relations.setImportedAt(started);
    outcome.message = tr("%n relation(s) in e-Boekhouden; %1 read into the local database, %2 known already. "
                         "Shop customers are matched to them before a new debtor is created.",
                         nullptr, outcome.inEBoekhouden)
                          .arg(outcome.read)
                          .arg(std::max(0, outcome.inEBoekhouden - outcome.read));
    Log::info(
        QStringLiteral("Relations import: %1 in e-Boekhouden, %2 read").arg(outcome.inEBoekhouden).arg(outcome.read));
    return outcome;
}
