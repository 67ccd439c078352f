#pragma once

#include "store/SyncState.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How a document's sync state reads and looks in the grids.
class SyncStateText
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateText)

public:
    static QString label(SyncState state)
    {
        switch (state) {
        case SyncState::Pending:
            return tr("Waiting");
        case SyncState::InFlight:
            return tr("Sending");
        case SyncState::Posted:
            return tr("Booked");
        case SyncState::Failed:
            return tr("Failed");
        case SyncState::Skipped:
            return tr("Booked by hand"); // the only way a document becomes skipped (ManualBooking)
        case SyncState::Unmappable:
            return tr("Unreadable");
        }
        return {};
    }

    // With the shop's status: a document the shop canceled says so, booked or not (API-shops.md S6).
    static QString label(SyncState state, const QString& shopStatus)
    {
        if (shopStatus != u"canceled")
            return label(state);
        if (state == SyncState::Unmappable)
            return tr("Canceled in the shop");
        return tr("%1, canceled in the shop").arg(label(state));
    }

    static QColor colour(SyncState state)
    {
        switch (state) {
        case SyncState::Posted:
            return QColor(0x2e, 0x7d, 0x32); // green
        case SyncState::Failed:
        case SyncState::Unmappable:
            return QColor(0xc6, 0x28, 0x28); // red
        case SyncState::InFlight:
            return QColor(0x15, 0x65, 0xc0); // blue
        case SyncState::Pending:
        case SyncState::Skipped:
            break;
        }
        return QColor(0x61, 0x61, 0x61); // grey
    }

    // Drawn from SVG, so sharp at every screen scale; a shape per state, so colour is not the only sign.
    static QIcon icon(SyncState state)
    {
        static const QIcon booked(QStringLiteral(":/icons/state-booked.svg"));
        static const QIcon failed(QStringLiteral(":/icons/state-failed.svg"));
        static const QIcon sending(QStringLiteral(":/icons/state-sending.svg"));
        static const QIcon skipped(QStringLiteral(":/icons/state-skipped.svg"));
        static const QIcon unreadable(QStringLiteral(":/icons/state-unreadable.svg"));
        static const QIcon waiting(QStringLiteral(":/icons/state-waiting.svg"));
        switch (state) {
        case SyncState::Posted:
            return booked;
        case SyncState::Failed:
            return failed;
        case SyncState::InFlight:
            return sending;
        case SyncState::Skipped:
            return skipped;
        case SyncState::Unmappable:
            return unreadable;
        case SyncState::Pending:
            break;
        }
        return waiting;
    }
};
