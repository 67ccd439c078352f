#include "IncrementalPuller.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace {

const QString timestampFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

enum class Mode
{
    FromWatermark, // field >= watermark time (documents of the watermark's own second are filtered here)
    SameSecond,    // field == watermark time and id > watermark id: a full page of one second's documents
    After,         // field > watermark time
};

QString later(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a < b ? b : a;
}

QString earlier(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a < b ? a : b;
}

} // namespace

QString IncrementalPuller::addSeconds(const QString& timestamp, int seconds)
{
    QDateTime time = QDateTime::fromString(timestamp, timestampFormat);
    time.setTimeSpec(Qt::UTC);
    return time.isValid() ? time.addSecs(seconds).toString(timestampFormat) : timestamp;
}

ResourcePullReport IncrementalPuller::run(PageSource& source, PullSink& sink, const QString& platform,
                                          const QString& resourceKey, const Range& range, int pageSize)
{
    ResourcePullReport report;
    report.resource = resourceKey;
    std::optional<Watermark> watermark = sink.watermark(platform, resourceKey);
    Mode mode = Mode::FromWatermark;

    // Each pass either stores documents beyond the watermark (which then moves forward) or moves the mode
    // towards the end (FromWatermark -> SameSecond -> After -> done), so the loop always ends.
    for (;;) {
        KeysetQuery query;
        query.field = range.field;
        query.pageSize = pageSize;
        query.until = range.until;
        if (!watermark) {
            query.from = range.from;
        } else if (mode == Mode::FromWatermark) {
            query.from = later(watermark->timestamp, range.from);
        } else if (mode == Mode::SameSecond) {
            query.from = watermark->timestamp;
            query.until = earlier(addSeconds(watermark->timestamp, 1), range.until);
            query.afterId = watermark->id;
        } else {
            query.from = later(addSeconds(watermark->timestamp, 1), range.from);
        }

        FetchedBatch batch;
        QString error;
        if (!source.fetch(query, batch, error)) {
            report.ok = false;
            report.error = error;
            return report;
        }
        report.fetched += batch.items.size();

        // Keep what lies beyond the watermark and inside the range, in key order, whatever the shop sent.
        struct Keyed
        {
            Watermark key;
            QJsonObject item;
        };
        QList<Keyed> fresh;
        QList<QJsonObject> keyless;
        for (const QJsonObject& item : std::as_const(batch.items)) {
            const auto id = source.idOf(item);
            const QString time = source.timestampOf(item, range.field);
            if (!id || time.isEmpty()) {
                keyless.append(item);
                continue;
            }
            const Watermark key{time, *id};
            if (watermark && !(*watermark < key))
                continue;
            if ((!range.from.isEmpty() && time < range.from) || (!range.until.isEmpty() && time >= range.until))
                continue;
            fresh.append({key, item});
        }
        std::sort(fresh.begin(), fresh.end(), [](const Keyed& a, const Keyed& b) { return a.key < b.key; });

        if (!fresh.isEmpty() || !keyless.isEmpty()) {
            PulledPage page;
            page.platform = platform;
            page.resource = resourceKey;
            QList<QJsonObject> items;
            for (const auto& keyed : std::as_const(fresh))
                items.append(keyed.item);
            if (!source.map(items, page, error)) {
                report.ok = false;
                report.error = error;
                return report;
            }
            // A document without id or change date cannot be keyed: it is stored as unmappable, not dropped.
            for (const QJsonObject& item : std::as_const(keyless)) {
                UnmappableDocument bad;
                bad.resource = resourceKey.section(u'@', 0, 0);
                bad.payload = QJsonDocument(item).toJson(QJsonDocument::Compact);
                bad.shopId = source.idOf(item) ? QString::number(*source.idOf(item))
                                               : QStringLiteral("?") + QString::number(qHash(bad.payload), 16);
                bad.reason = tr("The shop sent a document without an id or change date.");
                page.unmappable.append(bad);
            }
            if (!fresh.isEmpty())
                page.watermark = fresh.last().key;
            if (!sink.storePage(page)) {
                report.ok = false;
                report.error = tr("The local store refused a page of %1; the next pull continues from the last "
                                  "stored page.")
                                   .arg(resourceKey);
                return report;
            }
            ++report.pages;
            report.invoices += page.invoices.size();
            report.creditMemos += page.creditMemos.size();
            report.customers += page.customers.size();
            report.unmappable += page.unmappable.size();
            report.open += page.open.size();
            if (page.watermark)
                watermark = page.watermark;
        }

        if (!fresh.isEmpty()) {
            if (batch.lastPage)
                mode = mode == Mode::SameSecond ? Mode::After : Mode::FromWatermark;
            else
                mode = mode == Mode::SameSecond ? Mode::SameSecond : Mode::FromWatermark;
            if (batch.lastPage && mode == Mode::FromWatermark)
                return report;
            continue;
        }
        // Nothing new on this page.
        if (mode == Mode::FromWatermark && !batch.lastPage && watermark) {
            mode = Mode::SameSecond; // a full page of documents all at or before the watermark: same second
            continue;
        }
        if (mode == Mode::SameSecond) {
            mode = Mode::After;
            continue;
        }
        return report;
    }
}
