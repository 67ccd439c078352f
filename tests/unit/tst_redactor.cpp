#include "logging/Redactor.h"

#include <QtTest>

// Table-driven: each row is a line as a network client would log it, and the secret it must lose.
class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Redactor::forgetAll(); }

    void masksKnownSyntaxes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("mustKeep");

        QTest::newRow("REST session body") << R"({"accessToken": "TOK-9f8e7d6c5b4a", "source": "Boekhoud"})"
                                           << "TOK-9f8e7d6c5b4a"
                                           << R"("source": "Boekhoud")";
        QTest::newRow("REST session reply") << R"({"token":"sess-0123456789abcdef","expiresIn":3600})"
                                            << "sess-0123456789abcdef"
                                            << R"("expiresIn":3600)";
        QTest::newRow("raw Authorization header") << "Authorization: sess-0123456789abcdef"
                                                  << "sess-0123456789abcdef"
                                                  << "Authorization: ***";
        QTest::newRow("Bearer header") << "authorization: Bearer abcdef123456"
                                       << "abcdef123456"
                                       << "authorization:";
        QTest::newRow("Basic header") << "Authorization: Basic S0VZMTIzNDU2Og=="
                                      << "S0VZMTIzNDU2Og=="
                                      << "";
        QTest::newRow("OAuth header")
            << R"(Authorization: OAuth oauth_consumer_key="ck123456", oauth_token="at987654", oauth_signature="c2lnbmF0dXJl")"
            << "c2lnbmF0dXJl"
            << "";
        QTest::newRow("SOAP security code 1")
            << "<OpenSession><Username>jan</Username><SecurityCode1>0123456789abcdef0123456789abcdef</SecurityCode1>"
            << "0123456789abcdef0123456789abcdef"
            << "<Username>jan</Username>";
        QTest::newRow("SOAP security code 2 with prefix")
            << "<soap:SecurityCode2>AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE</soap:SecurityCode2>"
            << "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE"
            << "<soap:SecurityCode2>***</soap:SecurityCode2>";
        QTest::newRow("SOAP session id") << "<SessionID>{5d1c-88aa-session}</SessionID>"
                                         << "{5d1c-88aa-session}"
                                         << "<SessionID>***</SessionID>";
        QTest::newRow("PrestaShop key in query")
            << "GET https://shop.example/api/orders?ws_key=PSKEYPSKEYPSKEY&output_format=JSON"
            << "PSKEYPSKEYPSKEY"
            << "output_format=JSON";
        QTest::newRow("PrestaShop key as URL user") << "GET https://PSKEY1234567@shop.example/api/orders"
                                                    << "PSKEY1234567"
                                                    << "shop.example/api/orders";
        QTest::newRow("password form field") << "username=jan&password=hunter2hunter2&x=1"
                                             << "hunter2hunter2"
                                             << "username=jan";
        QTest::newRow("plain text token") << "connecting with token=abc123def456"
                                          << "abc123def456"
                                          << "connecting";
        // (a plain literal: moc misreads a raw string holding a backslash-quote)
        QTest::newRow("json with escaped quote") << "{\"password\":\"p\\\"ss-word-1\"}"
                                                 << "ss-word-1"
                                                 << "";
        QTest::newRow("Magento consumer secret") << R"({"consumer_secret": "cs-zzzzyyyyxxxx"})"
                                                 << "cs-zzzzyyyyxxxx"
                                                 << "";
    }

    void masksKnownSyntaxes()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        QFETCH(QString, mustKeep);
        const QString redacted = Redactor::redact(line);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(Redactor::mask()), qPrintable(redacted));
        QVERIFY2(redacted.contains(mustKeep), qPrintable(redacted));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("invoice") << "Invoice 100000123 booked as mutation 4711 for debtor KlaartjePi5";
        QTest::newRow("url without secrets") << "GET https://api.e-boekhouden.nl/v1/ledger?code=8000&limit=100";
        QTest::newRow("token mentioned") << "The session token expires in 3600 seconds";
        QTest::newRow("xml without secrets") << "<Username>jan</Username><Source>Boekhoud</Source>";
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, line);
        QCOMPARE(Redactor::redact(line), line);
    }

    void masksRememberedSecretsAnywhere()
    {
        Redactor::remember(QStringLiteral("s3cr3t/value+1"));
        const QString line = QStringLiteral("odd place s3cr3t/value+1 and encoded s3cr3t%2Fvalue%2B1 end");
        const QString redacted = Redactor::redact(line);
        QCOMPARE(redacted, QStringLiteral("odd place *** and encoded *** end"));
    }

    void ignoresTooShortSecrets()
    {
        Redactor::remember(QStringLiteral("ab"));
        QCOMPARE(Redactor::redact(QStringLiteral("tab")), QStringLiteral("tab"));
    }

    void masksLongestSecretFirst()
    {
        Redactor::remember(QStringLiteral("abcd"));
        Redactor::remember(QStringLiteral("abcdefgh"));
        QCOMPARE(Redactor::redact(QStringLiteral("x abcdefgh y")), QStringLiteral("x *** y"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
