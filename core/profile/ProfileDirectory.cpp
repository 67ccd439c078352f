#include "ProfileDirectory.h"

#include "ProfileEnvironment.h"
#include "ProfileSetup.h"
#include "secrets/EBoekhoudenCredentials.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

QString key(const QString& id, const char* name)
{
    return QStringLiteral("profiles/%1/%2").arg(id, QLatin1String(name));
}

// "#rrggbb" only (the engine has no QColor): what the colour dialog gives and a style sheet takes.
bool isColour(const QString& text)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return rgb.match(text).hasMatch();
}

} // namespace

ProfileDirectory::ProfileDirectory(QSettings& settings)
    : m_settings(settings)
{}

QStringList ProfileDirectory::ids() const
{
    m_settings.beginGroup(QStringLiteral("profiles"));
    QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    // A group written by hand with an id that cannot be a file name is not offered: it could not be opened.
    ids.removeIf([](const QString& id) { return !isValidId(id); });
    ids.sort();
    return ids;
}

bool ProfileDirectory::contains(const QString& id) const
{
    return ids().contains(id);
}

QString ProfileDirectory::name(const QString& id) const
{
    const QString name = m_settings.value(key(id, "display/name")).toString().trimmed();
    return name.isEmpty() ? id : name;
}

QString ProfileDirectory::colour(const QString& id) const
{
    const QString saved = m_settings.value(key(id, "display/colour")).toString();
    if (isColour(saved))
        return saved.toLower();
    return palette().at(int(qHash(id, 0) % uint(palette().size())));
}

void ProfileDirectory::setName(const QString& id, const QString& name)
{
    m_settings.setValue(key(id, "display/name"), name.trimmed());
    m_settings.sync();
}

void ProfileDirectory::setColour(const QString& id, const QString& colour)
{
    if (!isColour(colour))
        return;
    m_settings.setValue(key(id, "display/colour"), colour.toLower());
    m_settings.sync();
}

ProfileDirectory::Summary ProfileDirectory::summary(const QString& id, const QProcessEnvironment& environment) const
{
    Summary s;
    s.id = id;
    s.name = name(id);
    s.colour = colour(id);
    s.setUp = ProfileSetup::isSetUp(id, m_settings);
    s.lastSync = m_settings.value(key(id, "lastSync")).toDateTime();
    s.tokenEndDate = tokenEndDate(id, environment);
    // A shared PostgreSQL store (the profile's setting) is there when it answers; a file when it exists.
    const QString location = Database::location(id, m_settings);
    s.storeFound = Database::isPostgresLocation(location) || QFileInfo::exists(location);
    if (!s.storeFound)
        return s;
    Database database(location);
    if (!database.open())
        return s;
    const DocumentRepository documents(database);
    for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditMemo}) {
        s.waiting += std::max(0, documents.count(kind, SyncState::Pending));
        s.failed += std::max(0, documents.count(kind, SyncState::Failed));
    }
    return s;
}

QDate ProfileDirectory::tokenEndDate(const QString& id, const QProcessEnvironment& environment) const
{
    const QString fromEnvironment =
        environment.value(ProfileEnvironment::prefix(id) + QStringLiteral("EB_TOKEN_END_DATE"));
    return fromEnvironment.isEmpty() ? EBoekhoudenCredentials::savedTokenEndDate(id, m_settings)
                                     : QDate::fromString(fromEnvironment, Qt::ISODate);
}

QList<ProfileDirectory::Summary> ProfileDirectory::summaries(const QProcessEnvironment& environment) const
{
    QList<Summary> all;
    for (const QString& id : ids())
        all.append(summary(id, environment));
    return all;
}

void ProfileDirectory::markSynced(const QString& id, const QDateTime& when)
{
    m_settings.setValue(key(id, "lastSync"), when.toUTC());
    m_settings.sync();
}

QString ProfileDirectory::newId(const QString& name) const
{
    QString base = name.toLower();
    // "Bakkerij Jansen B.V." -> "bakkerij-jansen-b-v"; letters outside a-z (é) go too, so the id stays a plain
    // file name and keychain key on every platform.
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.mid(0, 40);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("administration");
    const QStringList taken = ids();
    QString id = base;
    for (int n = 2; taken.contains(id) || id == u"demo"; ++n) // demo: the sandbox's own store
        id = base + u'-' + QString::number(n);
    return id;
}

bool ProfileDirectory::isValidId(const QString& id)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return valid.match(id).hasMatch() && id != u"demo";
}

const QStringList& ProfileDirectory::palette()
{
    static const QStringList colours{u"#1565c0"_qs, u"#2e7d32"_qs, u"#c62828"_qs, u"#6a1b9a"_qs,
                                     u"#ef6c00"_qs, u"#00838f"_qs, u"#ad1457"_qs, u"#4e342e"_qs};
    return colours;
}
