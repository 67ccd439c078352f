#include "AuditCommand.h"

#include "profile/ProfileConnection.h"
#include "store/AuditTrailRepository.h"
#include "store/DocumentRepository.h"
#include "sync/AuditExport.h"

#include <QSaveFile>

AuditCommand::AuditCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err)
    : m_profile(std::move(profile))
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{}

QString AuditCommand::help()
{
    return tr("audit --invoice N | --creditmemo N [--export FILE]: every request sent to e-Boekhouden for the "
              "document and its answer (secrets masked); audit --from DATE --until DATE --export FILE: the trail of "
              "that period as JSON lines.");
}

bool AuditCommand::write(const QString& file, const QByteArray& lines)
{
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly) && out.write(lines) == lines.size() && out.commit())
        return true;
    m_err << tr("Could not write %1: %2").arg(file, out.errorString()) << Qt::endl;
    return false;
}

int AuditCommand::document(DocumentKind kind, const QString& number, const QString& exportFile)
{
    ProfileConnection connection(m_profile, m_settings);
    if (!connection.openStore()) {
        m_err << connection.problem() << Qt::endl;
        return connection.exitCode();
    }
    const Database& database = connection.database();
    const std::optional<StoredDocument> stored = DocumentRepository(database).findByNumber(kind, number);
    if (!stored) {
        m_err << (kind == DocumentKind::CreditMemo
                      ? tr("There is no credit memo %1 in the local database. Check the number, or import the shop "
                           "first.")
                      : tr("There is no invoice %1 in the local database. Check the number, or import the shop "
                           "first."))
                     .arg(number)
              << Qt::endl;
        return NotFound;
    }
    const QList<AuditEntry> trail = AuditTrailRepository(database).forDocument(stored->id);
    if (!exportFile.isEmpty())
        return write(exportFile, AuditExport::jsonLines(database, trail)) ? Success : NotFound;
    if (trail.isEmpty()) {
        m_out << tr("Nothing was sent to e-Boekhouden for %1 yet.").arg(number) << Qt::endl;
        return Success;
    }
    for (const AuditEntry& e : trail) {
        const QString status = e.status == 0 ? tr("no answer: %1").arg(e.error) : QString::number(e.status);
        m_out << tr("%1  attempt %2  %3 %4  %5  %6 ms")
                     .arg(e.sentAt.toLocalTime().toString(Qt::ISODate))
                     .arg(e.attempt)
                     .arg(e.method, e.endpoint, status)
                     .arg(e.durationMs)
              << Qt::endl;
        if (!e.requestBody.isEmpty())
            m_out << "  " << tr("sent:") << ' ' << e.requestBody << Qt::endl;
        if (!e.answerBody.isEmpty())
            m_out << "  " << tr("answer:") << ' ' << e.answerBody << Qt::endl;
    }
    return Success;
}

int AuditCommand::period(const QDate& from, const QDate& until, const QString& exportFile)
{
    if (!from.isValid() || !until.isValid() || from > until || exportFile.isEmpty()) {
        m_err << tr("audit --from and --until take dates as YYYY-MM-DD (the second not before the first), with "
                    "--export FILE.")
              << Qt::endl;
        return UsageError;
    }
    ProfileConnection connection(m_profile, m_settings);
    if (!connection.openStore()) {
        m_err << connection.problem() << Qt::endl;
        return connection.exitCode();
    }
    const Database& database = connection.database();
    const QList<AuditEntry> trail = AuditTrailRepository(database).forPeriod(from, until);
    if (!write(exportFile, AuditExport::jsonLines(database, trail)))
        return NotFound;
    m_out << tr("%n request(s) written to %1.", nullptr, static_cast<int>(trail.size())).arg(exportFile) << Qt::endl;
    return Success;
}
