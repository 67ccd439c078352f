#include "SyncLogRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

using SqlValues::utc;

// The WHERE clause and its values for a filter; shared by find, count and export.
QString whereClause(const SyncLogRepository::Filter& filter, QVariantList& values)
{
    QStringList conditions{QStringLiteral("kind = ?")};
    values.append(SyncLogRepository::kindName(filter.kind));
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("created_at >= ?"));
        values.append(utc(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("created_at < ?"));
        values.append(utc(filter.to));
    }
    if (filter.success) {
        conditions.append(QStringLiteral("success = ?"));
        values.append(*filter.success ? 1 : 0);
    }
    if (filter.documentId) {
        conditions.append(QStringLiteral("document_id = ?"));
        values.append(filter.documentId);
    }
    if (filter.customerId) {
        conditions.append(QStringLiteral("customer_id = ?"));
        values.append(filter.customerId);
    }
    if (!filter.platform.isEmpty()) {
        conditions.append(QStringLiteral("platform = ?"));
        values.append(filter.platform);
    }
    if (!filter.text.isEmpty()) {
        // A row is found by the words the reader sees (issue 17 item 2). Its message column holds the words as
        // written, in the language of that moment; a coded message is shown in today's language. So a row also
        // matches when its code (or a code among its arguments, the reasons inside "Validation error: %1") has the
        // words in today's language: the catalogue is searched, not every row's rendering. Words that span the
        // catalogue's text and an argument ("Invoice booked … as F-1") match neither part: search either.
        QString any = SqlValues::anyColumnContains(
            {QStringLiteral("message"), QStringLiteral("order_number"), QStringLiteral("document_number")}, filter.text,
            values);
        const QStringList codes = LogMessage::codesShowing(filter.text);
        if (!codes.isEmpty()) {
            QStringList marks;
            for (const QString& code : codes) {
                marks.append(QStringLiteral("?"));
                values.append(code);
            }
            any.chop(1);
            any += u" OR message_code IN ("_qs + marks.join(u", "_qs) + u')';
            for (const QString& code : codes) {
                // An argument's code as LogMessage::argumentsJson() writes it; codes hold no LIKE wildcard.
                any += QStringLiteral(" OR message_args LIKE ?");
                values.append(QStringLiteral("%\"code\":\"%1\"%").arg(code));
            }
            any += u')';
        }
        conditions.append(any);
    }
    return u" WHERE "_qs + conditions.join(u" AND "_qs);
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_qs);
    return u'"' + quoted + u'"';
}

} // namespace

SyncLogRepository::SyncLogRepository(const Database& database)
    : m_database(database)
{}

QString SyncLogRepository::kindName(SyncLogEntry::Kind kind)
{
    switch (kind) {
    case SyncLogEntry::Kind::Invoice:
        return QStringLiteral("invoice");
    case SyncLogEntry::Kind::CreditMemo:
        return QStringLiteral("creditmemo");
    case SyncLogEntry::Kind::Customer:
        return QStringLiteral("customer");
    }
    return {};
}

std::optional<qint64> SyncLogRepository::append(const SyncLogEntry& e)
{
    QSqlQuery q(m_database.connection());
    const QDateTime created = e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc();
    if (!e.success && (e.documentId || e.customerId)) {
        // The about-column is our own name, never a value.
        const QString about = e.documentId ? QStringLiteral("document_id") : QStringLiteral("customer_id");
        q.prepare(QStringLiteral("SELECT id, success, message, message_code, message_args, "
                                 "COALESCE(last_attempt_at, created_at) FROM sync_log WHERE kind = ? AND %1 = ? "
                                 "ORDER BY created_at DESC, id DESC LIMIT 1")
                      .arg(about));
        if (!SqlValues::execute(q, {kindName(e.kind), e.documentId ? e.documentId : e.customerId}))
            return std::nullopt;
        if (q.next() && q.value(1).toInt() == 0) {
            const qint64 id = q.value(0).toLongLong();
            const LogMessage before =
                LogMessage::fromStored(q.value(3).toString(), q.value(4).toString(), q.value(2).toString());
            const QDateTime last = SqlValues::fromUtc(q.value(5));
            const bool sameFailure = before.code() == e.message.code() &&
                                     (e.message.isCoded() ? before.argumentsJson() == e.message.argumentsJson()
                                                          : q.value(2).toString() == e.message.text());
            if (sameFailure && last.isValid() && last <= created && last.secsTo(created) <= retryWindowMinutes * 60) {
                q.finish();
                QSqlQuery update(m_database.connection());
                update.prepare(
                    QStringLiteral("UPDATE sync_log SET attempts = attempts + 1, last_attempt_at = ? WHERE id = ?"));
                if (!SqlValues::execute(update, {utc(created), id}))
                    return std::nullopt;
                return id;
            }
        }
        q.finish();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO sync_log (kind, platform, order_number, document_number, document_id, "
        "customer_id, message, message_code, message_args, success, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")); // PostgreSQL's lastInsertId is no row id
    const QVariantList values{kindName(e.kind),
                              e.platform,
                              e.orderNumber,
                              e.documentNumber,
                              e.documentId ? QVariant(e.documentId) : QVariant(),
                              e.customerId ? QVariant(e.customerId) : QVariant(),
                              e.message.text(),
                              e.message.code(),
                              e.message.argumentsJson(),
                              e.success ? 1 : 0,
                              utc(created)};
    if (!SqlValues::execute(q, values) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<SyncLogEntry> SyncLogRepository::find(const Filter& filter, int limit, int offset) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    values << limit << offset;
    QSqlQuery q(m_database.connection());
    // The page first, then its customers: the join never widens the filtered, paged scan of the log.
    q.prepare(QStringLiteral("SELECT s.id, s.platform, s.order_number, s.document_number, s.document_id, "
                             "s.customer_id, s.message, s.success, s.created_at, s.message_code, s.message_args, "
                             "s.attempts, s.last_attempt_at, c.first_name, c.last_name, c.company, c.email FROM "
                             "(SELECT * FROM sync_log") +
              where +
              QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?) s "
                             "LEFT JOIN customers c ON c.id = s.customer_id ORDER BY s.created_at DESC, s.id DESC"));
    QList<SyncLogEntry> entries;
    if (!SqlValues::execute(q, values))
        return entries;
    while (q.next()) {
        SyncLogEntry e;
        e.id = q.value(0).toLongLong();
        e.kind = filter.kind;
        e.platform = q.value(1).toString();
        e.orderNumber = q.value(2).toString();
        e.documentNumber = q.value(3).toString();
        e.documentId = q.value(4).toLongLong();
        e.customerId = q.value(5).toLongLong();
        e.message = LogMessage::fromStored(q.value(9).toString(), q.value(10).toString(), q.value(6).toString());
        e.success = q.value(7).toInt() != 0;
        e.createdAt = SqlValues::fromUtc(q.value(8));
        e.attempts = std::max(1, q.value(11).toInt());
        if (!q.value(12).isNull())
            e.lastAttemptAt = SqlValues::fromUtc(q.value(12));
        const QString person = QStringList{q.value(13).toString(), q.value(14).toString()}.join(u' ').trimmed();
        const QString company = q.value(15).toString().trimmed();
        e.customerName = company.isEmpty() || company == person
                             ? person
                             : (person.isEmpty() ? company : u"%1 (%2)"_qs.arg(company, person));
        e.customerEmail = q.value(16).toString();
        entries.append(e);
    }
    return entries;
}

QStringList SyncLogRepository::platforms(SyncLogEntry::Kind kind) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT platform FROM sync_log WHERE kind = ?"));
    QStringList all;
    if (!SqlValues::execute(q, {kindName(kind)}))
        return all;
    while (q.next())
        all.append(q.value(0).toString());
    // Sorted here: SQLite and PostgreSQL collate differently.
    std::sort(all.begin(), all.end());
    return all;
}

int SyncLogRepository::count(const Filter& filter) const
{
    QVariantList values;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_log") + whereClause(filter, values));
    if (!SqlValues::execute(q, values) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int SyncLogRepository::removeOlderThan(const QDateTime& now, int keepDays)
{
    const int days = std::max(keepDays, minimumKeepDays);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_log WHERE created_at < ?"));
    if (!SqlValues::execute(q, {utc(now.addDays(-days))}))
        return -1;
    return q.numRowsAffected();
}

bool SyncLogRepository::exportCsv(const Filter& filter, QIODevice& out) const
{
    const bool customers = filter.kind == SyncLogEntry::Kind::Customer;
    const QString documentColumn =
        filter.kind == SyncLogEntry::Kind::CreditMemo ? QStringLiteral("Creditmemo ID") : QStringLiteral("Invoice ID");
    // Column names as the seeds' grids; headers stay English so spreadsheets and scripts can rely on them.
    QStringList header{QStringLiteral("ID")};
    if (!customers)
        header << QStringLiteral("Order") << documentColumn;
    header << QStringLiteral("Message") << QStringLiteral("Date Created") << QStringLiteral("Platform")
           << QStringLiteral("Success") << QStringLiteral("Attempts");
    if (out.write((header.join(u',') + u"\r\n"_qs).toUtf8()) < 0)
        return false;

    constexpr int pageSize = 1000;
    for (int offset = 0;; offset += pageSize) {
        const QList<SyncLogEntry> page = find(filter, pageSize, offset);
        for (const SyncLogEntry& e : page) {
            QStringList row{QString::number(e.id)};
            if (!customers)
                row << csvField(e.orderNumber) << csvField(e.documentNumber);
            row << csvField(e.message.text()) << e.createdAt.toString(Qt::ISODate) << csvField(e.platform)
                << (e.success ? QStringLiteral("Yes") : QStringLiteral("No")) << QString::number(e.attempts);
            if (out.write((row.join(u',') + u"\r\n"_qs).toUtf8()) < 0)
                return false;
        }
        if (page.size() < pageSize)
            return true;
    }
}
