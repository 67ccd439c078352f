#pragma once

#include "PageSource.h"
#include "PullReport.h"
#include "PullSink.h"

#include <QCoreApplication>
#include <QString>

// The keyset pull shared by all connectors: page after page from the stored watermark, each page stored with
// its new watermark in one step, until the shop has nothing newer. After a crash or an error the next run
// starts from the last stored watermark: nothing in between is skipped and documents seen twice are upserts.
class IncrementalPuller
{
    Q_DECLARE_TR_FUNCTIONS(IncrementalPuller)

public:
    struct Range
    {
        QString field; // timestamp field to page on
        QString from;  // inclusive; empty: none
        QString until; // exclusive; empty: none
    };

    static ResourcePullReport run(PageSource& source, PullSink& sink, const QString& platform,
                                  const QString& resourceKey, const Range& range, int pageSize);

    // "YYYY-MM-DD HH:MM:SS" plus seconds, as plain calendar arithmetic (no time zone, no DST).
    static QString addSeconds(const QString& timestamp, int seconds);
};
