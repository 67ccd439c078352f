#include "eboekhouden/XmlNode.h"
#include "EmulatorFixture.h"

#include <QtTest>

// SoapClient against the emulator over real HTTP on 127.0.0.1.
class TestSoapClient : public QObject
{
    Q_OBJECT

private slots:
    void connectionTestAndLoginFailure()
    {
        EmulatorFixture f;
        const Result<ConnectionInfo> info = f.soap()->testConnection();
        QVERIFY2(info.ok(), why(info).constData());
        QCOMPARE(info.value().administrationName, QStringLiteral("Demo Webwinkel B.V."));
        QCOMPARE(info.value().ledgerCount, 5); // the proof, as over REST (C1): the ledger accounts
        const QList<EmulatorRequest> open = f.emulator.requests("POST", QStringLiteral("OpenSession"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().header("soapaction"), QByteArray("\"http://www.e-boekhouden.nl/soap/OpenSession\""));

        const Result<ConnectionInfo> refused = f.soap(QStringLiteral("wrong-code-1"))->testConnection();
        QCOMPARE(refused.error().kind, ApiError::Kind::AuthFailed);
    }

    void relationsLedgersAndCostCenters()
    {
        EmulatorFixture f;
        auto client = f.soap();
        const Result<Relation> created = client->createRelation(f.customer());
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(client->createRelation(f.customer()).error().code, QStringLiteral("REL_049"));
        QCOMPARE(client->findRelationsByCode(QStringLiteral("WEB00123")).value().size(), 1);
        QCOMPARE(client->findRelationsByEmail(QStringLiteral("INFO@jansen.example")).value().size(), 1);
        Relation changed = created.value();
        changed.city = QStringLiteral("Zwolle");
        QVERIFY(client->updateRelation(changed).ok());
        QCOMPARE(f.emulator.state().relationByCode(QStringLiteral("WEB00123"))->city, QStringLiteral("Zwolle"));
        QCOMPARE(client->ledgers(QStringLiteral("8000")).value().first().description, QStringLiteral("Omzet"));
        QCOMPARE(client->costCenters().value().size(), 1);
        // By id (GetRelaties' ID filter): exactly that relation, with its code.
        const Result<Relation> byId = client->relation(created.value().id);
        QVERIFY2(byId.ok(), why(byId).constData());
        QCOMPARE(byId.value().code, QStringLiteral("WEB00123"));
        QCOMPARE(client->relation(created.value().id + 999).error().kind, ApiError::Kind::NotFound);
        QCOMPARE(client->invoiceTemplates().error().kind, ApiError::Kind::Unsupported);
    }

    void salePaymentLookupAndOpenItems()
    {
        EmulatorFixture f;
        auto client = f.soap();
        const Relation r = client->createRelation(f.customer()).value();
        // Excl. VAT, as a Posting in EX mode states the rows: 121.00 + 25.41 at 21 %, 10.90 + 0.98 at 9 %.
        MutationRequest sale = f.sale(r, QStringLiteral("WS20260001"));
        sale.amountsIncludeVat = false;
        sale.rows[0] = EmulatorFixture::row(12100, QStringLiteral("HOOG_VERK_21"), f.revenue, QStringLiteral("8000"),
                                            QStringLiteral("Artikelen 21%"), 12100, 2541, 21);
        sale.rows[1] = EmulatorFixture::row(1090, QStringLiteral("LAAG_VERK_9"), f.revenue, QStringLiteral("8000"),
                                            QStringLiteral("Artikelen 9%"), 1090, 98, 9);
        const Result<qint64> booked = client->createMutation(sale);
        QVERIFY2(booked.ok(), why(booked).constData());

        // All four amounts per row as the request states them, incl = excl + VAT, from a real XML writer.
        const std::optional<XmlNode> posted =
            XmlNode::parse(f.emulator.requests("POST", QStringLiteral("AddMutatie")).first().body);
        QVERIFY(posted);
        const XmlNode* row = posted->find(u"cMutatieRegel");
        QVERIFY(row);
        QCOMPARE(row->childText(u"BedragExclBTW"), QStringLiteral("121.00"));
        QCOMPARE(row->childText(u"BedragBTW"), QStringLiteral("25.41"));
        QCOMPARE(row->childText(u"BedragInclBTW"), QStringLiteral("146.41"));
        QCOMPARE(row->childText(u"BTWPercentage"), QStringLiteral("21"));

        QCOMPARE(client->createMutation(sale).error().kind, ApiError::Kind::AlreadyExists);
        const Result<QList<MutationSummary>> found = client->findMutationsByInvoiceNumber(QStringLiteral("WS20260001"));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().id, booked.value());

        const Money gross = Money::fromCents(14641 + 1188);
        QCOMPARE(client->outstandingItems(OutstandingItem::Side::Debtors).value().first().outstanding, gross);
        QVERIFY(client->createMutation(f.payment(r, QStringLiteral("WS20260001"), gross)).ok());
        QVERIFY(client->outstandingItems(OutstandingItem::Side::Debtors).value().isEmpty());
    }

    void errorMsgBecomesTheSameErrorType()
    {
        EmulatorFixture f;
        auto client = f.soap();
        const Relation r = client->createRelation(f.customer()).value();
        MutationRequest wrongLedger = f.sale(r, QStringLiteral("WS5"));
        wrongLedger.ledgerCode = QStringLiteral("1010"); // bank, not debtors
        const Result<qint64> result = client->createMutation(wrongLedger);
        QCOMPARE(result.error().code, QStringLiteral("MUT_011"));
        QCOMPARE(result.error().kind, ApiError::Kind::Validation);
        QCOMPARE(client->createMutation(f.payment(r, QString(), Money::fromCents(100))).error().code,
                 QStringLiteral("MUT_120"));
    }

    void invoicesAndLookup()
    {
        EmulatorFixture f;
        auto client = f.soap();
        const Relation r = client->createRelation(f.customer()).value();
        InvoiceRequest invoice;
        invoice.relationCode = r.code;
        invoice.invoiceNumber = QStringLiteral("WS-2026-0007");
        invoice.date = QDate(2026, 6, 1);
        invoice.templateName = QStringLiteral("Standaard");
        invoice.lines = {{10000,
                          {},
                          0,
                          {},
                          QStringLiteral("Product B"),
                          Money::fromCents(1000),
                          QStringLiteral("LAAG_VERK_9"),
                          0,
                          QStringLiteral("8000"),
                          0,
                          {}}};
        const Result<CreatedInvoice> created = client->createInvoice(invoice);
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(client->findInvoicesByInvoiceNumber(QStringLiteral("WS-2026-0007")).value().first().totalInclVat,
                 Money::fromCents(1090));
        QCOMPARE(client->createInvoice(invoice).error().code, QStringLiteral("FACT_101"));

        // C3: cFactuurRegel has no VAT amount, so an AFW_VERK line is refused before anything is sent.
        const qsizetype sent = f.emulator.requests("POST", QStringLiteral("AddFactuur")).size();
        invoice.invoiceNumber = QStringLiteral("WS-2026-0008");
        invoice.lines[0].vatCode = QStringLiteral("AFW_VERK");
        invoice.lines[0].vatAmount = Money::fromCents(190);
        const Result<CreatedInvoice> refused = client->createInvoice(invoice);
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QCOMPARE(refused.error().code, QStringLiteral("AFW_VERK"));
        QVERIFY2(refused.error().message().contains(u"sales mutations") &&
                     refused.error().message().contains(u"API token"),
                 qPrintable(refused.error().message()));
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("AddFactuur")).size(), sent);
    }

    void sessionIsReopenedWhenRefused()
    {
        EmulatorFixture f;
        auto client = f.soap();
        QVERIFY(client->ledgers().ok());
        f.emulator.expireAllSessions();
        QVERIFY(client->ledgers().ok());
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("OpenSession")).size(), 2);
    }

    // Products by code through GetArtikelen; SOAP cannot add one.
    void productsAreFoundByCode()
    {
        EmulatorFixture f;
        auto client = f.soap();
        QVERIFY(client->findProductsByCode(QStringLiteral("SKU-1")).value().isEmpty());
        EmulatorState::Product teapot;
        teapot.code = QStringLiteral("SKU-1");
        teapot.description = QStringLiteral("Theepot");
        teapot.vatCode = QStringLiteral("HOOG_VERK_21");
        QVERIFY(f.emulator.state().addProduct(teapot).ok());
        const Result<QList<Product>> found = client->findProductsByCode(QStringLiteral("SKU-1"));
        QVERIFY2(found.ok(), why(found).constData());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().description, QStringLiteral("Theepot"));
        QCOMPARE(found.value().first().vatCode, QStringLiteral("HOOG_VERK_21"));
        QVERIFY(client->findProductsByCode(QStringLiteral("SKU")).value().isEmpty()); // exact codes only
        QCOMPARE(client->createProduct(Product{}).error().kind, ApiError::Kind::Unsupported);
    }

    // A session the service ended on its own (its lifetime is undocumented, C7) is reopened once, like REST
    // does on 401; one booking, no double post.
    void expiredSessionIsReopenedOnce()
    {
        EmulatorFixture f;
        f.emulator.sessions().soapLifetimeSeconds = 1;
        auto client = f.soap();
        const Relation r = client->createRelation(f.customer()).value();
        QTest::qWait(1200); // the emulator's session is over; the client's clock still says it is fresh
        const Result<qint64> booked = client->createMutation(f.sale(r, QStringLiteral("WS77")));
        QVERIFY2(booked.ok(), why(booked).constData());
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("OpenSession")).size(), 2);
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("AddMutatie")).size(), 2); // refused, then booked
        QCOMPARE(f.emulator.state().mutations().size(), 1);
    }

    void transportFaults()
    {
        EmulatorFixture f;
        auto client = f.soap();
        f.emulator.injectFault({EmulatorFault::Kind::MalformedBody, QStringLiteral("GetGrootboekrekeningen"), 1});
        QCOMPARE(client->ledgers().error().kind, ApiError::Kind::MalformedReply);
        f.emulator.injectFault({EmulatorFault::Kind::ServerError, QStringLiteral("GetGrootboekrekeningen"), 1});
        QCOMPARE(client->ledgers().error().kind, ApiError::Kind::Server);
        QVERIFY(client->ledgers().ok());
    }
};

QTEST_GUILESS_MAIN(TestSoapClient)
#include "tst_soapclient.moc"
