#include "eboekhouden/SoapClient.h"
#include "store/SyncLogRepository.h"
#include "sync/AdministrationDirectory.h"
#include "SyncFixture.h"

#include <QtTest>

// The whole sync over e-Boekhouden's SOAP API (username + security codes), against the emulator's SOAP face:
// invoices in the invoice form (AddFactuur takes the template's name, as SOAP cannot list templates), credit
// memos and payments, each booked once. And what SOAP cannot express (an AFW_VERK line's VAT, C3) is refused
// before anything is posted.
class TestSoapSync : public QObject
{
    Q_OBJECT

    const QString username = QStringLiteral("soapsync");
    const QString code1 = QStringLiteral("soapsync-code-1-0123456789");
    const QString code2 = QStringLiteral("SOAP2-AAAA-BBBB");

    std::unique_ptr<SyncEngine> soapEngine(SyncFixture& f) const
    {
        f.emulator.addSoapUser(username, code1, code2);
        const QUrl url = f.emulator.soapUrl();
        return std::make_unique<SyncEngine>(
            f.store.database->path(),
            [url, user = username, one = code1, two = code2] {
                SoapClient::Settings settings;
                settings.endpoint = url;
                settings.timeoutMs = 1500;
                return std::unique_ptr<EBoekhoudenClient>(std::make_unique<SoapClient>(user, one, two, settings));
            },
            f.configuration);
    }

    static void bookAsInvoices(SyncFixture& f, const QString& templateName = QStringLiteral("Standaard"))
    {
        f.configuration.settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        f.configuration.settings.invoiceTemplate = templateName;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        f.configuration.settings.bookPayments = true;
    }

    static CreditMemo creditMemoOf(const Invoice& invoice, const QString& number)
    {
        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = invoice;
        memo.kind = DocumentKind::CreditMemo;
        memo.shopId = u"cm"_qs + number;
        memo.number = number;
        memo.invoiceNumber = invoice.number;
        memo.paid = false;
        memo.payments.clear();
        return memo;
    }

    // An invoice whose shop VAT (4.21 on 20.00 at 21%) e-Boekhouden's rounding cannot reproduce: its lines go out
    // as AFW_VERK with the shop's VAT amount (PostingBuilder).
    static Invoice invoiceNeedingAfwVerk(int number)
    {
        Invoice invoice = SyncFixture::invoice(number, number);
        invoice.lines[0].vatAmount = Money::fromCents(421);
        invoice.lines[0].rowTotalIncl = Money::fromCents(2421);
        invoice.totalIncl = Money::fromCents(2921);
        invoice.totalVat = Money::fromCents(508);
        return invoice;
    }

private slots:
    void booksInvoicesCreditMemosAndPaymentsOnce()
    {
        SyncFixture f;
        bookAsInvoices(f);
        Invoice paid = SyncFixture::invoice(1, 1);
        paid.paid = true;
        paid.payments = {{u"p1"_qs, u"iDEAL"_qs, u"tr_1"_qs, Money::fromCents(2920), paid.createdAt}};
        const qint64 paidId = f.add(paid);
        // The first invoice's SKU is a product in e-Boekhouden, the second's is not (GetArtikelen tells).
        EmulatorState::Product teapot;
        teapot.code = QStringLiteral("SKU-1");
        teapot.description = QStringLiteral("Theepot");
        teapot.vatCode = QStringLiteral("HOOG_VERK_21");
        QVERIFY(f.emulator.state().addProduct(teapot).ok());
        Invoice credited = SyncFixture::invoice(2, 2);
        credited.lines[0].sku = QStringLiteral("SKU-2");
        const qint64 creditedId = f.add(credited);
        const qint64 memoId =
            *DocumentRepository(*f.store.database).upsert(creditMemoOf(credited, QStringLiteral("300000002")));

        const SyncSummary summary = soapEngine(f)->runPending();
        QVERIFY2(summary.stoppedBecause.isEmpty(), qPrintable(summary.stoppedBecause));
        QVERIFY2(summary.posted == 3, qPrintable(f.document(memoId).lastMessage));
        QCOMPARE(summary.refused, 0);
        QCOMPARE(summary.paymentsBooked, 1);
        for (const qint64 id : {paidId, creditedId, memoId})
            QVERIFY2(f.document(id).state == SyncState::Posted, qPrintable(f.document(id).lastMessage));

        // Three AddFactuur, each with the typed template name; nothing went over REST.
        const QList<EmulatorRequest> invoices = f.emulator.requests("POST", QStringLiteral("AddFactuur"));
        QCOMPARE(invoices.size(), 3);
        for (const EmulatorRequest& request : invoices)
            QVERIFY(request.body.contains("<Factuursjabloon>Standaard</Factuursjabloon>"));
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/session")).size(), 0);

        // e-Boekhouden holds two invoices and the credit memo, each booked once with the shop's totals ...
        const auto& booked = f.emulator.state().invoices();
        QCOMPARE(booked.size(), 3);
        QCOMPARE(booked.at(0).totalIncl, Money::fromCents(2920));
        QCOMPARE(booked.at(1).totalIncl, Money::fromCents(2920));
        QCOMPARE(booked.at(2).totalIncl, Money::fromCents(-2920));
        QCOMPARE(booked.at(2).invoiceNumber, f.document(memoId).eboekhoudenNumber);
        QCOMPARE(booked.at(0).lines.constFirst().code, QStringLiteral("SKU-1"));
        QCOMPARE(booked.at(1).lines.constFirst().code, QString()); // SKU-2 is no product: description-only
        QCOMPARE(booked.at(1).lines.constFirst().description, QStringLiteral("Theepot"));
        // ... and one payment, of the paid invoice, on the bank ledger.
        int payments = 0;
        for (const auto& mutation : f.emulator.state().mutations()) {
            if (mutation.type != 3)
                continue;
            ++payments;
            QCOMPARE(mutation.invoiceNumber, QStringLiteral("100000001"));
            QCOMPARE(mutation.ledgerId, f.emulator.state().ledgerByCode(QStringLiteral("1010"))->id);
            QCOMPARE(f.emulator.state().grossTotal(mutation), Money::fromCents(2920));
        }
        QCOMPARE(payments, 1);
        // AddFactuur answers with a number only: no id is recorded, never a 0 (C5), and the check of the links
        // proves each booking by its number, relation and amount instead of calling it wrong.
        for (const qint64 id : {paidId, creditedId, memoId})
            QVERIFY2(f.document(id).eboekhoudenId != u"0"_qs, qPrintable(f.document(id).eboekhoudenId));
        const SyncSummary checked = soapEngine(f)->runCheckLinks({paidId, creditedId, memoId});
        QCOMPARE(checked.wrongLinks, 0);
        for (const qint64 id : {paidId, creditedId, memoId})
            QCOMPARE(f.document(id).state, SyncState::Posted);
        const auto open = f.emulator.state().outstanding(true);
        QCOMPARE(open.size(), 2); // the credited invoice and its credit memo, settled against each other by hand
        for (const auto& item : open)
            QVERIFY(item.mutation->invoiceNumber != u"100000001"_qs);

        // A second run books nothing again.
        const SyncSummary again = soapEngine(f)->runPending();
        QCOMPARE(again.posted, 0);
        QCOMPARE(again.paymentsBooked, 0);
        QCOMPARE(f.emulator.state().invoices().size(), 3);
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("AddMutatie")).size(), 1);
    }

    // The template name is checked by e-Boekhouden on the first booking: an unknown one is refused (FACT_018)
    // with what to do, and nothing is booked.
    void anUnknownTemplateNameIsRefusedWithAdvice()
    {
        SyncFixture f;
        bookAsInvoices(f, QStringLiteral("Standard")); // e-Boekhouden's is "Standaard"
        const qint64 id = f.add(SyncFixture::invoice(1, 1));
        const SyncSummary summary = soapEngine(f)->runPending();
        QCOMPARE(summary.posted, 0);
        QCOMPARE(summary.refused, 1);
        const StoredDocument stored = f.document(id);
        QCOMPARE(stored.state, SyncState::Failed);
        QVERIFY2(stored.lastMessage.contains(u"invoice template") &&
                     !stored.lastMessage.contains(u"Correct the document"),
                 qPrintable(stored.lastMessage));
        QCOMPARE(f.emulator.state().invoices().size(), 0);
        QCOMPARE(f.emulator.state().mutations().size(), 0);
    }

    // C3: SOAP invoice lines carry no VAT amount, so a document that needs AFW_VERK is refused before its invoice
    // is posted, saying how to book it; over REST the same document books exactly the shop's VAT.
    void aDocumentNeedingAfwVerkIsRefusedOverSoapAndBookedOverRest()
    {
        SyncFixture f;
        bookAsInvoices(f);
        const qint64 overSoap = f.add(invoiceNeedingAfwVerk(1));
        SyncSummary summary = soapEngine(f)->runPending();
        QCOMPARE(summary.refused, 1);
        QCOMPARE(f.document(overSoap).state, SyncState::Failed);
        const QString message = f.document(overSoap).lastMessage;
        QVERIFY2(message.contains(u"AFW_VERK") && message.contains(u"sales mutations") &&
                     message.contains(u"API token"),
                 qPrintable(message));
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("AddFactuur")).size(), 0);
        QCOMPARE(f.emulator.state().invoices().size(), 0);

        const qint64 overRest = f.add(invoiceNeedingAfwVerk(2));
        summary = f.engine()->runDocuments({overRest});
        QCOMPARE(summary.posted, 1);
        QCOMPARE(f.emulator.state().invoices().size(), 1);
        const EmulatorState::Invoice& booked = f.emulator.state().invoices().constFirst();
        QCOMPARE(booked.vatTotal, Money::fromCents(508)); // the shop's VAT, to the cent
        QCOMPARE(booked.totalIncl, Money::fromCents(2921));
        const QByteArray posted = f.emulator.requests("POST", QStringLiteral("/v1/invoice")).constFirst().body;
        QVERIFY2(posted.contains("\"vatCode\":\"AFW_VERK\",\"vatAmount\":"), posted.constData());
    }

    // Issue 12 item 9: an invoice line names its product only when e-Boekhouden has it; an unknown SKU goes
    // description-only instead of failing the document, or is created first when that is allowed.
    void anUnknownSkuNeverFailsAnInvoice()
    {
        SyncFixture f;
        bookAsInvoices(f);
        const qint64 first = f.add(SyncFixture::invoice(1, 1)); // line SKU-1, not a product
        SyncSummary summary = f.engine()->runPending();
        QVERIFY2(summary.posted == 1, qPrintable(f.document(first).lastMessage));
        QCOMPARE(f.emulator.state().invoices().constFirst().lines.constFirst().code, QString());
        QCOMPARE(f.emulator.state().invoices().constFirst().lines.constFirst().description, QStringLiteral("Theepot"));

        EmulatorState::Product teapot;
        teapot.code = QStringLiteral("SKU-1");
        teapot.description = QStringLiteral("Theepot");
        teapot.vatCode = QStringLiteral("HOOG_VERK_21");
        QVERIFY(f.emulator.state().addProduct(teapot).ok());
        const qint64 second = f.add(SyncFixture::invoice(2, 2));
        summary = f.engine()->runPending();
        QVERIFY2(summary.posted == 1, qPrintable(f.document(second).lastMessage));
        QCOMPARE(f.emulator.state().invoices().constLast().lines.constFirst().code, QStringLiteral("SKU-1"));
        QCOMPARE(f.emulator.state().products().size(), 1); // nothing created: not allowed by default
    }

    void theSettingLetsASyncCreateAMissingProduct()
    {
        SyncFixture f;
        bookAsInvoices(f);
        f.configuration.settings.createMissingProducts = true; // Settings → Booking
        const qint64 id = f.add(SyncFixture::invoice(1, 1));   // line SKU-1, not a product yet
        const SyncSummary summary = f.engine()->runPending();
        QVERIFY2(summary.posted == 1, qPrintable(f.document(id).lastMessage));
        QCOMPARE(f.emulator.state().products().size(), 1);
        QCOMPARE(f.emulator.state().products().constFirst().code, QStringLiteral("SKU-1"));
        QCOMPARE(f.emulator.state().invoices().constFirst().lines.constFirst().code, QStringLiteral("SKU-1"));
    }

    void aMissingProductIsCreatedWhenAllowed()
    {
        SyncFixture f;
        RestClient::Settings settings;
        settings.baseUrl = f.emulator.restUrl();
        RestClient client(f.token, settings);
        AdministrationDirectory directory(client);
        directory.setCreateMissingProducts(true);
        Product proposed;
        proposed.description = QStringLiteral("Theepot");
        proposed.priceExcl = Money::fromCents(1000);
        proposed.vatCode = QStringLiteral("HOOG_VERK_21");
        const Result<QString> code = directory.productCode(QStringLiteral("SKU-9"), proposed);
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().summary()));
        QCOMPARE(code.value(), QStringLiteral("SKU-9"));
        QCOMPARE(f.emulator.state().products().size(), 1);
        QCOMPARE(f.emulator.state().products().constFirst().description, QStringLiteral("Theepot"));
        QCOMPARE(directory.productCode(QStringLiteral("SKU-9"), proposed).value(), QStringLiteral("SKU-9"));
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/product")).size(), 1); // looked up once
    }

    // Issue 12, done when: a full sync over REST against the emulator answering as the real service does, with
    // outstanding items without the deprecated fields (C2), GET /v1/mutation listing every item with id 0 (C5, read
    // strictly) and an opening balance, books every invoice, credit memo and payment once.
    void aFullRestSyncAgainstTheServicesRealAnswersBooksEveryPaymentOnce()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        f.configuration.settings.bookPayments = true;
        f.emulator.state().addOpeningBalance(
            QDate(2025, 12, 31), f.emulator.state().ledgerByCode(QStringLiteral("1010"))->id, Money::fromCents(40000));
        f.emulator.state().mutationListWithoutIds = true;
        QList<qint64> ids;
        for (int i = 1; i <= 4; ++i) {
            Invoice paid = SyncFixture::invoice(i, i);
            paid.paid = true;
            paid.payments = {
                {u"p1"_qs, u"iDEAL"_qs, QStringLiteral("tr_%1").arg(i), Money::fromCents(2920), paid.createdAt}};
            ids.append(f.add(paid));
        }
        const Invoice credited = SyncFixture::invoice(5, 5);
        ids.append(f.add(credited));
        ids.append(*DocumentRepository(*f.store.database).upsert(creditMemoOf(credited, QStringLiteral("300000005"))));

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 6);
        QCOMPARE(summary.refused, 0);
        QCOMPARE(summary.paymentsBooked, 4);
        const auto paymentsFor = [&](const QString& number) {
            int count = 0;
            for (const auto& mutation : f.emulator.state().mutations())
                count += mutation.type == 3 && mutation.invoiceNumber == number ? 1 : 0;
            return count;
        };
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(paymentsFor(QString::number(100000000 + i)), 1);
        for (const qint64 id : ids) {
            const StoredDocument stored = f.document(id);
            QCOMPARE(stored.state, SyncState::Posted);
            QVERIFY2(stored.eboekhoudenId.toLongLong() > 0, qPrintable(stored.eboekhoudenId)); // the POST's id, never 0
        }

        const SyncSummary again = f.engine()->runPending();
        QCOMPARE(again.posted, 0);
        QCOMPARE(again.paymentsBooked, 0);
        int payments = 0;
        for (const auto& mutation : f.emulator.state().mutations())
            payments += mutation.type == 3 ? 1 : 0;
        QCOMPARE(payments, 4);
    }

    // C7: a product name longer than any description limit we can confirm is cut at FieldLimits' choice
    // instead of having the document refused.
    void aLongProductNameIsCutNotRefused()
    {
        SyncFixture f;
        bookAsInvoices(f);
        Invoice invoice = SyncFixture::invoice(1, 1);
        invoice.lines[0].description = QString(260, u'x');
        const qint64 id = f.add(invoice);
        const SyncSummary summary = soapEngine(f)->runPending();
        QVERIFY2(summary.posted == 1, qPrintable(f.document(id).lastMessage));
        const auto& lines = f.emulator.state().invoices().constFirst().lines;
        QCOMPARE(lines.constFirst().description.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestSoapSync)
#include "tst_soapsync.moc"
