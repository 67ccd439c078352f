#include "DatedDocuments.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

QList<qint64> DatedDocuments::ids(const Database& database, const QDate& from, const QDate& until)
{
    QSqlQuery q(database.connection());
    // document_date is stored as YYYY-MM-DD (DocumentRepository), so text order is date order.
    q.prepare(QStringLiteral("SELECT id FROM documents WHERE document_date >= ? AND document_date <= ? "
                             "ORDER BY document_date, id"));
    QList<qint64> ids;
    if (!SqlValues::execute(q, {from.toString(Qt::ISODate), until.toString(Qt::ISODate)}))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}
