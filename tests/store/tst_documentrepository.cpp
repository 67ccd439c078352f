#include "domain/CreditMemo.h"
#include "store/DocumentJson.h"
#include "store/DocumentRepository.h"
#include "StoreFixture.h"

#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <atomic>

class TestDocumentRepository : public QObject
{
    Q_OBJECT

private slots:
    // A payment the shop registers after the invoice was booked reaches the payment step; the booked content stays.
    void aBookedDocumentPaidLaterGetsItsPayment()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        Invoice invoice = StoreFixture::invoice(u"21"_qs, u"100000021"_qs);
        const qint64 id = *documents.upsert(invoice);
        QVERIFY(documents.transition(id, SyncState::Pending, SyncState::InFlight));
        QVERIFY(documents.transition(id, SyncState::InFlight, SyncState::Posted));
        QCOMPARE(documents.find(id)->paymentState, PaymentState::None);

        invoice.paid = true;
        invoice.payments = {{u"p21"_qs, u"iDEAL"_qs, u"tr_21"_qs, Money::fromCents(2920), invoice.createdAt}};
        invoice.totalIncl = Money::fromCents(9999); // a change to the booked content: not taken
        QCOMPARE(documents.upsert(invoice), std::optional<qint64>(id));
        const StoredDocument stored = *documents.find(id);
        QCOMPARE(stored.state, SyncState::Posted);
        QCOMPARE(stored.paymentState, PaymentState::Pending);
        QVERIFY(stored.document.paid);
        QCOMPARE(stored.document.payments.size(), 1);
        QCOMPARE(stored.document.payments.first().transactionId, QStringLiteral("tr_21"));
        QCOMPARE(stored.document.totalIncl, Money::fromCents(2920));
        QCOMPARE(documents.countPayments(DocumentKind::Invoice, PaymentState::Pending), 1);
    }

    void payloadRoundTripsTheWholeDocument()
    {
        Invoice invoice = StoreFixture::invoice(QStringLiteral("11"), QStringLiteral("100000011"));
        invoice.discounts = {{QStringLiteral("Korting"), Money::fromCents(200), Money::fromCents(242)}};
        invoice.surcharges = {{QStringLiteral("Cadeauverpakking"), Money::fromCents(100), Money::fromCents(121)}};
        invoice.payments = {{QStringLiteral("p1"), QStringLiteral("iDEAL"), QStringLiteral("tr_1"),
                             Money::fromCents(2920), invoice.createdAt}};
        invoice.paid = true;
        const std::optional<SalesDocument> back = DocumentJson::fromBytes(DocumentJson::toBytes(invoice));
        QVERIFY(back);
        QCOMPARE(DocumentJson::toBytes(*back), DocumentJson::toBytes(invoice));
        QCOMPARE(back->lines.at(0).vatRate, VatRate::percent(21));
        QCOMPARE(back->lines.at(0).quantity, Quantity::whole(2));
        QCOMPARE(back->shipping->amountIncl, Money::fromCents(500));
        QCOMPARE(back->discounts.at(0).amountIncl, Money::fromCents(242));
        QCOMPARE(back->payments.at(0).amount, Money::fromCents(2920));
        QCOMPARE(back->createdAt, invoice.createdAt);
    }

    void upsertStoresAndFinds()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        const std::optional<qint64> id = documents.upsert(StoreFixture::invoice(u"11"_qs, u"100000011"_qs));
        QVERIFY(id);
        const std::optional<StoredDocument> stored = documents.find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->state, SyncState::Pending);
        QCOMPARE(stored->document.number, QStringLiteral("100000011"));
        QCOMPARE(stored->document.totalIncl, Money::fromCents(2920));
        QCOMPARE(stored->document.customer.email, QStringLiteral("klaartje@example.nl"));
        QCOMPARE(documents.findByNumber(DocumentKind::Invoice, u"100000011"_qs)->id, *id);
        QCOMPARE(documents.count(DocumentKind::Invoice), 1);
    }

    void pullingTheSameDocumentTwiceKeepsOneRow()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        Invoice invoice = StoreFixture::invoice(u"11"_qs, u"100000011"_qs);
        const qint64 first = *documents.upsert(invoice);
        invoice.status = QStringLiteral("complete");
        const qint64 second = *documents.upsert(invoice);
        QCOMPARE(first, second);
        QCOMPARE(documents.count(DocumentKind::Invoice), 1);
        QCOMPARE(documents.find(first)->document.status, QStringLiteral("complete"));
    }

    void aPostedDocumentIsNeverChangedByAPull()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        Invoice invoice = StoreFixture::invoice(u"11"_qs, u"100000011"_qs);
        const qint64 id = *documents.upsert(invoice);
        QVERIFY(documents.transition(id, SyncState::Pending, SyncState::InFlight));
        QVERIFY(documents.transition(id, SyncState::InFlight, SyncState::Posted,
                                     {u"Booked"_qs, u"4711"_qs, u"100000011"_qs, true, 0, {}, std::nullopt}));

        invoice.totalIncl = Money::fromCents(9999);
        QVERIFY(documents.upsert(invoice));
        const StoredDocument stored = *documents.find(id);
        QCOMPARE(stored.state, SyncState::Posted);
        QCOMPARE(stored.document.totalIncl, Money::fromCents(2920));
        QCOMPARE(stored.eboekhoudenId, QStringLiteral("4711"));
        QCOMPARE(stored.attempts, 1);
    }

    void aFailedDocumentChangedInTheShopIsOfferedAgain()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        Invoice invoice = StoreFixture::invoice(u"11"_qs, u"100000011"_qs);
        const qint64 id = *documents.upsert(invoice);
        DocumentRepository::Transition refused;
        refused.message = QStringLiteral("No VAT mapping for 9%");
        QVERIFY(documents.transition(id, SyncState::Pending, SyncState::Failed, refused));

        QVERIFY(documents.upsert(invoice)); // unchanged: stays failed, nothing to retry
        QCOMPARE(documents.find(id)->state, SyncState::Failed);

        invoice.billingAddress.vatNumber = QStringLiteral("NL000099998B57");
        QVERIFY(documents.upsert(invoice)); // fixed in the shop: pending again
        QCOMPARE(documents.find(id)->state, SyncState::Pending);
    }

    void unmappableDocumentsAreKeptWithTheirReason()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        const std::optional<qint64> id =
            documents.upsertUnmappable(u"prestashop"_qs, DocumentKind::Invoice, u"31"_qs, u"XKBKNABJK"_qs,
                                       R"({"total_paid":"abc"})", u"The order total \"abc\" is not an amount."_qs);
        QVERIFY(id);
        StoredDocument stored = *documents.find(*id);
        QCOMPARE(stored.state, SyncState::Unmappable);
        QCOMPARE(stored.document.number, QStringLiteral("XKBKNABJK"));
        QVERIFY(stored.problem.contains(QStringLiteral("not an amount")));

        // Once the shop sends readable data, it becomes a normal pending document.
        Invoice fixed = StoreFixture::invoice(u"31"_qs, u"XKBKNABJK"_qs);
        fixed.platform = QStringLiteral("prestashop");
        QCOMPARE(*documents.upsert(fixed), *id);
        stored = *documents.find(*id);
        QCOMPARE(stored.state, SyncState::Pending);
        QVERIFY(stored.problem.isEmpty());
    }

    void creditMemoKeepsItsInvoiceReference()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = StoreFixture::invoice(u"5"_qs, u"200000005"_qs);
        memo.kind = DocumentKind::CreditMemo;
        memo.invoiceShopId = QStringLiteral("11");
        memo.invoiceNumber = QStringLiteral("100000011");
        const qint64 id = *documents.upsert(memo);
        const StoredDocument stored = *documents.find(id);
        QCOMPARE(stored.document.kind, DocumentKind::CreditMemo);
        QCOMPARE(stored.document.invoiceNumber, QStringLiteral("100000011"));
        QCOMPARE(documents.count(DocumentKind::CreditMemo), 1);
        QCOMPARE(documents.count(DocumentKind::Invoice), 0);
    }

    void transitionIsCompareAndSet()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        const qint64 id = *documents.upsert(StoreFixture::invoice(u"11"_qs, u"100000011"_qs));
        QVERIFY(!documents.transition(id, SyncState::InFlight, SyncState::Posted)); // not in flight
        QCOMPARE(documents.find(id)->state, SyncState::Pending);

        // Eight threads race to claim the same document: exactly one wins.
        std::atomic<int> winners = 0;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back(QThread::create([&] {
                DocumentRepository own(*store.database);
                if (own.transition(id, SyncState::Pending, SyncState::InFlight))
                    ++winners;
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(30000));
        QCOMPARE(winners.load(), 1);
        QCOMPARE(documents.find(id)->state, SyncState::InFlight);
    }

    // Issue 18: a document in flight says which worker holds it. Another worker resumes it only once that worker
    // no longer runs (PostgreSQL: its session lock is gone); on SQLite the next sync resumes it, as before.
    void aDocumentInFlightIsResumedOnlyWhenItsWorkerIsGone()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        const qint64 id = *documents.upsert(StoreFixture::invoice(u"1"_qs, u"100000001"_qs));
        QVERIFY(documents.transition(id, SyncState::Pending, SyncState::InFlight));
        QCOMPARE(documents.claimedBy(id), store.database->workerId());
        QVERIFY(!store.database->workerId().isEmpty());
        QVERIFY(documents.takeOver(id)); // its own

        // A second worker on the same store while the first still runs.
        Database other(store.database->path());
        QVERIFY(other.open());
        QVERIFY(other.workerId() != store.database->workerId());
        DocumentRepository otherDocuments(other);
        QCOMPARE(otherDocuments.takeOver(id), !TestStore::onPostgres());
        QCOMPARE(documents.claimedBy(id), TestStore::onPostgres() ? store.database->workerId() : other.workerId());

        // A worker that crashed: its key is held by no session. Exactly one taker.
        const qint64 crashed = *documents.upsert(StoreFixture::invoice(u"2"_qs, u"100000002"_qs));
        QVERIFY(documents.transition(crashed, SyncState::Pending, SyncState::InFlight));
        QSqlQuery q(store.database->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE documents SET claimed_by = 'elsewhere/4242/77' WHERE id = %1").arg(crashed)));
        QVERIFY(otherDocuments.takeOver(crashed));
        QCOMPARE(documents.claimedBy(crashed), other.workerId());
        QCOMPARE(documents.takeOver(crashed), !TestStore::onPostgres());

        // Leaving the flight clears the claim.
        QVERIFY(documents.transition(id, SyncState::InFlight, SyncState::Posted));
        QCOMPARE(documents.claimedBy(id), QString());
        QVERIFY(!documents.takeOver(id)); // not in flight
    }

    void thePostSentMarkHoldsOnlyWhileInFlight()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        const qint64 id = *documents.upsert(StoreFixture::invoice(u"12"_qs, u"100000012"_qs));
        QVERIFY(!documents.markPostSent(id)); // pending: nothing is being sent
        QVERIFY(!documents.find(id)->postSent);
        QVERIFY(documents.transition(id, SyncState::Pending, SyncState::InFlight));
        QVERIFY(documents.markPostSent(id));
        QVERIFY(documents.find(id)->postSent);
        QVERIFY(documents.transition(id, SyncState::InFlight, SyncState::Failed));
        QVERIFY(!documents.find(id)->postSent); // any outcome clears it
    }

    void idsInStateFollowDocumentDate()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        Invoice later = StoreFixture::invoice(u"2"_qs, u"100000002"_qs);
        later.documentDate = QDate(2026, 11, 20);
        Invoice earlier = StoreFixture::invoice(u"1"_qs, u"100000001"_qs);
        earlier.documentDate = QDate(2026, 11, 1);
        const qint64 laterId = *documents.upsert(later);
        const qint64 earlierId = *documents.upsert(earlier);
        QCOMPARE(documents.idsInState(DocumentKind::Invoice, SyncState::Pending), (QList<qint64>{earlierId, laterId}));
    }
};

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
