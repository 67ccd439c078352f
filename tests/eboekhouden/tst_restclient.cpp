#include "eboekhouden/ConnectionTest.h"
#include "eboekhouden/RestReplyParser.h"
#include "EmulatorFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// RestClient against the emulator over real HTTP on 127.0.0.1.
class TestRestClient : public QObject
{
    Q_OBJECT

private slots:
    // C1: a regular token may not read /v1/administration (403 EP_001); the test proves the session with the
    // ledger read every token may make, and claims no administration name.
    void connectionTestPassesWithARegularToken()
    {
        EmulatorFixture f;
        const Result<ConnectionInfo> info = f.rest()->testConnection();
        QVERIFY2(info.ok(), why(info).constData());
        QCOMPARE(info.value().administrationName, QString());
        QCOMPARE(info.value().administrations, QStringList());
        QCOMPARE(info.value().ledgerCount, 5);
        QCOMPARE(info.value().ledgerCountIsMinimum, false);
        const QList<EmulatorRequest> ledgerReads = f.emulator.requests("GET", QStringLiteral("/v1/ledger"));
        QCOMPARE(ledgerReads.size(), 1);
        QCOMPARE(ledgerReads.first().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2000"));
        QCOMPARE(f.emulator.requests("GET", QStringLiteral("/v1/administration")).size(), 1); // asked, refused
        QVERIFY2(!ConnectionTest::describe(info.value()).contains(u"Demo Webwinkel"),
                 qPrintable(ConnectionTest::describe(info.value())));
        QVERIFY2(ConnectionTest::describe(info.value()).contains(u"ledger accounts (5 found)"),
                 qPrintable(ConnectionTest::describe(info.value())));
        const QList<EmulatorRequest> sessions = f.emulator.requests("POST", QStringLiteral("/v1/session"));
        QCOMPARE(sessions.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(sessions.first().body).object();
        QCOMPARE(body.value(QLatin1String("accessToken")).toString(), QStringLiteral("good-token-123"));
        QVERIFY(body.value(QLatin1String("source")).toString().size() <= 10);
        // The raw session token, no "Bearer".
        const QByteArray auth = ledgerReads.first().header("authorization");
        QVERIFY(!auth.isEmpty());
        QVERIFY(!auth.startsWith("Bearer"));
    }

    void accountantTokenListsTheAdministrations()
    {
        EmulatorFixture f;
        f.emulator.setAccountantMode(true);
        f.emulator.state().otherAdministrations = {QStringLiteral("Bakkerij Smit"), QStringLiteral("Fietsen Jansen")};
        const Result<ConnectionInfo> info = f.rest()->testConnection();
        QVERIFY2(info.ok(), why(info).constData());
        QCOMPARE(info.value().administrationName, QStringLiteral("Demo Webwinkel B.V."));
        QCOMPARE(info.value().administrations,
                 (QStringList{QStringLiteral("Demo Webwinkel B.V."), QStringLiteral("Bakkerij Smit"),
                              QStringLiteral("Fietsen Jansen")}));
        const QString sentence = ConnectionTest::describe(info.value());
        QVERIFY2(sentence.contains(u"manages 3 administration(s): Demo Webwinkel B.V., Bakkerij Smit, Fietsen Jansen"),
                 qPrintable(sentence));
    }

    // A refusal of a read (EP_001 here) is advice about the login, never "Correct the document".
    void refusedReadIsAboutTheLogin()
    {
        const ApiError error = RestReplyParser::error(
            403,
            R"({"type":"security","title":"This endpoint is only available to accountants","status":403,"code":"EP_001"})");
        QCOMPARE(error.kind, ApiError::Kind::AuthFailed);
        QVERIFY2(error.message().contains(u"accountants"), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(u"Correct the document"), qPrintable(error.message()));
        ApiError refusedRead =
            RestReplyParser::error(400, R"({"type":"validation","title":"Bad","status":400,"code":"ERR_002"})");
        refusedRead.duringRead = true;
        QCOMPARE(refusedRead.kind, ApiError::Kind::Validation);
        QVERIFY2(refusedRead.message().contains(u"API token"), qPrintable(refusedRead.message()));
        QVERIFY2(!refusedRead.message().contains(u"Correct the document"), qPrintable(refusedRead.message()));
        QCOMPARE(ConnectionTest::exitCodeFor(error.kind), int(ConnectionTest::AuthFailed));
    }

    // C2: the relation by id, with its code, for whoever needs the code of an outstanding item's relation.
    void relationById()
    {
        EmulatorFixture f;
        auto client = f.rest();
        const Relation created = client->createRelation(f.customer(QStringLiteral("WEB00777"))).value();
        const Result<Relation> read = client->relation(created.id);
        QVERIFY2(read.ok(), why(read).constData());
        QCOMPARE(read.value().id, created.id);
        QCOMPARE(read.value().code, QStringLiteral("WEB00777"));
        QCOMPARE(read.value().name, QStringLiteral("Jansen Fietsen"));
        QCOMPARE(client->relation(created.id + 999).error().kind, ApiError::Kind::NotFound);
        QCOMPARE(client->relation(0).error().kind, ApiError::Kind::NotFound);
    }

    void wrongTokenIsAuthFailed()
    {
        EmulatorFixture f;
        const Result<ConnectionInfo> info = f.rest(QStringLiteral("wrong-token"))->testConnection();
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ApiError::Kind::AuthFailed);
        QVERIFY(!info.error().message().isEmpty());
    }

    void expiredTokenSaysSo()
    {
        EmulatorFixture f;
        f.emulator.addAccessToken(QStringLiteral("old-token-456"), QDate(2020, 1, 1));
        const Result<ConnectionInfo> info = f.rest(QStringLiteral("old-token-456"))->testConnection();
        QCOMPARE(info.error().kind, ApiError::Kind::AuthFailed);
        QCOMPARE(info.error().code, QStringLiteral("API_SESSION_004"));
    }

    // C6: a Belgian administration's token on the Dutch domain: SECURITY_011, explained as the domain mix-up.
    void wrongCountryDomainSaysSo()
    {
        EmulatorFixture f;
        f.emulator.state().country = QStringLiteral("BE");
        const Result<ConnectionInfo> info = f.rest()->testConnection();
        QCOMPARE(info.error().kind, ApiError::Kind::AuthFailed);
        QCOMPARE(info.error().code, QStringLiteral("SECURITY_011"));
        QVERIFY2(info.error().message().contains(u"e-boekhouden.be") && info.error().message().contains(u"Belgium"),
                 qPrintable(info.error().message()));
    }

    // C6: an NL code in a Belgian administration is MUT_109, explained as the country's codes.
    void dutchVatCodeInABelgianAdministration()
    {
        EmulatorFixture f;
        f.emulator.state().country = QStringLiteral("BE");
        f.emulator.sessions().domainCountry = QStringLiteral("BE");
        auto client = f.rest();
        const Relation r = client->createRelation(f.customer()).value();
        const Result<qint64> refused = client->createMutation(f.sale(r, QStringLiteral("WS20260301")));
        QCOMPARE(refused.error().code, QStringLiteral("MUT_109"));
        QCOMPARE(refused.error().field, QStringLiteral("rows[0].vatCode"));
        QVERIFY2(refused.error().message().contains(u"Belgian administration takes only the BE_ codes"),
                 qPrintable(refused.error().message()));
    }

    void relationsCreateFindUpdate()
    {
        EmulatorFixture f;
        auto client = f.rest();
        const Result<Relation> created = client->createRelation(f.customer());
        QVERIFY2(created.ok(), why(created).constData());
        QVERIFY(created.value().id > 0);

        const Result<QList<Relation>> byCode = client->findRelationsByCode(QStringLiteral("WEB00123"));
        QVERIFY(byCode.ok());
        QCOMPARE(byCode.value().size(), 1);
        QCOMPARE(byCode.value().first().name, QStringLiteral("Jansen Fietsen"));
        QCOMPARE(byCode.value().first().emailAddress, QStringLiteral("info@jansen.example"));

        const Result<QList<Relation>> byEmail = client->findRelationsByEmail(QStringLiteral("info@jansen.example"));
        QVERIFY(byEmail.ok());
        QCOMPARE(byEmail.value().size(), 1);
        QCOMPARE(byEmail.value().first().id, created.value().id);
        QVERIFY(client->findRelationsByEmail(QStringLiteral("nobody@example.org")).value().isEmpty());

        Relation changed = created.value();
        changed.city = QStringLiteral("Amersfoort");
        QVERIFY(client->updateRelation(changed).ok());
        QCOMPARE(f.emulator.state().relation(changed.id)->city, QStringLiteral("Amersfoort"));
        QCOMPARE(f.emulator.requests("PATCH", QStringLiteral("/v1/relation/%1").arg(changed.id)).size(), 1);
    }

    void relationErrors()
    {
        EmulatorFixture f;
        auto client = f.rest();
        QVERIFY(client->createRelation(f.customer()).ok());
        const Result<Relation> taken = client->createRelation(f.customer());
        QCOMPARE(taken.error().kind, ApiError::Kind::AlreadyExists);
        QCOMPARE(taken.error().code, QStringLiteral("REL_049"));

        const Result<Relation> tooLong = client->createRelation(f.customer(QStringLiteral("CODE-LONGER-THAN-15")));
        QCOMPARE(tooLong.error().kind, ApiError::Kind::Validation);
        QCOMPARE(tooLong.error().code, QStringLiteral("REL_006"));
        QCOMPARE(tooLong.error().field, QStringLiteral("code"));

        Relation missing = f.customer(QStringLiteral("X1"));
        missing.id = 999999;
        QCOMPARE(client->updateRelation(missing).error().kind, ApiError::Kind::NotFound);
    }

    void listsArePagedUntilAShortPage()
    {
        EmulatorFixture f;
        for (int i = 0; i < 5; ++i)
            f.emulator.state().addLedger(QStringLiteral("90%1").arg(i), QStringLiteral("Extra"), QStringLiteral("VW"));
        RestClient::Settings settings;
        settings.baseUrl = f.emulator.restUrl();
        settings.pageSize = 4;
        RestClient client(QStringLiteral("good-token-123"), settings);
        const Result<QList<Ledger>> ledgers = client.ledgers();
        QVERIFY(ledgers.ok());
        QCOMPARE(ledgers.value().size(), 10); // 5 seeded + 5 extra over pages of 4, 4, 2
        QCOMPARE(f.emulator.requests("GET", QStringLiteral("/v1/ledger")).size(), 3);
        QCOMPARE(client.ledgers(QStringLiteral("8000")).value().first().id, f.revenue);
        QCOMPARE(client.invoiceTemplates().value().first().id, f.templateId);
        QCOMPARE(client.costCenters().value().first().description, QStringLiteral("Webwinkel"));
    }

    void salesInvoicePaymentAndOutstanding()
    {
        EmulatorFixture f;
        auto client = f.rest();
        const Relation r = client->createRelation(f.customer()).value();
        const Result<qint64> sale = client->createMutation(f.sale(r, QStringLiteral("WS20260001")));
        QVERIFY2(sale.ok(), why(sale).constData());

        // What went over the wire: amounts as numbers with two decimals.
        const QByteArray posted = f.emulator.requests("POST", QStringLiteral("/v1/mutation")).first().body;
        QVERIFY2(posted.contains("\"amount\":121.00"), posted.constData());
        QVERIFY(posted.contains("\"type\":2"));

        const Result<QList<MutationSummary>> found = client->findMutationsByInvoiceNumber(QStringLiteral("WS20260001"));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().id, sale.value());
        QCOMPARE(found.value().first().amount, Money::fromCents(13190));
        QVERIFY(client->findMutationsByInvoiceNumber(QStringLiteral("WS20269999")).value().isEmpty());

        Result<QList<OutstandingItem>> open =
            client->outstandingItems(OutstandingItem::Side::Debtors, QStringLiteral("WS20260001"));
        QVERIFY(open.ok());
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().outstanding, Money::fromCents(13190));
        // C2: the reply leaves out the deprecated invoiceNumber and relationCode; the client takes the number from
        // its filter and the code from GET /v1/relation/{id}.
        QCOMPARE(open.value().first().mutationId, sale.value());
        QCOMPARE(open.value().first().relationId, r.id);
        QCOMPARE(open.value().first().invoiceNumber, QStringLiteral("WS20260001"));
        QCOMPARE(open.value().first().relationCode, QStringLiteral("WEB00123"));
        QCOMPARE(f.emulator.requests("GET", QStringLiteral("/v1/relation/%1").arg(r.id)).size(), 1);
        QVERIFY(
            client->outstandingItems(OutstandingItem::Side::Debtors, QStringLiteral("WS20269999")).value().isEmpty());

        const Result<qint64> paid =
            client->createMutation(f.payment(r, QStringLiteral("WS20260001"), Money::fromCents(13190)));
        QVERIFY2(paid.ok(), why(paid).constData());
        open = client->outstandingItems(OutstandingItem::Side::Debtors);
        QVERIFY(open.ok());
        QVERIFY(open.value().isEmpty());
    }

    void mutationValidationErrors_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("duplicate") << "duplicate"
                                   << "MUT_019" << int(ApiError::Kind::AlreadyExists);
        QTest::newRow("unknown vat") << "vat"
                                     << "MUT_109" << int(ApiError::Kind::Validation);
        QTest::newRow("purchase vat on sale") << "purchaseVat"
                                              << "MUT_111" << int(ApiError::Kind::Validation);
        QTest::newRow("unknown ledger") << "ledger"
                                        << "MUT_104" << int(ApiError::Kind::Validation);
        QTest::newRow("main ledger not debtors") << "category"
                                                 << "MUT_011" << int(ApiError::Kind::Validation);
        QTest::newRow("closed period") << "closed"
                                       << "MUT_005" << int(ApiError::Kind::Validation);
        QTest::newRow("description too long") << "long"
                                              << "ERR_002" << int(ApiError::Kind::Validation);
        QTest::newRow("payment without invoice number") << "payNumber"
                                                        << "MUT_120" << int(ApiError::Kind::Validation);
        QTest::newRow("payment without relation") << "payRelation"
                                                  << "MUT_112" << int(ApiError::Kind::Validation);
    }

    void mutationValidationErrors()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, code);
        QFETCH(int, kind);
        EmulatorFixture f;
        auto client = f.rest();
        const Relation r = client->createRelation(f.customer()).value();
        QVERIFY(client->createMutation(f.sale(r, QStringLiteral("WS1"))).ok());
        MutationRequest m = f.sale(r, QStringLiteral("WS2"));
        if (breakage == u"duplicate")
            m.invoiceNumber = QStringLiteral("WS1");
        else if (breakage == u"vat")
            m.rows[0].vatCode = QStringLiteral("HOOG_VERK"); // historic 19 %
        else if (breakage == u"purchaseVat")
            m.rows[0].vatCode = QStringLiteral("HOOG_INK_21");
        else if (breakage == u"ledger")
            m.rows[1].ledgerId = 424242;
        else if (breakage == u"category")
            m.ledgerId = f.bank;
        else if (breakage == u"closed")
            f.emulator.state().closedUntil = QDate(2026, 6, 30);
        else if (breakage == u"long")
            m.description = QString(51, u'x');
        else if (breakage == u"payNumber" || breakage == u"payRelation") {
            m = f.payment(r, QStringLiteral("WS1"), Money::fromCents(100));
            if (breakage == u"payNumber")
                m.rows[0].invoiceNumber.clear();
            else
                m.rows[0].relationId = 0;
        }
        const Result<qint64> result = client->createMutation(m);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY(!result.error().message().isEmpty());
    }

    void invoicesAreCreatedAndFoundByNumber()
    {
        EmulatorFixture f;
        auto client = f.rest();
        const Relation r = client->createRelation(f.customer()).value();
        InvoiceRequest invoice;
        invoice.relationId = r.id;
        invoice.invoiceNumber = QStringLiteral("WS-2026-0001");
        invoice.date = QDate(2026, 6, 1);
        invoice.templateId = f.templateId;
        invoice.debtorLedgerId = f.debtors;
        invoice.lines = {{20000,
                          {},
                          0,
                          {},
                          QStringLiteral("Product A"),
                          Money::fromCents(5000),
                          QStringLiteral("HOOG_VERK_21"),
                          f.revenue,
                          QStringLiteral("8000"),
                          0,
                          {}}};
        const Result<CreatedInvoice> created = client->createInvoice(invoice);
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(created.value().invoiceNumber, QStringLiteral("WS-2026-0001"));
        QVERIFY(f.emulator.requests("POST", QStringLiteral("/v1/invoice")).first().body.contains("\"quantity\":2,"));

        const Result<QList<InvoiceSummary>> found = client->findInvoicesByInvoiceNumber(QStringLiteral("WS-2026-0001"));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().totalInclVat, Money::fromCents(12100));
        // Booked: it is an open item now.
        QCOMPARE(client->outstandingItems(OutstandingItem::Side::Debtors).value().size(), 1);

        QCOMPARE(client->createInvoice(invoice).error().code, QStringLiteral("FACT_101"));
        invoice.invoiceNumber = QStringLiteral("WS-2026-A");
        QCOMPARE(client->createInvoice(invoice).error().code, QStringLiteral("FACT_009"));
        invoice.invoiceNumber = QStringLiteral("WS-2026-0002");
        invoice.templateId = 1;
        QCOMPARE(client->createInvoice(invoice).error().code, QStringLiteral("FACT_018"));
    }

    // Issue 12 item 9: an invoice item's code names a product; products are found by code and created.
    void productsAreFoundCreatedAndCheckedOnInvoices()
    {
        EmulatorFixture f;
        auto client = f.rest();
        QVERIFY(client->findProductsByCode(QStringLiteral("SKU-1")).value().isEmpty());
        Product product;
        product.code = QStringLiteral("SKU-1");
        product.description = QStringLiteral("Theepot");
        product.priceExcl = Money::fromCents(1000);
        product.vatCode = QStringLiteral("HOOG_VERK_21");
        product.ledgerId = f.revenue;
        const Result<qint64> created = client->createProduct(product);
        QVERIFY2(created.ok(), why(created).constData());
        const QByteArray posted = f.emulator.requests("POST", QStringLiteral("/v1/product")).first().body;
        QVERIFY2(posted.contains("\"vat\":\"HOOG_VERK_21\"") && posted.contains("\"priceExcl\":10.00"),
                 posted.constData());
        const Result<QList<Product>> found = client->findProductsByCode(QStringLiteral("SKU-1"));
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().id, created.value());
        QCOMPARE(found.value().first().description, QStringLiteral("Theepot"));

        const Relation r = client->createRelation(f.customer()).value();
        InvoiceRequest invoice;
        invoice.relationId = r.id;
        invoice.invoiceNumber = QStringLiteral("WS-2026-0201");
        invoice.date = QDate(2026, 6, 1);
        invoice.templateId = f.templateId;
        invoice.debtorLedgerId = f.debtors;
        InvoiceRequest::Line line;
        line.code = QStringLiteral("SKU-2"); // not a product
        line.description = QStringLiteral("Kopjes");
        line.pricePerUnit = Money::fromCents(500);
        line.vatCode = QStringLiteral("HOOG_VERK_21");
        line.ledgerId = f.revenue;
        invoice.lines = {line};
        const Result<CreatedInvoice> refused = client->createInvoice(invoice);
        QCOMPARE(refused.error().code, QStringLiteral("FACT_ITEM_010"));
        QCOMPARE(refused.error().field, QStringLiteral("items[0].code"));
        QVERIFY2(refused.error().message().contains(u"no product"), qPrintable(refused.error().message()));
        // C7: an item description above our chosen limit is FACT_ITEM_002, and that is not about the VAT code.
        invoice.lines[0].description = QString(201, u'x');
        const Result<CreatedInvoice> tooLong = client->createInvoice(invoice);
        QCOMPARE(tooLong.error().code, QStringLiteral("FACT_ITEM_002"));
        QVERIFY2(!tooLong.error().message().contains(u"VAT code"), qPrintable(tooLong.error().message()));
        invoice.lines[0].description = QStringLiteral("Kopjes");
        invoice.lines[0].code = QStringLiteral("SKU-1");
        QVERIFY2(client->createInvoice(invoice).ok(), "a known product code is accepted");
    }

    // C3: an AFW_VERK line sends its VAT amount and e-Boekhouden books exactly that; on another code the
    // amount is refused (FACT_ITEM_015).
    void afwVerkInvoiceLineCarriesItsVat()
    {
        EmulatorFixture f;
        auto client = f.rest();
        const Relation r = client->createRelation(f.customer()).value();
        InvoiceRequest invoice;
        invoice.relationId = r.id;
        invoice.invoiceNumber = QStringLiteral("WS-2026-0101");
        invoice.date = QDate(2026, 6, 1);
        invoice.templateId = f.templateId;
        invoice.debtorLedgerId = f.debtors;
        InvoiceRequest::Line line;
        line.description = QStringLiteral("Fiets (19% VAT, Germany)");
        line.pricePerUnit = Money::fromCents(10000);
        line.vatCode = QStringLiteral("AFW_VERK");
        line.vatAmount = Money::fromCents(1900);
        line.ledgerId = f.revenue;
        invoice.lines = {line};
        const Result<CreatedInvoice> created = client->createInvoice(invoice);
        QVERIFY2(created.ok(), why(created).constData());
        const QByteArray posted = f.emulator.requests("POST", QStringLiteral("/v1/invoice")).first().body;
        QVERIFY2(posted.contains("\"vatCode\":\"AFW_VERK\",\"vatAmount\":19.00"), posted.constData());
        QCOMPARE(f.emulator.state().invoices().constLast().vatTotal, Money::fromCents(1900));
        QCOMPARE(client->findInvoicesByInvoiceNumber(invoice.invoiceNumber).value().first().totalInclVat,
                 Money::fromCents(11900));

        invoice.invoiceNumber = QStringLiteral("WS-2026-0102");
        invoice.lines[0].vatCode = QStringLiteral("HOOG_VERK_21");
        const Result<CreatedInvoice> refused = client->createInvoice(invoice);
        QCOMPARE(refused.error().code, QStringLiteral("FACT_ITEM_015"));
        QCOMPARE(refused.error().field, QStringLiteral("items[0].vatAmount"));
    }

    void sessionIsRenewedBeforeItExpires()
    {
        EmulatorFixture f;
        auto client = f.rest();
        QVERIFY(client->ledgers().ok());
        f.now = f.now.addSecs(3600 - 30); // inside the renewal margin
        QVERIFY(client->ledgers().ok());
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/session")).size(), 2);
    }

    void sessionIsRecreatedOnceAfter401()
    {
        EmulatorFixture f;
        auto client = f.rest();
        QVERIFY(client->ledgers().ok());
        f.emulator.injectFault({EmulatorFault::Kind::SessionExpiry, QStringLiteral("/v1/ledger"), 1});
        const Result<QList<Ledger>> again = client->ledgers();
        QVERIFY2(again.ok(), why(again).constData());
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/session")).size(), 2);
        QCOMPARE(f.emulator.requests("GET", QStringLiteral("/v1/ledger")).size(), 3); // ok, 401, ok
    }

    void rateLimitIsHonoured()
    {
        EmulatorFixture f;
        auto client = f.rest();
        EmulatorFault fault{EmulatorFault::Kind::RateLimit, QStringLiteral("/v1/ledger"), 2};
        fault.retryAfterSeconds = 7;
        f.emulator.injectFault(fault);
        const Result<QList<Ledger>> ledgers = client->ledgers();
        QVERIFY(ledgers.ok());
        QCOMPARE(f.waits, (QList<int>{7, 7}));
        QCOMPARE(f.emulator.requests("GET", QStringLiteral("/v1/ledger")).size(), 3);

        fault.retryAfterSeconds = 3600; // longer than the client will wait: report it
        fault.times = 1;
        f.emulator.injectFault(fault);
        const Result<QList<Ledger>> limited = client->ledgers();
        QCOMPARE(limited.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(limited.error().retryAfterSeconds, 3600);
    }

    void transportFaultsAreTyped_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("5xx") << int(EmulatorFault::Kind::ServerError) << int(ApiError::Kind::Server);
        QTest::newRow("dropped") << int(EmulatorFault::Kind::DropConnection) << int(ApiError::Kind::Network);
        QTest::newRow("timeout") << int(EmulatorFault::Kind::Timeout) << int(ApiError::Kind::Network);
        QTest::newRow("malformed") << int(EmulatorFault::Kind::MalformedBody) << int(ApiError::Kind::MalformedReply);
    }

    void transportFaultsAreTyped()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        EmulatorFixture f;
        RestClient::Settings settings;
        settings.baseUrl = f.emulator.restUrl();
        settings.timeoutMs = 300;
        RestClient client(QStringLiteral("good-token-123"), settings);
        QVERIFY(client.openSession().ok());
        // Every time: QNetworkAccessManager itself re-sends a GET once when the connection drops.
        f.emulator.injectFault({static_cast<EmulatorFault::Kind>(fault), QStringLiteral("/v1/ledger"), -1});
        const Result<QList<Ledger>> result = client.ledgers();
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        f.emulator.clearFaults();
        QVERIFY(client.ledgers().ok()); // and the next call works again
    }

    void plainHttpToAnotherHostIsRefused()
    {
        RestClient::Settings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://api.e-boekhouden.nl"));
        RestClient client(QStringLiteral("good-token-123"), settings);
        QCOMPARE(client.testConnection().error().kind, ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
