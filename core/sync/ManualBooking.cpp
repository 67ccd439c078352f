#include "ManualBooking.h"

#include "DocumentPusher.h"
#include "store/DocumentRepository.h"

#include <QDate>

QList<qint64> ManualBooking::markBookedByHand(const Database& database, const QString& platform,
                                              const QList<qint64>& ids)
{
    DocumentRepository documents(database);
    DocumentRepository::Transition transition;
    // The day is kept as a date: shown in the reader's locale.
    transition.message = LogMessage::coded(u"document.bookedByHand"_qs, {LogMessage::date(QDate::currentDate())});
    QList<qint64> changed;
    for (const qint64 id : ids) {
        const std::optional<StoredDocument> stored = documents.find(id);
        if (!stored)
            continue;
        const SyncState from = stored->state;
        if (from != SyncState::Failed && from != SyncState::Pending && from != SyncState::Unmappable)
            continue;
        if (!documents.transition(id, from, SyncState::Skipped, transition))
            continue; // a sync claimed it meanwhile
        DocumentPusher::log(database, platform, *stored, transition.message, true);
        changed.append(id);
    }
    return changed;
}

QList<qint64> ManualBooking::offerAgain(const Database& database, const QList<qint64>& ids)
{
    DocumentRepository documents(database);
    QList<qint64> waiting;
    for (const qint64 id : ids) {
        const std::optional<StoredDocument> stored = documents.find(id);
        if (!stored)
            continue;
        // One the shop's data could not be read for goes back to that state (its reason), not to waiting.
        const SyncState to = stored->problem.isEmpty() ? SyncState::Pending : SyncState::Unmappable;
        DocumentRepository::Transition transition;
        transition.message = stored->problem;
        if ((stored->state == SyncState::Failed || stored->state == SyncState::Skipped) &&
            documents.transition(id, stored->state, to, transition) && to == SyncState::Pending)
            waiting.append(id);
    }
    return waiting;
}
