#include "SecretStore.h"

#include "logging/Redactor.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {

// Runs a QtKeychain job to completion and turns its outcome into a Result.
SecretStore::Result run(QKeychain::Job& job, const QString& key)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();

    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        result.message = SecretStore::tr("No saved credential was found. Enter it again in the setup wizard.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStore::Status::AccessDenied;
        result.message = SecretStore::tr("Access to the keychain was refused. Allow Boekhoudbrug to use the keychain "
                                         "and try again.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::NoKeychain;
        result.message = SecretStore::tr("No keychain is available on this computer, so credentials cannot be saved "
                                         "safely. Start the system keychain (for example GNOME Keyring or KWallet), "
                                         "or use environment variables for headless runs.");
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    result.status = SecretStore::Status::Failed;
    result.message = SecretStore::tr("The keychain reported an error: %1").arg(job.errorString());
    return result;
}

} // namespace

SecretStore::SecretStore(QString profile)
    : m_profile(std::move(profile))
{}

QString SecretStore::key(const QString& name) const
{
    return QStringLiteral("boekhoudbrug:%1:%2").arg(m_profile, name);
}

SecretStore::Result SecretStore::read(const QString& name) const
{
    QKeychain::ReadPasswordJob job(serviceName());
    Result result = run(job, key(name));
    if (result.ok()) {
        result.value = job.textData();
        Redactor::remember(result.value);
    }
    return result;
}

SecretStore::Result SecretStore::write(const QString& name, const QString& value)
{
    Redactor::remember(value);
    QKeychain::WritePasswordJob job(serviceName());
    job.setTextData(value);
    return run(job, key(name));
}

SecretStore::Result SecretStore::remove(const QString& name)
{
    QKeychain::DeletePasswordJob job(serviceName());
    return run(job, key(name));
}
