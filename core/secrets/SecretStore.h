#pragma once

#include <QCoreApplication>
#include <QString>

// Secrets (API tokens, security codes, shop keys) live only in the operating system's keychain,
// through QtKeychain, under keys scoped per profile: "boekhoudbrug:<profile>:<name>".
// There is no insecure fallback: when no keychain is available the call fails and says so.
//
// The calls block on a local event loop until the keychain answers. Use them from a worker thread or
// the CLI; a widget that needs a secret asks the engine, which does.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Status
    {
        Ok,
        NotFound,
        AccessDenied,
        NoKeychain,
        Failed,
    };

    struct Result
    {
        Status status = Status::Failed;
        QString value;   // the secret, for a successful read
        QString message; // for the bookkeeper, translated; empty when ok
        bool ok() const { return status == Status::Ok; }
    };

    explicit SecretStore(QString profile);

    Result read(const QString& name) const;
    Result write(const QString& name, const QString& value);
    Result remove(const QString& name);

    QString key(const QString& name) const;
    static QString serviceName() { return QStringLiteral("Boekhoudbrug"); }

private:
    QString m_profile;
};
