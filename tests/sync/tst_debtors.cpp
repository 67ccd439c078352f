#include "posting/PostingBuilder.h"
#include "rules/DebtorRule.h"
#include "store/SyncLogRepository.h"
#include "sync/DocumentPusher.h"
#include "SyncFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// Issue 15: one debtor rule from preview to push, against the e-Boekhouden emulator on 127.0.0.1.
class TestDebtors : public QObject
{
    Q_OBJECT

    // An intra-community (ICP) sale to a Belgian company: no VAT, delivered in Belgium. The VAT number is on the
    // delivery address only (the address that classified it), typed with spaces and dots; the shop account
    // names another company than the invoice's billing address.
    static Invoice icpInvoice(int number)
    {
        Invoice icp = SyncFixture::invoice(number, number);
        for (Address* address : {&icp.billingAddress, &icp.shippingAddress}) {
            address->countryCode = QStringLiteral("BE");
            address->company = QStringLiteral("Brouwerij Test BV");
        }
        icp.shippingAddress.vatNumber = QStringLiteral("be 0123.456.749");
        icp.customer.company = QStringLiteral("Brouwerij Holding");
        icp.customer.countryCode = QStringLiteral("BE");
        for (DocumentLine& line : icp.lines) {
            line.rowTotalIncl = line.rowTotalExcl;
            line.vatAmount = Money{};
            line.vatRate = VatRate{};
        }
        icp.shipping->amountIncl = icp.shipping->amountExcl;
        icp.shipping->vatRate = VatRate{};
        icp.totalIncl = icp.totalExcl;
        icp.totalVat = Money{};
        return icp;
    }

private slots:
    void theRuleTakesTheBillingNamesAndTheClassifyingAddressVatNumber()
    {
        const DebtorRule::Debtor debtor = DebtorRule::of(icpInvoice(1));
        QCOMPARE(debtor.business, true);
        QCOMPARE(debtor.name, QStringLiteral("Brouwerij Test BV"));
        QCOMPARE(debtor.contact, QStringLiteral("Klaartje Pietersen"));
        QCOMPARE(debtor.vatNumberAsGiven, QStringLiteral("be 0123.456.749"));
        QCOMPARE(debtor.vatNumber, QStringLiteral("BE0123456749"));
        QCOMPARE(DebtorRule::newCode(debtor, {QStringLiteral("brouwerijt")}), QStringLiteral("BrouwerijT1"));

        // The account fills in what the billing address leaves empty.
        Invoice account = SyncFixture::invoice(2, 2);
        account.billingAddress.firstName.clear();
        account.billingAddress.lastName.clear();
        account.customer.firstName = QStringLiteral("Jan");
        account.customer.lastName = QStringLiteral("Jansen");
        QCOMPARE(DebtorRule::of(account).name, QStringLiteral("Jan Jansen"));
        QCOMPARE(DebtorRule::of(account).business, false);
    }

    // The preview and the push make the same relation; the ICP debtor carries the normalised VAT number of the
    // delivery address that classified the sale (before: the push made it without VAT number, under the
    // billing company while the preview showed the account's).
    void previewAndPushMakeTheSameIcpRelation()
    {
        SyncFixture f;
        const qint64 id = f.add(icpInvoice(1));
        const PostingResult preview = DocumentPusher::preview(f.document(id), f.configuration);
        QVERIFY(preview.isPosting());
        QCOMPARE(preview.posting->relationName, QStringLiteral("Brouwerij Test BV"));
        QCOMPARE(preview.posting->vatNumber, QStringLiteral("BE0123456749"));
        QCOMPARE(preview.posting->createsRelation, true);

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 1);
        QCOMPARE(f.emulator.state().relations().size(), 1);
        const auto& relation = f.emulator.state().relations().first();
        QCOMPARE(relation.name, preview.posting->relationName);
        QCOMPARE(relation.code, preview.posting->relationCode);
        QCOMPARE(relation.vatNumber, QStringLiteral("BE0123456749"));
        QCOMPARE(relation.contact, QStringLiteral("Klaartje Pietersen"));
        QCOMPARE(relation.type, QStringLiteral("B"));
        QCOMPARE(f.document(id).bookedRelationId, relation.id);
    }
    // A returning customer previews with the debtor e-Boekhouden already has (before: "A new debtor
    // KlaartjePi is created"), the preview writes nothing, and the push sends exactly that relation.
    void aReturningCustomerPreviewsWithTheExistingDebtorAndThePushUsesIt()
    {
        SyncFixture f;
        EmulatorState::Relation known;
        known.code = QStringLiteral("KLANT0001");
        known.name = QStringLiteral("Klaartje Pietersen");
        known.type = QStringLiteral("P");
        known.emailAddress = QStringLiteral("klant1@example.nl");
        const auto added = f.emulator.state().addRelation(known);
        QVERIFY(!added.error);
        const qint64 id = f.add(SyncFixture::invoice(1, 1));

        RestClient::Settings settings;
        settings.baseUrl = f.emulator.restUrl();
        settings.timeoutMs = 1500;
        RestClient client(f.token, settings);
        f.emulator.clearRequests();
        const PostingResult preview = DocumentPusher::preview(f.document(id), f.configuration, client);
        QVERIFY(preview.isPosting());
        QCOMPARE(preview.posting->relationCode, QStringLiteral("KLANT0001"));
        QCOMPARE(preview.posting->createsRelation, false);
        QVERIFY2(preview.posting->notes.join(u'\n').contains(u"existing debtor KLANT0001"),
                 qPrintable(preview.posting->notes.join(u'\n')));
        // Read-only: nothing but the session and look-ups reached e-Boekhouden, nothing changed here.
        int lookUps = 0;
        for (const EmulatorRequest& request : f.emulator.requests()) {
            if (request.path == u"/v1/session")
                continue;
            QCOMPARE(request.method, QByteArray("GET"));
            ++lookUps;
        }
        QVERIFY(lookUps >= 1);
        QCOMPARE(f.emulator.state().relations().size(), 1);
        QCOMPARE(f.document(id).state, SyncState::Pending);
        QCOMPARE(f.document(id).bookedRelationId, qint64(0));

        QCOMPARE(f.engine()->runPending().posted, 1);
        QCOMPARE(f.emulator.state().relations().size(), 1); // no second debtor
        const QList<EmulatorRequest> posts = f.emulator.requests("POST", QStringLiteral("/v1/mutation"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(posts.first().body).object();
        QCOMPARE(body.value(u"relationId").toInteger(), added.value);
        QCOMPARE(f.document(id).bookedRelationCode, preview.posting->relationCode);
    }
    // 30 relations already hold the codes KlaartjePi, KlaartjePi1 … KlaartjePi29 (other customers).
    static void seedNamesakes(SyncFixture& f)
    {
        for (int i = 0; i < 30; ++i) {
            EmulatorState::Relation namesake;
            namesake.code = i == 0 ? QStringLiteral("KlaartjePi") : QStringLiteral("KlaartjePi%1").arg(i);
            namesake.name = QStringLiteral("Klaartje Pietersen");
            namesake.type = QStringLiteral("P");
            namesake.emailAddress = QStringLiteral("andere%1@example.nl").arg(i);
            QVERIFY(!f.emulator.state().addRelation(namesake).error);
        }
    }

    static int relationRequests(const SyncFixture& f, const QByteArray& method, const QString& filter)
    {
        int count = 0;
        for (const EmulatorRequest& request : f.emulator.requests(method, QStringLiteral("/v1/relation")))
            count += filter.isEmpty()
                         ? (request.query.hasQueryItem(u"code"_qs) || request.query.hasQueryItem(u"email"_qs) ? 0 : 1)
                         : (request.query.hasQueryItem(filter) ? 1 : 0);
        return count;
    }

    // Issue 15 item 4: a new debtor's code comes from the codes listed once per run (one page of up to 2,000),
    // not from a look-up per taken code (before: 31 look-ups for the first new Klaartje, 70 for the last).
    // Each new debtor costs its e-mail look-up and its create: two relation calls.
    void newDebtorsCostTwoRelationCallsEach()
    {
        SyncFixture f;
        seedNamesakes(f);
        for (int i = 1; i <= 40; ++i)
            f.add(SyncFixture::invoice(i, i));
        f.emulator.clearRequests();
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 40);
        QCOMPARE(f.emulator.state().relations().size(), 70);
        QCOMPARE(relationRequests(f, "POST", {}), 40);
        QCOMPARE(relationRequests(f, "GET", u"email"_qs), 40);
        QCOMPARE(relationRequests(f, "GET", u"code"_qs), 0);
        QCOMPARE(relationRequests(f, "GET", {}), 1); // the list of codes, once
        QSet<QString> codes;
        for (const auto& relation : f.emulator.state().relations())
            codes.insert(relation.code.toCaseFolded());
        QCOMPARE(codes.size(), 70);
        QVERIFY(codes.contains(u"klaartjepi69"_qs));
    }

    // The same through 20 % server errors and 20 % relation answers lost after the work was done: every
    // invoice gets its debtor within six syncs, and a creation whose answer was lost is found again by its
    // e-mail address, not made twice.
    void aFaultRunBooksEveryDebtorWithoutDuplicates()
    {
        SyncFixture f;
        seedNamesakes(f);
        for (int i = 1; i <= 40; ++i)
            f.add(SyncFixture::invoice(i, i));
        EmulatorFault lost;
        lost.kind = EmulatorFault::Kind::DropAfterWork;
        lost.match = QStringLiteral("/v1/relation");
        lost.times = -1;
        lost.percent = 20;
        f.emulator.injectFault(lost);
        EmulatorFault errors;
        errors.kind = EmulatorFault::Kind::ServerError;
        errors.times = -1;
        errors.percent = 20;
        f.emulator.injectFault(errors);
        int posted = 0;
        for (int run = 0; run < 6 && posted < 40; ++run)
            posted += f.engine()->runPending().posted;
        int lostCreations = 0;
        for (const EmulatorRequest& request : f.emulator.requests("POST", QStringLiteral("/v1/relation")))
            lostCreations += request.fault == QString::number(int(EmulatorFault::Kind::DropAfterWork)) ? 1 : 0;
        QVERIFY2(lostCreations > 0, "the run must have lost some creations' answers");
        QCOMPARE(posted, 40);
        QCOMPARE(DocumentRepository(*f.store.database).count(DocumentKind::Invoice, SyncState::Posted), 40);
        QCOMPARE(f.emulator.state().relations().size(), 70); // one debtor per customer, no duplicate
        QSet<QString> emails;
        for (const auto& relation : f.emulator.state().relations())
            emails.insert(relation.emailAddress);
        QCOMPARE(emails.size(), 70);
    }
    // Issue 15 item 5: an invoice sync writes the Customer log as the customer push does (seed 001): one
    // "Customer created" for a new debtor however many of its invoices are booked, one "Duplicate found" for a
    // customer e-Boekhouden already had.
    void theInvoiceSyncWritesTheCustomerLog()
    {
        SyncFixture f;
        EmulatorState::Relation known;
        known.code = QStringLiteral("KLANT0002");
        known.name = QStringLiteral("Klaartje Pietersen");
        known.type = QStringLiteral("P");
        known.emailAddress = QStringLiteral("klant2@example.nl");
        QVERIFY(!f.emulator.state().addRelation(known).error);
        f.add(SyncFixture::invoice(1, 1));
        f.add(SyncFixture::invoice(2, 1));
        f.add(SyncFixture::invoice(3, 2));
        QCOMPARE(f.engine()->runPending().posted, 3);

        SyncLogRepository::Filter filter;
        filter.kind = SyncLogEntry::Kind::Customer;
        const QList<SyncLogEntry> rows = SyncLogRepository(*f.store.database).find(filter);
        QCOMPARE(rows.size(), 2);
        int created = 0;
        int duplicates = 0;
        for (const SyncLogEntry& row : rows) {
            QVERIFY(row.success);
            if (row.message.text().startsWith(u"Customer created: new debtor KlaartjePi ") &&
                row.message.text().contains(u"klant1@example.nl"))
                ++created;
            if (row.message.text().startsWith(u"Duplicate found: klant2@example.nl") &&
                row.message.text().contains(u"KLANT0002"))
                ++duplicates;
        }
        QCOMPARE(created, 1);
        QCOMPARE(duplicates, 1);
    }
    // Seed 001: a customer without a valid e-mail address is refused with "Customer email required" (nothing
    // created in e-Boekhouden, a Validation error in the Customer log), unless a fixed debtor applies.
    void aCustomerWithoutAValidEmailIsRefusedUnlessAFixedDebtorApplies()
    {
        SyncFixture f;
        EmulatorState::Relation marketplace;
        marketplace.code = QStringLiteral("BOLCOM");
        marketplace.name = QStringLiteral("Bol.com");
        QVERIFY(!f.emulator.state().addRelation(marketplace).error);
        f.configuration.settings.fixedDebtorByPaymentMethod = {{QStringLiteral("Bol.com"), QStringLiteral("BOLCOM")}};
        Invoice noEmail = SyncFixture::invoice(1, 1);
        noEmail.customer.email.clear();
        Invoice broken = SyncFixture::invoice(2, 2);
        broken.customer.email = QStringLiteral("klant2 at example.nl");
        Invoice viaMarketplace = SyncFixture::invoice(3, 3);
        viaMarketplace.customer.email.clear();
        viaMarketplace.paymentMethod = QStringLiteral("Bol.com");
        const qint64 noEmailId = f.add(noEmail);
        const qint64 brokenId = f.add(broken);
        const qint64 marketplaceId = f.add(viaMarketplace);

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 1);
        QCOMPARE(summary.refused, 2);
        QCOMPARE(f.document(marketplaceId).state, SyncState::Posted);
        for (const qint64 id : {noEmailId, brokenId}) {
            QCOMPARE(f.document(id).state, SyncState::Failed);
            QVERIFY2(f.document(id).lastMessage.startsWith(u"Customer email required"),
                     qPrintable(f.document(id).lastMessage));
        }
        QCOMPARE(f.emulator.state().relations().size(), 1); // only the marketplace's
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/relation")).size(), 0);
        SyncLogRepository::Filter filter;
        filter.kind = SyncLogEntry::Kind::Customer;
        filter.success = false;
        const QList<SyncLogEntry> rows = SyncLogRepository(*f.store.database).find(filter);
        QCOMPARE(rows.size(), 2);
        for (const SyncLogEntry& row : rows)
            QVERIFY(row.message.text().startsWith(u"Validation error: Customer email required"));
    }
};

QTEST_GUILESS_MAIN(TestDebtors)
#include "tst_debtors.moc"
