#include "eboekhouden/RestReplyParser.h"
#include "eboekhouden/SoapReplyParser.h"

#include <QFile>
#include <QtTest>

// The reply parsers on the wire contract's own sample payloads (../shared/samples/eboekhouden), read from there
// at test time so a changed sample is noticed here.
class TestReplyParsers : public QObject
{
    Q_OBJECT

    static QByteArray sample(const QString& name)
    {
        QFile file(QStringLiteral(BOEKHOUDBRUG_SAMPLES_DIR "/eboekhouden/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("sample missing: %s", qPrintable(file.fileName()));
        return file.readAll();
    }

private slots:
    void ourOwnAdviceIsNotQuotedAsTheServices()
    {
        // What we found ourselves reads as our advice; what e-Boekhouden said is quoted as its words.
        const ApiError ours = ApiError::ours(ApiError::Kind::NotFound, QStringLiteral("FACT_018"),
                                             QStringLiteral("Invoice template \"X\" does not exist."));
        QCOMPARE(ours.message(), QStringLiteral("Invoice template \"X\" does not exist."));
        const ApiError theirs =
            ApiError::make(ApiError::Kind::NotFound, QStringLiteral("REL_404"), QStringLiteral("Relation not found"));
        QVERIFY(theirs.message().contains(QStringLiteral("(e-Boekhouden says: Relation not found)")));
    }

    void restSession()
    {
        const Result<RestSession> session = RestReplyParser::session(sample(u"rest-session-response.json"_qs));
        QVERIFY(session.ok());
        QCOMPARE(session.value().token, QStringLiteral("SESSION_TOKEN"));
        QCOMPARE(session.value().expiresInSeconds, 3600);
    }

    void restValidationError()
    {
        const ApiError error = RestReplyParser::error(400, sample(u"rest-error-response-validation.json"_qs));
        QCOMPARE(error.kind, ApiError::Kind::AlreadyExists); // MUT_019: link, never post twice
        QCOMPARE(error.code, QStringLiteral("MUT_019"));
        QCOMPARE(error.field, QStringLiteral("invoiceNumber"));
        QCOMPARE(error.detail, QStringLiteral("Invoice number already exists."));
        QCOMPARE(error.httpStatus, 400);
        QVERIFY(!error.message().isEmpty());
    }

    void restMutationList()
    {
        const Result<QList<MutationSummary>> list =
            RestReplyParser::mutationList(sample(u"rest-mutation-list-response.json"_qs));
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        const MutationSummary& m = list.value().first();
        QCOMPARE(m.type, 0); // opening balance
        QCOMPARE(m.date, QDate(2018, 12, 31));
        QCOMPARE(m.ledgerId, 13201861);
        QCOMPARE(m.amount, Money::fromCents(40000)); // 400.0 on the wire
        QVERIFY(m.invoiceNumber.isEmpty());
        QCOMPARE(m.id, 0);
        QVERIFY(!m.hasId()); // C5: id 0 is not a link
    }

    void restSingleMutationIdIsReadable()
    {
        const Result<qint64> id = RestReplyParser::createdId(sample(u"rest-mutation-get-type1-response.json"_qs));
        QVERIFY(id.ok());
        QCOMPARE(id.value(), 7296);
    }

    // A request body where a reply is expected is not the documented shape: malformed, not a crash.
    void restRequestIsNotAListReply()
    {
        const Result<QList<MutationSummary>> list =
            RestReplyParser::mutationList(sample(u"rest-mutation-create-sales-invoice-type2-request.json"_qs));
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, ApiError::Kind::MalformedReply);
    }

    // Amounts that a double cannot hold exactly still come out to the cent.
    void restAmountsToTheCent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("113.08") << QByteArray("113.08") << qint64(11308);
        QTest::newRow("40.30") << QByteArray("40.30") << qint64(4030);
        QTest::newRow("0.1+0.2 trap") << QByteArray("0.3") << qint64(30);
        QTest::newRow("negative") << QByteArray("-1234567.89") << qint64(-123456789);
        QTest::newRow("text") << QByteArray("\"19.99\"") << qint64(1999);
    }
    void restAmountsToTheCent()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, cents);
        const QJsonDocument document = QJsonDocument::fromJson("{\"a\":" + json + "}");
        const std::optional<Money> money = RestReplyParser::money(document.object().value(QLatin1String("a")));
        QVERIFY(money);
        QCOMPARE(money->cents(), cents);
    }

    void soapSessionId()
    {
        const Result<QString> id = SoapReplyParser::sessionId(sample(u"soap-opensession-response.xml"_qs));
        QVERIFY(id.ok());
        QCOMPARE(id.value(), QStringLiteral("{some-bogus-sessionId}"));
    }

    void soapMutationNumber()
    {
        const Result<qint64> number = SoapReplyParser::mutationNumber(sample(u"soap-addmutatie-response.xml"_qs));
        QVERIFY(number.ok());
        QCOMPARE(number.value(), 12);
    }

    // The same reply with a filled-in ErrorMsg (HTTP 200) is an error, not a mutation number.
    void soapErrorMsgIsAnError()
    {
        QByteArray body = sample(u"soap-addmutatie-response.xml"_qs);
        body.replace("<LastErrorCode/>", "<LastErrorCode>E0001</LastErrorCode>");
        body.replace("<LastErrorDescription/>", "<LastErrorDescription>Ongeldige sessie</LastErrorDescription>");
        const Result<qint64> number = SoapReplyParser::mutationNumber(body);
        QVERIFY(!number.ok());
        QCOMPARE(number.error().code, QStringLiteral("E0001"));
        QCOMPARE(number.error().detail, QStringLiteral("Ongeldige sessie"));
    }

    // SOAP's codes are not published (C7): a code outside the catalogue says so, with e-Boekhouden's own text,
    // instead of "correct the document".
    void soapUnknownCodeSaysSo()
    {
        const QByteArray body =
            "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            "<soap:Body><AddMutatieResponse xmlns=\"http://www.e-boekhouden.nl/soap\"><AddMutatieResult><ErrorMsg>"
            "<LastErrorCode>E0417</LastErrorCode><LastErrorDescription>Boekjaar niet gevonden</LastErrorDescription>"
            "</ErrorMsg><Mutatienummer>0</Mutatienummer></AddMutatieResult></AddMutatieResponse></soap:Body>"
            "</soap:Envelope>";
        const Result<qint64> result = SoapReplyParser::mutationNumber(body);
        QVERIFY(!result.ok());
        QVERIFY(result.error().unclassified);
        QVERIFY(!result.error().duringRead);
        const QString message = result.error().message();
        QVERIFY2(message.contains(u"E0417") && message.contains(u"Boekjaar niet gevonden") &&
                     message.contains(u"does not know"),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"Correct the document"), qPrintable(message));
        QVERIFY(ApiError::isCatalogueCode(QStringLiteral("MUT_019")));
        QVERIFY(ApiError::isCatalogueCode(QStringLiteral("FACT_ITEM_015")));
        QVERIFY(!ApiError::isCatalogueCode(QStringLiteral("E0417")));
    }

    void soapRequestIsNotAReply()
    {
        const Result<QString> id = SoapReplyParser::sessionId(sample(u"soap-opensession-request.xml"_qs));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, ApiError::Kind::MalformedReply);
    }

    void soapTruncatedIsMalformed()
    {
        const QByteArray body = sample(u"soap-opensession-response.xml"_qs);
        const Result<QString> id = SoapReplyParser::sessionId(body.left(body.size() / 2));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, ApiError::Kind::MalformedReply);
    }
};

QTEST_GUILESS_MAIN(TestReplyParsers)
#include "tst_replyparsers.moc"
