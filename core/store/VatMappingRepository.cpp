#include "VatMappingRepository.h"

#include "Database.h"
#include "logging/Log.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace {

// "SELECT DISTINCT <columns>rate FROM ...": the VAT rate of every line of every readable document. The one query
// written twice: SQLite's json_each and PostgreSQL's jsonb_array_elements have no common form.
QString linesRates(SqlDialect::Kind dialect, const QString& columns)
{
    if (dialect == SqlDialect::Kind::Postgres) {
        // An unreadable document's payload is the shop's raw data, perhaps no JSON: never cast (CASE first).
        return u"SELECT DISTINCT "_qs + columns +
               QStringLiteral("CAST(line.value ->> 'vatRate' AS BIGINT) AS rate FROM documents, "
                              "jsonb_array_elements(CASE WHEN documents.sync_state = 'unmappable' "
                              "  THEN CAST('[]' AS jsonb) "
                              "  WHEN jsonb_typeof(CAST(documents.payload AS jsonb) -> 'lines') = 'array' "
                              "  THEN CAST(documents.payload AS jsonb) -> 'lines' ELSE CAST('[]' AS jsonb) END) "
                              "  AS line (value) "
                              "WHERE documents.sync_state <> 'unmappable' AND line.value ->> 'vatRate' IS NOT NULL");
    }
    return u"SELECT DISTINCT "_qs + columns +
           QStringLiteral("CAST(json_extract(line.value, '$.vatRate') AS INTEGER) AS rate "
                          "FROM documents, json_each(documents.payload, '$.lines') AS line "
                          "WHERE documents.sync_state <> 'unmappable' AND json_valid(documents.payload) "
                          "AND json_extract(line.value, '$.vatRate') IS NOT NULL");
}

} // namespace

VatMappingRepository::VatMappingRepository(const Database& database)
    : m_database(database)
{}

QString VatMappingRepository::className(DocumentClass documentClass)
{
    switch (documentClass) {
    case DocumentClass::Domestic:
        return QStringLiteral("domestic");
    case DocumentClass::Icp:
        return QStringLiteral("icp");
    case DocumentClass::Export:
        return QStringLiteral("export");
    case DocumentClass::Oss:
        return QStringLiteral("oss");
    }
    return {};
}

std::optional<DocumentClass> VatMappingRepository::classFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (DocumentClass candidate :
         {DocumentClass::Domestic, DocumentClass::Icp, DocumentClass::Export, DocumentClass::Oss}) {
        if (className(candidate) == lower)
            return candidate;
    }
    return std::nullopt;
}

VatMapping VatMappingRepository::load() const
{
    VatMapping mapping;
    QSqlQuery q(m_database.connection());
    // In the order the bookkeeper saved them: the page's problems refer to row numbers.
    q.prepare(QStringLiteral(
        "SELECT rate, class, country_code, vat_code, revenue_ledger, vat_ledger FROM vat_mapping ORDER BY id"));
    if (!SqlValues::execute(q))
        return mapping;
    while (q.next()) {
        const std::optional<DocumentClass> documentClass = classFromName(q.value(1).toString());
        const std::optional<VatCode> code = VatCode::fromName(q.value(3).toString());
        if (!documentClass || !code) {
            Log::warning(QStringLiteral("VAT mapping: row with class '%1' and code '%2' skipped: not known")
                             .arg(q.value(1).toString(), q.value(3).toString()));
            continue;
        }
        VatMappingEntry entry;
        entry.documentClass = *documentClass;
        if (!q.value(0).isNull())
            entry.rate = VatRate::fromBasisPoints(q.value(0).toInt());
        entry.country = q.value(2).toString();
        entry.vatCode = *code;
        entry.revenueLedger = q.value(4).toString();
        entry.vatLedger = q.value(5).toString();
        mapping.entries.append(entry);
    }
    return mapping;
}

bool VatMappingRepository::save(const VatMapping& mapping)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral("DELETE FROM vat_mapping"));
    for (const VatMappingEntry& entry : mapping.entries) {
        if (!ok)
            break;
        q.prepare(QStringLiteral("INSERT INTO vat_mapping (rate, class, country_code, vat_code, revenue_ledger, "
                                 "vat_ledger) VALUES (?, ?, ?, ?, ?, ?)"));
        ok = SqlValues::execute(q, {entry.rate ? QVariant(entry.rate->basisPoints()) : QVariant(),
                                    className(entry.documentClass), entry.country.trimmed().toUpper(),
                                    entry.vatCode.name(), entry.revenueLedger.trimmed(), entry.vatLedger.trimmed()});
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

QList<VatRate> VatMappingRepository::ratesSeen() const
{
    // The payload writes each line's rate as a string of basis points (DocumentJson).
    QSqlQuery q(m_database.connection());
    q.prepare(linesRates(SqlDialect::of(m_database.connection()), QString()) + QStringLiteral(" ORDER BY rate"));
    QList<VatRate> rates;
    if (!SqlValues::execute(q))
        return rates;
    while (q.next())
        rates.append(VatRate::fromBasisPoints(q.value(0).toInt()));
    return rates;
}

QList<std::pair<QString, VatRate>> VatMappingRepository::ratesSeenByCountry() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(linesRates(SqlDialect::of(m_database.connection()), QStringLiteral("documents.country_code, ")) +
              QStringLiteral(" ORDER BY 1, rate"));
    QList<std::pair<QString, VatRate>> rates;
    if (!SqlValues::execute(q))
        return rates;
    while (q.next())
        rates.append({q.value(0).toString().toUpper(), VatRate::fromBasisPoints(q.value(1).toInt())});
    return rates;
}

VatMapping VatMappingRepository::loadOr(const VatMapping& fallback) const
{
    VatMapping saved = load();
    return saved.entries.isEmpty() ? fallback : saved;
}
