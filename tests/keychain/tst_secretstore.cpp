#include "logging/Redactor.h"
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QtTest>

// Runs against the operating system's real keychain (gnome-keyring over D-Bus in CI).
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        SecretStore(QStringLiteral("shop-a")).remove(QStringLiteral("apiToken"));
        SecretStore(QStringLiteral("shop-b")).remove(QStringLiteral("apiToken"));
    }

    void writesAndReadsBack()
    {
        SecretStore store(QStringLiteral("shop-a"));
        const SecretStore::Result written = store.write(QStringLiteral("apiToken"), QStringLiteral("tok-12345-ÅÉ"));
        QVERIFY2(written.ok(), qPrintable(written.message));

        const SecretStore::Result read = SecretStore(QStringLiteral("shop-a")).read(QStringLiteral("apiToken"));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, QStringLiteral("tok-12345-ÅÉ"));
    }

    void overwriteReplaces()
    {
        SecretStore store(QStringLiteral("shop-a"));
        QVERIFY(store.write(QStringLiteral("apiToken"), QStringLiteral("first-value")).ok());
        QVERIFY(store.write(QStringLiteral("apiToken"), QStringLiteral("second-value")).ok());
        QCOMPARE(store.read(QStringLiteral("apiToken")).value, QStringLiteral("second-value"));
    }

    void profilesAreSeparate()
    {
        QVERIFY(SecretStore(QStringLiteral("shop-a")).write(QStringLiteral("apiToken"), QStringLiteral("aaaa-1")).ok());
        QVERIFY(SecretStore(QStringLiteral("shop-b")).write(QStringLiteral("apiToken"), QStringLiteral("bbbb-2")).ok());
        QCOMPARE(SecretStore(QStringLiteral("shop-a")).read(QStringLiteral("apiToken")).value,
                 QStringLiteral("aaaa-1"));
        QCOMPARE(SecretStore(QStringLiteral("shop-b")).read(QStringLiteral("apiToken")).value,
                 QStringLiteral("bbbb-2"));
    }

    void removedSecretIsNotFound()
    {
        SecretStore store(QStringLiteral("shop-a"));
        QVERIFY(store.write(QStringLiteral("apiToken"), QStringLiteral("to-be-removed")).ok());
        QVERIFY(store.remove(QStringLiteral("apiToken")).ok());
        const SecretStore::Result read = store.read(QStringLiteral("apiToken"));
        QCOMPARE(read.status, SecretStore::Status::NotFound);
        QVERIFY(!read.message.isEmpty());
    }

    void keysAreScopedPerProfile()
    {
        QCOMPARE(SecretStore(QStringLiteral("main")).key(QStringLiteral("securityCode1")),
                 QStringLiteral("boekhoudbrug:main:securityCode1"));
    }

    void secretIsInTheSystemKeyringNotAFile()
    {
        // Read it back through the Secret Service with another client, as the OS keychain holds it.
        SecretStore store(QStringLiteral("shop-a"));
        QVERIFY(store.write(QStringLiteral("apiToken"), QStringLiteral("seen-by-secret-tool")).ok());
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                   QStringLiteral("user"), store.key(QStringLiteral("apiToken"))});
        QVERIFY(tool.waitForFinished(10000));
        const QString output = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        QVERIFY2(output.contains(QStringLiteral("seen-by-secret-tool")), qPrintable(output));
    }

    void secretsReadOrWrittenAreMaskedInLogs()
    {
        SecretStore store(QStringLiteral("shop-a"));
        QVERIFY(store.write(QStringLiteral("apiToken"), QStringLiteral("value-to-mask")).ok());
        QVERIFY(!Redactor::redact(QStringLiteral("x value-to-mask y")).contains(QStringLiteral("value-to-mask")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
