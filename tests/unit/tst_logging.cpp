#include "logging/Log.h"
#include "logging/Redactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <spdlog/spdlog.h>

// Writes secrets into the log by every route the application has and reads the file back:
// no secret may reach it, while the rest of each line must.
class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        Log::init({.console = false, .directory = m_directory.path(), .verbose = true});
    }

    void cleanupTestCase() { Log::shutdown(); }

    void noSecretReachesTheLogFile()
    {
        const QString token = QStringLiteral("API-TOKEN-7c1e5a9b");
        const QString securityCode = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QString shopKey = QStringLiteral("PSKEY-Q2W3E4R5T6");
        const QString remembered = QStringLiteral("keychain-value-42");
        Redactor::remember(remembered);

        Log::httpExchange(QStringLiteral("->"), "POST", QUrl(QStringLiteral("https://api.e-boekhouden.nl/v1/session")),
                          {{"Content-Type", "application/json"}},
                          QStringLiteral(R"({"accessToken":"%1","source":"Boekhoud"})").arg(token).toUtf8());
        Log::httpExchange(QStringLiteral("->"), "GET",
                          QUrl(QStringLiteral("https://shop.example/api/orders?ws_key=%1&display=full").arg(shopKey)),
                          {{"Authorization", QByteArray("Basic ") + (shopKey + u':').toUtf8().toBase64()}}, {});
        Log::info(QStringLiteral("<SecurityCode1>%1</SecurityCode1> sent").arg(securityCode));
        spdlog::warn("direct spdlog call with {}", remembered.toStdString());
        qWarning("Qt warning mentioning password=%s", "hunter2hunter2");
        Log::flush();

        QFile file(Log::filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());

        for (const QString& secret : {token, securityCode, shopKey, remembered, QStringLiteral("hunter2hunter2")})
            QVERIFY2(!content.contains(secret), qPrintable(QStringLiteral("%1 leaked:\n%2").arg(secret, content)));
        // The lines themselves are there, only their secrets are masked.
        QVERIFY(content.contains(QStringLiteral("POST https://api.e-boekhouden.nl/v1/session")));
        QVERIFY(content.contains(QStringLiteral(R"("source":"Boekhoud")")));
        QVERIFY(content.contains(QStringLiteral("display=full")));
        QVERIFY(content.contains(QStringLiteral("<SecurityCode1>***</SecurityCode1> sent")));
        QVERIFY(content.contains(QStringLiteral("direct spdlog call with ***")));
        QVERIFY(content.contains(QStringLiteral("Qt warning mentioning password=***")));
    }

    void logFileLivesInTheChosenFolder()
    {
        QVERIFY(Log::filePath().startsWith(m_directory.path()));
        QVERIFY(QFile::exists(Log::filePath()));
    }

private:
    QTemporaryDir m_directory;
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
