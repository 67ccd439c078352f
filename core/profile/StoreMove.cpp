#include "StoreMove.h"

#include "store/Database.h"

#include <QFileInfo>

namespace {

QString filePath(const QString& location)
{
    return location.startsWith(u"sqlite:"_qs) ? location.mid(7) : location;
}

} // namespace

QString StoreMove::problem(const QString& from, const QString& to)
{
    if (to.trimmed().isEmpty())
        return tr("Enter where the database should go: a new file, or postgresql://user@host:port/database.");
    if (const QString problem = Database::locationProblem(to); !problem.isEmpty())
        return problem;
    const bool toFile = !Database::isPostgresLocation(to);
    const bool fromFile = !Database::isPostgresLocation(from);
    if (to == from || (toFile && fromFile &&
                       QFileInfo(filePath(to)).absoluteFilePath() == QFileInfo(filePath(from)).absoluteFilePath()))
        return tr("The profile already uses %1.").arg(Database(to).displayName());
    if (toFile && QFileInfo::exists(filePath(to)))
        return tr("%1 exists already: move the profile to a new file.").arg(filePath(to));
    return {};
}

StoreMigration::Outcome StoreMove::copy(const QString& from, const QString& to,
                                        const StoreMigration::Progress& progress)
{
    StoreMigration::Outcome outcome;
    if (const QString problem = StoreMove::problem(from, to); !problem.isEmpty()) {
        outcome.error = problem;
        return outcome;
    }
    Database source(from);
    if (!source.open()) {
        outcome.error = source.lastError();
        return outcome;
    }
    Database target(to);
    if (!target.open()) {
        outcome.error = target.lastError();
        return outcome;
    }
    return StoreMigration::copy(source, target, progress);
}
