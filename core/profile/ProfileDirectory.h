#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <QStringList>

// The profiles of this computer (one per administration + shop; an accounting office has dozens), as the
// settings know them: every group under profiles/<id>/. The id names the store file, the settings group and
// the keychain entries (boekhoudbrug:<id>:...), so it never changes; the name and colour the bookkeeper sees
// are kept beside it (profiles/<id>/display/...) and may.
//
// A summary reads each profile's settings and store without changing anything (a store file that is not there
// is not created), for the overview of all administrations and `sync --all-profiles`.
class ProfileDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDirectory)

public:
    struct Summary
    {
        QString id;
        QString name;   // the bookkeeper's name for it; the id when none was given
        QString colour; // "#rrggbb"
        bool setUp = false;
        bool storeFound = false; // false: never synced here (no local database yet); the counts are 0
        int waiting = 0;         // documents not yet booked (pending)
        int failed = 0;          // documents e-Boekhouden refused, waiting for the bookkeeper
        QDateTime lastSync;      // UTC; invalid: never
        QDate tokenEndDate;      // invalid: none known
    };

    explicit ProfileDirectory(QSettings& settings);

    // The ids, sorted.
    QStringList ids() const;
    bool contains(const QString& id) const;
    QString name(const QString& id) const;
    QString colour(const QString& id) const;
    void setName(const QString& id, const QString& name);
    // "#rrggbb"; anything else is not saved.
    void setColour(const QString& id, const QString& colour);

    // The counts come from the profile's store; the token's end date from the environment's
    // BOEKHOUDBRUG_<PROFILE>_EB_TOKEN_END_DATE when set (a server), else from the settings.
    Summary summary(const QString& id,
                    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) const;
    QList<Summary> summaries(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) const;

    // BOEKHOUDBRUG_<PROFILE>_EB_TOKEN_END_DATE when set, else the settings' (no keychain call, no store).
    QDate tokenEndDate(const QString& id,
                       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) const;

    // A sync of the profile finished at `when` (the app and the CLI say so).
    void markSynced(const QString& id, const QDateTime& when);

    // An id for a new administration called `name`: lower case letters, digits and '-', not yet taken.
    QString newId(const QString& name) const;
    // What an id may be: it becomes a file name, a settings group and part of a keychain key.
    static bool isValidId(const QString& id);

    // The colours offered; a profile without one of its own gets one of them, always the same for its id.
    static const QStringList& palette();

private:
    QSettings& m_settings;
};
