#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

// Where a test's store lives. The store tests run twice (tests/store/CMakeLists.txt): on SQLite, and with
// BOEKHOUDBRUG_TEST_STORE=postgresql on the private cluster the pg_cluster fixture started (its URL in the file
// BOEKHOUDBRUG_TEST_PG_URL_FILE). Without that cluster a PostgreSQL run fails: it never skips.
namespace TestStore {

inline bool onPostgres()
{
    return qEnvironmentVariable("BOEKHOUDBRUG_TEST_STORE") == u"postgresql";
}

// postgresql://user@127.0.0.1:port/ (no database)
inline QString serverUrl()
{
    QFile file(qEnvironmentVariable("BOEKHOUDBRUG_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no PostgreSQL test cluster: %s cannot be read (is the pg_cluster fixture running?)",
               qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A new, empty database in the test cluster; its location.
inline QString newPostgresDatabase()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString server = serverUrl();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), u"test-admin-"_qs + name);
        const QUrl url(server);
        admin.setHostName(url.host());
        admin.setPort(url.port());
        admin.setUserName(url.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            qFatal("cannot reach the PostgreSQL test cluster %s: %s", qPrintable(server),
                   qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        if (!q.exec(u"CREATE DATABASE "_qs + name))
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"test-admin-"_qs + name);
    return server + name;
}

// `dir`/`name`.sqlite, or a new PostgreSQL database.
inline QString freshLocation(const QTemporaryDir& dir, const QString& name)
{
    return onPostgres() ? newPostgresDatabase() : dir.filePath(name + u".sqlite"_qs);
}

} // namespace TestStore
