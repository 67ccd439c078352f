#include "booking/DocumentFactory.h"
#include "eboekhouden/XmlNode.h"
#include "EmulatorFixture.h"
#include "posting/PostingBuilder.h"
#include "rules/VatMapping.h"
#include "sync/AdministrationDirectory.h"
#include "sync/PostingRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace DocumentFactory;

// Issue 15 item 2: the posting is built once and the request writers only project it. What e-Boekhouden books
// (code, amount as entered, net, VAT, gross per row) is the Posting's, decided by PostingBuilder with the one VAT
// model (EBoekhoudenVatModel); the SOAP writer copies all four amounts, the REST writer the amount and code. The
// emulator computes the booking with its own arithmetic (EmulatorVatCode), the independent check.
class TestPostingWire : public QObject
{
    Q_OBJECT

    static Money cents(qint64 value) { return Money::fromCents(value); }

    static VatMapping mapping()
    {
        VatMapping::Proposal proposal;
        proposal.ossVatLedger = QStringLiteral("1650");
        return VatMapping::defaultProposal(proposal);
    }

    static Posting posted(const Invoice& document)
    {
        const PostingResult result = PostingBuilder::build(document, AdministrationSettings{}, mapping());
        if (!result.isPosting())
            qFatal("no posting: %s", qPrintable(result.problems.isEmpty() ? QString() : result.problems.first().message));
        return *result.posting;
    }

    // The rows of the AddMutatie envelope, each as "code entered/excl/vat/incl percentage".
    static QStringList soapRows(const QByteArray& body)
    {
        const std::optional<XmlNode> envelope = XmlNode::parse(body);
        if (!envelope)
            return {QStringLiteral("not XML")};
        QStringList rows{envelope->find(u"InExBTW")->text};
        for (const XmlNode* row : envelope->find(u"MutatieRegels")->childrenNamed(u"cMutatieRegel")) {
            rows.append(QStringLiteral("%1 %2/%3/%4/%5 %6%")
                            .arg(row->childText(u"BTWCode"), row->childText(u"BedragInvoer"),
                                 row->childText(u"BedragExclBTW"), row->childText(u"BedragBTW"),
                                 row->childText(u"BedragInclBTW"), row->childText(u"BTWPercentage")));
        }
        return rows;
    }

    // The same rows as the Posting holds them.
    static QStringList postingRows(const Posting& posting)
    {
        QStringList rows{posting.inExVat == InExVat::In ? QStringLiteral("IN") : QStringLiteral("EX")};
        for (const PostingRow& row : posting.rows) {
            rows.append(QStringLiteral("%1 %2/%3/%4/%5 %6%")
                            .arg(row.vatCode.name(), row.amount.toDecimalString(), row.net.toDecimalString(),
                                 row.vatAmount.toDecimalString(), row.gross.toDecimalString(),
                                 row.vatCode.computedRate().toString()));
        }
        return rows;
    }

    // The rows of the REST body, each as "code amount" plus " vatAmount x" when one is sent.
    static QStringList restRows(const QByteArray& body)
    {
        const QJsonObject mutation = QJsonDocument::fromJson(body).object();
        QStringList rows{mutation.value(u"inExVat").toString()};
        const QJsonArray array = mutation.value(u"rows").toArray();
        for (const QJsonValue& value : array) {
            const QJsonObject row = value.toObject();
            QString text = row.value(u"vatCode").toString() + u' ' +
                           Money::fromCents(qRound64(row.value(u"amount").toDouble() * 100)).toDecimalString();
            if (row.contains(u"vatAmount"))
                text +=
                    QStringLiteral(" vatAmount %1")
                        .arg(Money::fromCents(qRound64(row.value(u"vatAmount").toDouble() * 100)).toDecimalString());
            rows.append(text);
        }
        return rows;
    }

    struct Wires
    {
        QByteArray soap;
        QByteArray rest;
    };
    static Wires bothWires(EmulatorFixture& f, const Posting& posting, const Relation& debtor)
    {
        auto soapClient = f.soap();
        auto restClient = f.rest();
        AdministrationDirectory soapDirectory(*soapClient);
        AdministrationDirectory restDirectory(*restClient);
        const Result<PostingRequests::Wire> soap = PostingRequests::wire(posting, debtor, soapDirectory);
        const Result<PostingRequests::Wire> rest = PostingRequests::wire(posting, debtor, restDirectory);
        if (!soap.ok() || !rest.ok())
            qFatal("no request: %s", qPrintable((soap.ok() ? rest.error() : soap.error()).summary()));
        return {soap.value().body, rest.value().body};
    }

    // The mutation the emulator booked from the Posting's request sent through `client`, as it computed it on its own;
    // nothing when the request was not made or was refused.
    static const EmulatorState::Mutation* booked(EmulatorFixture& f, EBoekhoudenClient& client, const Posting& posting,
                                                 const Relation& debtor)
    {
        AdministrationDirectory directory(client);
        const Result<MutationRequest> request = PostingRequests::mutation(posting, debtor, directory);
        if (!request.ok())
            return nullptr;
        const Result<qint64> id = client.createMutation(request.value());
        return id.ok() ? f.emulator.state().mutation(id.value()) : nullptr;
    }

private slots:
    // 0.60 incl. 21 % (the shop: 0.50 + 0.10). EX would make e-Boekhouden compute 21 % of 0.50 = 0.105 -> 0.11, so
    // the Posting sends 0.60 IN: VAT 0.60 x 21/121 = 0.104 -> 0.10. A writer that recomputed the VAT from the rate
    // and the net would send 0.11; both writers send exactly the Posting's row, and the emulator, computing on its
    // own, books the shop's 0.60 with 0.10 VAT.
    void bothWritersSendThePostingsRowWhereRecomputingFromTheNetGivesAnotherCent()
    {
        EmulatorFixture f;
        const Relation debtor = f.rest()->createRelation(f.customer()).value();
        const Posting posting = posted(invoice("2001", "NL", {line("S", 1, "0.50", "0.60", 2100)}));
        QCOMPARE(postingRows(posting), (QStringList{u"IN"_qs, u"HOOG_VERK_21 0.60/0.50/0.10/0.60 21%"_qs}));

        const Wires wires = bothWires(f, posting, debtor);
        QCOMPARE(soapRows(wires.soap), postingRows(posting));
        QCOMPARE(restRows(wires.rest), (QStringList{u"IN"_qs, u"HOOG_VERK_21 0.60"_qs}));

        // The emulator's own arithmetic books what the Posting said, over either API.
        for (const bool overSoap : {true, false}) {
            EmulatorFixture g;
            const std::unique_ptr<EBoekhoudenClient> client =
                overSoap ? std::unique_ptr<EBoekhoudenClient>(g.soap()) : std::unique_ptr<EBoekhoudenClient>(g.rest());
            const Relation relation = client->createRelation(g.customer()).value();
            const EmulatorState::Mutation* stored = booked(g, *client, posting, relation);
            QVERIFY(stored);
            QCOMPARE(g.emulator.state().vatTotals(*stored).value(u"HOOG_VERK_21"_qs), cents(10));
            QCOMPARE(g.emulator.state().grossTotal(*stored), posting.totalIncl);
        }
        QCOMPARE(posting.totalVat, cents(10));
    }

    // OSS (seed 004): the net turnover at AFST_VERK and Germany's VAT as an amount on the OSS VAT ledger with GEEN.
    // Both rows go as the Posting has them; e-Boekhouden computes no VAT on either.
    void anOssVatRowIsSentAsThePostingsAmount()
    {
        EmulatorFixture f;
        f.emulator.state().addLedger(QStringLiteral("1650"), QStringLiteral("Af te dragen btw OSS"), u"BAL"_qs);
        const Relation debtor = f.rest()->createRelation(f.customer()).value();
        Invoice document = invoice("2002", "DE", {line("A", 1, "100.00", "119.00", 1900)});
        document.shipping = Shipping{QStringLiteral("DHL"), money("5.00"), money("5.95"), VatRate::percent(19)};
        computeTotals(document);
        const Posting posting = posted(document);
        QCOMPARE(postingRows(posting), (QStringList{u"EX"_qs, u"AFST_VERK 105.00/105.00/0.00/105.00 0%"_qs,
                                                    u"GEEN 19.95/19.95/0.00/19.95 0%"_qs}));

        const Wires wires = bothWires(f, posting, debtor);
        QCOMPARE(soapRows(wires.soap), postingRows(posting));
        QCOMPARE(restRows(wires.rest), (QStringList{u"EX"_qs, u"AFST_VERK 105.00"_qs, u"GEEN 19.95"_qs}));

        auto soap = f.soap();
        const EmulatorState::Mutation* stored = booked(f, *soap, posting, debtor);
        QVERIFY(stored);
        QCOMPARE(f.emulator.state().grossTotal(*stored), cents(12495));
        QCOMPARE(posting.totalIncl, cents(12495));
    }

    // The VAT model is EBoekhoudenVatModel alone: a correction to it after testing on a real administration is a
    // change of that one file, and must reach the wire. Here a Posting states a row's VAT other than the writers
    // would compute (0.50 ex. 21 % with 0.10 VAT, as rounding half to even would give 0.105): SOAP sends the
    // Posting's 0.10 and 0.60, not 0.11 and 0.61 of its own arithmetic; REST sends the amount and leaves the VAT to
    // e-Boekhouden. (Before issue 15 the SOAP writer recomputed and sent 0.11.)
    void aRowsVatIsThePostingsNotTheWritersOwn()
    {
        EmulatorFixture f;
        const Relation debtor = f.rest()->createRelation(f.customer()).value();
        Posting posting;
        posting.date = QDate(2026, 6, 1);
        posting.invoiceNumber = QStringLiteral("2003");
        posting.mainLedger = QStringLiteral("1300");
        posting.inExVat = InExVat::Ex;
        posting.paymentTermDays = 14;
        PostingRow row;
        row.ledger = QStringLiteral("8000");
        row.vatCode = VatCode::HoogVerk21;
        row.amount = cents(50);
        row.vatAmount = cents(10);
        row.net = cents(50);
        row.gross = cents(60);
        row.description = QStringLiteral("Omzet 21%");
        posting.rows = {row};

        const Wires wires = bothWires(f, posting, debtor);
        QCOMPARE(soapRows(wires.soap), (QStringList{u"EX"_qs, u"HOOG_VERK_21 0.50/0.50/0.10/0.60 21%"_qs}));
        QCOMPARE(restRows(wires.rest), (QStringList{u"EX"_qs, u"HOOG_VERK_21 0.50"_qs}));
    }

    // A product name longer than the row's limit is cut by the Posting (with a note), and the wire carries exactly
    // the Posting's text: the preview shows what is sent. 0.50 + 0.11 twice at 21 % goes as a row per line.
    void aLongTextIsTheTextThePostingShows()
    {
        EmulatorFixture f;
        const Relation debtor = f.rest()->createRelation(f.customer()).value();
        Invoice document =
            invoice("2004", "NL", {line("A", 1, "0.50", "0.61", 2100), line("B", 1, "0.50", "0.61", 2100)});
        document.lines[0].description = QString(260, u'x');
        const Posting posting = posted(document);
        QCOMPARE(posting.rows[0].description, QString(200, u'x'));
        const Wires wires = bothWires(f, posting, debtor);
        const QJsonArray rows = QJsonDocument::fromJson(wires.rest).object().value(u"rows").toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(u"description").toString(), posting.rows[0].description);
        QCOMPARE(rows[1].toObject().value(u"description").toString(), QStringLiteral("Product B"));
    }

    // An invoice whose Posting ties out only with prices including VAT cannot go over SOAP (AddFactuur has no
    // InExBTW, §2.5): the preview's request is refused with the same words as the push, nothing is sent; over REST
    // it is the Posting's IN invoice.
    void anInvoiceInclVatIsRefusedOverSoapInThePreviewAsInThePush()
    {
        EmulatorFixture f;
        const Relation debtor = f.rest()->createRelation(f.customer()).value();
        Posting posting;
        posting.form = Posting::Form::Invoice;
        posting.date = QDate(2026, 6, 1);
        posting.invoiceNumber = QStringLiteral("2005");
        posting.mainLedger = QStringLiteral("1300");
        posting.inExVat = InExVat::In;
        posting.paymentTermDays = 14;
        posting.invoiceTemplate = QStringLiteral("Standaard");
        PostingInvoiceLine line;
        line.description = QStringLiteral("Sticker");
        line.quantity = Quantity::whole(1);
        line.unitPriceExcl = cents(50);
        line.unitPriceIncl = cents(60);
        line.vatCode = VatCode::HoogVerk21;
        line.ledger = QStringLiteral("8000");
        line.vatAmount = cents(10);
        line.net = cents(50);
        line.gross = cents(60);
        posting.lines = {line};

        auto soap = f.soap();
        AdministrationDirectory soapDirectory(*soap);
        const Result<PostingRequests::Wire> refused = PostingRequests::wire(posting, debtor, soapDirectory);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message(), SoapClient::pricesIncludingVatRefusal(u"2005"_qs).message());
        QVERIFY(refused.error().message().startsWith(
            u"Invoice 2005 matches the shop's VAT to the cent only with prices including VAT"));
        InvoiceRequest asPushed;
        asPushed.invoiceNumber = posting.invoiceNumber;
        asPushed.pricesIncludeVat = true;
        QCOMPARE(soap->createInvoice(asPushed).error().message(), refused.error().message());
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("AddFactuur")).size(), 0);

        auto rest = f.rest();
        AdministrationDirectory restDirectory(*rest);
        const Result<PostingRequests::Wire> sent = PostingRequests::wire(posting, debtor, restDirectory);
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().summary()));
        const QJsonObject body = QJsonDocument::fromJson(sent.value().body).object();
        QCOMPARE(body.value(u"inExVat").toString(), u"IN"_qs);
        QCOMPARE(body.value(u"items").toArray().first().toObject().value(u"pricePerUnit").toDouble(), 0.6);
    }

    // SOAP books the four amounts it is sent: a row whose amounts were never filled in from a Posting (or do not add
    // up) would book a wrong VAT silently, so the client refuses it and sends nothing.
    void aSoapRowWhoseAmountsDoNotAddUpIsNotSent()
    {
        EmulatorFixture f;
        auto client = f.soap();
        const Relation r = client->createRelation(f.customer()).value();
        MutationRequest unfilled = f.sale(r, QStringLiteral("WS9"));
        unfilled.rows[1].amountExcl = Money();
        unfilled.rows[1].vat = Money();
        unfilled.rows[1].amountIncl = Money();
        const Result<qint64> refused = client->createMutation(unfilled);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("rows[1]"));
        QCOMPARE(refused.error().message(),
                 QStringLiteral("Row 2 of WS9 was not sent: its amounts do not add up (0.00 excl. "
                                "VAT + 0.00 VAT is not 0.00 incl. VAT, entered 10.90). Nothing "
                                "was booked. This is a fault in Boekhoudbrug: please report it "
                                "with this message."));

        MutationRequest offByACent = f.sale(r, QStringLiteral("WS10"));
        offByACent.rows[0].vat = cents(2101); // 100.00 + 21.01 is not 121.00
        QCOMPARE(client->createMutation(offByACent).error().field, QStringLiteral("rows[0]"));
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("AddMutatie")).size(), 0);
        QVERIFY(client->createMutation(f.sale(r, QStringLiteral("WS11"))).ok());
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("AddMutatie")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostingWire)
#include "tst_postingwire.moc"
