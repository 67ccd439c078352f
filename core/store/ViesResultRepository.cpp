#include "ViesResultRepository.h"

#include "Database.h"
#include "logging/Log.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool run(QSqlQuery& query)
{
    if (query.exec())
        return true;
    Log::error(QStringLiteral("SQLite: %1: %2").arg(query.lastQuery(), query.lastError().text()));
    return false;
}

ViesResult readRow(const QSqlQuery& q)
{
    ViesResult result;
    result.status = ViesResult::statusFromName(q.value(0).toString());
    result.vatNumber = q.value(1).toString();
    if (!q.value(2).isNull() && !q.value(2).toString().isEmpty())
        result.checkedAt = SqlValues::fromUtc(q.value(2));
    result.name = q.value(3).toString();
    result.address = q.value(4).toString();
    result.error = q.value(5).toString();
    return result;
}

const QString columns =
    QStringLiteral("SELECT vies_result, vies_vat_number, vies_checked_at, vies_name, vies_address, vies_error ");

} // namespace

ViesResultRepository::ViesResultRepository(const Database& database)
    : m_database(database)
{}

QSqlDatabase ViesResultRepository::db() const
{
    return m_database.connection();
}

bool ViesResultRepository::record(qint64 documentId, const ViesResult& result)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE documents SET vies_result = ?, vies_vat_number = ?, vies_checked_at = ?, vies_name = ?, "
              u"vies_address = ?, vies_error = ? WHERE id = ?"_qs);
    q.addBindValue(SqlValues::text(ViesResult::statusName(result.status)));
    q.addBindValue(SqlValues::text(result.vatNumber));
    q.addBindValue(result.checkedAt.isValid() ? QVariant(SqlValues::utc(result.checkedAt)) : QVariant());
    q.addBindValue(SqlValues::text(result.name));
    q.addBindValue(SqlValues::text(result.address));
    q.addBindValue(SqlValues::text(result.error));
    q.addBindValue(documentId);
    return run(q) && q.numRowsAffected() == 1;
}

ViesResult ViesResultRepository::find(qint64 documentId) const
{
    QSqlQuery q(db());
    q.prepare(columns + u"FROM documents WHERE id = ?"_qs);
    q.addBindValue(documentId);
    if (!run(q) || !q.next())
        return {};
    return readRow(q);
}

std::optional<ViesResult> ViesResultRepository::latestValid(const QString& vatNumber, const QDateTime& since) const
{
    // Timestamps are ISO 8601 UTC text with milliseconds (SqlValues): they compare as text.
    QSqlQuery q(db());
    q.prepare(columns + u"FROM documents WHERE vies_vat_number = ? AND vies_result = ? AND vies_checked_at >= ? "
                        u"ORDER BY vies_checked_at DESC LIMIT 1"_qs);
    q.addBindValue(SqlValues::text(vatNumber));
    q.addBindValue(ViesResult::statusName(ViesResult::Status::Valid));
    q.addBindValue(SqlValues::utc(since));
    if (!run(q) || !q.next())
        return std::nullopt;
    return readRow(q);
}
