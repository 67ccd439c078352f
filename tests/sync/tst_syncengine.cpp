#include "store/CustomerRepository.h"
#include "store/SyncLogRepository.h"
#include "store/VatMappingRepository.h"
#include "SyncFixture.h"

#include <QSqlQuery>
#include <QtTest>

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void booksEveryDocumentOnceWithItsDebtor()
    {
        SyncFixture f;
        // 12 invoices of 4 customers.
        QList<qint64> ids;
        for (int i = 1; i <= 12; ++i)
            ids.append(f.add(SyncFixture::invoice(i, i % 4)));

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.total, 12);
        QCOMPARE(summary.posted, 12);
        QVERIFY(summary.allDone());

        const auto& mutations = f.emulator.state().mutations();
        QCOMPARE(mutations.size(), 12);
        for (int i = 1; i <= 12; ++i) {
            const QString number = QString::number(100000000 + i);
            QCOMPARE(f.mutationsFor(number), 1);
        }
        for (const auto& mutation : mutations) {
            QCOMPARE(mutation.type, 2);
            // What e-Boekhouden computed equals the shop's total to the cent.
            QCOMPARE(f.emulator.state().grossTotal(mutation), Money::fromCents(2920));
        }
        // Four customers, four debtors: the rest were matched by e-mail.
        QCOMPARE(f.emulator.state().relations().size(), 4);
        QSet<QString> codes;
        for (const auto& relation : f.emulator.state().relations())
            codes.insert(relation.code);
        QCOMPARE(codes, (QSet<QString>{u"KlaartjePi"_qs, u"KlaartjePi1"_qs, u"KlaartjePi2"_qs, u"KlaartjePi3"_qs}));

        for (qint64 id : ids) {
            const StoredDocument stored = f.document(id);
            QCOMPARE(stored.state, SyncState::Posted);
            QVERIFY(!stored.eboekhoudenId.isEmpty());
            QCOMPARE(stored.eboekhoudenNumber, stored.document.number);
        }
        SyncLogRepository::Filter successes;
        successes.success = true;
        QCOMPARE(SyncLogRepository(*f.store.database).count(successes), 12);
    }

    void aSecondRunPostsNothingAgain()
    {
        SyncFixture f;
        for (int i = 1; i <= 5; ++i)
            f.add(SyncFixture::invoice(i, i));
        QCOMPARE(f.engine()->runPending().posted, 5);
        const SyncSummary again = f.engine()->runPending();
        QCOMPARE(again.total, 0);
        QCOMPARE(f.emulator.state().mutations().size(), 5);
    }

    void aDocumentLeftInFlightByACrashIsLinkedNotPostedAgain()
    {
        SyncFixture f;
        const qint64 id = f.add(SyncFixture::invoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        // The crash: e-Boekhouden booked it, but the store never heard back.
        QSqlQuery q(f.store.database->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE documents SET sync_state = 'in_flight', eboekhouden_id = '' WHERE id = %1")
                       .arg(id)));

        const SyncSummary resumed = f.engine()->runPending();
        QCOMPARE(resumed.linked, 1);
        QCOMPARE(resumed.posted, 0);
        QCOMPARE(f.mutationsFor(u"100000001"_qs), 1);
        const StoredDocument stored = f.document(id);
        QCOMPARE(stored.state, SyncState::Posted);
        QVERIFY(!stored.eboekhoudenId.isEmpty());
        QVERIFY(stored.lastMessage.contains(QStringLiteral("linked")));
    }

    void anUnansweredPostIsRetriedThenPostedOnce()
    {
        SyncFixture f;
        f.add(SyncFixture::invoice(1, 1));
        f.emulator.injectFault({EmulatorFault::Kind::ServerError, QStringLiteral("/v1/mutation"), 2, 503, 1, 0});
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 1);
        QCOMPARE(f.mutationsFor(u"100000001"_qs), 1);
        // Two failed attempts and the success are in the log.
        SyncLogRepository::Filter all;
        QCOMPARE(SyncLogRepository(*f.store.database).count(all), 3);
    }

    void anAnswerThatNeverComesLeavesTheDocumentPending()
    {
        SyncFixture f;
        const qint64 id = f.add(SyncFixture::invoice(1, 1));
        f.configuration.maxAttempts = 2;
        f.emulator.injectFault({EmulatorFault::Kind::ServerError, QStringLiteral("/v1/mutation"), -1, 500, 1, 0});
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.postponed, 1);
        QCOMPARE(f.document(id).state, SyncState::Pending);
        QVERIFY(f.document(id).lastMessage.contains(QStringLiteral("next sync")));

        f.emulator.clearFaults();
        QCOMPARE(f.engine()->runPending().posted, 1);
        QCOMPARE(f.mutationsFor(u"100000001"_qs), 1);
    }

    void aCreditMemoWaitsForItsInvoice()
    {
        SyncFixture f;
        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = SyncFixture::invoice(1, 1);
        memo.kind = DocumentKind::CreditMemo;
        memo.shopId = QStringLiteral("cm1");
        memo.number = QStringLiteral("200000001");
        memo.invoiceNumber = QStringLiteral("100000001");
        const qint64 memoId = *DocumentRepository(*f.store.database).upsert(memo);

        SyncSummary summary = f.engine()->runDocuments({memoId});
        QCOMPARE(summary.waiting, 1);
        QCOMPARE(f.document(memoId).state, SyncState::Pending);
        SyncLogRepository::Filter memos;
        memos.kind = SyncLogEntry::Kind::CreditMemo;
        const QList<SyncLogEntry> log = SyncLogRepository(*f.store.database).find(memos);
        QCOMPARE(log.size(), 1);
        QVERIFY(log.at(0).message.startsWith(QStringLiteral("Invoice not found")));
        QVERIFY(!log.at(0).success);

        f.add(SyncFixture::invoice(1, 1));
        summary = f.engine()->runPending(); // invoices first, then credit memos
        QCOMPARE(summary.posted, 2);
        QCOMPARE(f.document(memoId).state, SyncState::Posted);
        bool negative = false;
        for (const auto& mutation : f.emulator.state().mutations()) {
            if (mutation.invoiceNumber == u"200000001"_qs)
                negative = f.emulator.state().grossTotal(mutation) == Money::fromCents(-2920);
        }
        QVERIFY(negative);
    }

    void aDocumentThatFailsItsPreChecksNeverReachesEBoekhouden()
    {
        SyncFixture f;
        Invoice wrong = SyncFixture::invoice(1, 1);
        wrong.totalIncl = Money::fromCents(3000);
        wrong.totalExcl = Money::fromCents(2493);
        const qint64 id = f.add(wrong);
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.refused, 1);
        QCOMPARE(f.document(id).state, SyncState::Failed);
        QVERIFY(f.emulator.state().mutations().isEmpty());
        QVERIFY(f.emulator.requests("POST", QStringLiteral("/v1/mutation")).isEmpty());
        QVERIFY2(f.document(id).lastMessage.contains(QStringLiteral("30.00")), qPrintable(f.document(id).lastMessage));
    }

    void refusedCredentialsStopTheRun()
    {
        SyncFixture f;
        for (int i = 1; i <= 3; ++i)
            f.add(SyncFixture::invoice(i, i));
        const SyncSummary summary = f.engine(QStringLiteral("wrong-token"))->runPending();
        QVERIFY(!summary.stoppedBecause.isEmpty());
        QVERIFY(summary.stoppedBecause.contains(QStringLiteral("credentials")));
        QCOMPARE(summary.refused, 1); // the first one tells; the others are not tried
        QVERIFY(f.emulator.state().mutations().isEmpty());
    }

    void newDebtorCodeIsStoredWithTheCustomer()
    {
        SyncFixture f;
        Customer customer;
        customer.shopId = QStringLiteral("1");
        customer.email = QStringLiteral("klant1@example.nl");
        const qint64 customerId = *CustomerRepository(*f.store.database).upsert(QStringLiteral("magento"), customer);
        f.add(SyncFixture::invoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        QCOMPARE(CustomerRepository(*f.store.database).find(customerId)->customer.debtorCode,
                 QStringLiteral("KlaartjePi"));
    }

    void fiveHundredDocumentsThroughEveryKindOfFault()
    {
        SyncFixture f;
        constexpr int count = 500;
        for (int i = 1; i <= count; ++i)
            f.add(SyncFixture::invoice(i, i % 60));
        f.configuration.maxAttempts = 3;

        // Ten rounds of 50 documents; before each, a fresh mix of misbehaviour on the calls the sync makes.
        using K = EmulatorFault::Kind;
        SyncSummary total;
        for (int round = 0; round < 10; ++round) {
            f.emulator.injectFault({K::ServerError, QStringLiteral("/v1/mutation"), 3, 503, 1, 0});
            f.emulator.injectFault({K::MalformedBody, QStringLiteral("/v1/relation"), 2, 200, 1, 0});
            f.emulator.injectFault({K::DropConnection, QStringLiteral("/v1/mutation"), 1, 200, 1, 0});
            f.emulator.injectFault({K::SessionExpiry, QString(), 1, 200, 1, 0});
            if (round % 3 == 0)
                f.emulator.injectFault({K::RateLimit, QStringLiteral("/v1/mutation"), 1, 429, 1, 0});
            if (round == 4)
                f.emulator.injectFault({K::Timeout, QStringLiteral("/v1/mutation"), 1, 200, 1, 0});
            QList<qint64> ids;
            for (int i = round * 50 + 1; i <= round * 50 + 50; ++i)
                ids.append(DocumentRepository(*f.store.database)
                               .findByShopId(u"magento"_qs, DocumentKind::Invoice, QString::number(i))
                               ->id);
            const SyncSummary summary = f.engine()->runDocuments(ids);
            total.posted += summary.posted;
            total.linked += summary.linked;
            total.refused += summary.refused;
            total.postponed += summary.postponed;
        }
        // The faults did happen, of every kind.
        QSet<QString> kinds;
        int faulty = 0;
        for (const EmulatorRequest& request : f.emulator.requests()) {
            if (!request.fault.isEmpty()) {
                ++faulty;
                kinds.insert(request.fault);
            }
        }
        QVERIFY2(faulty >= 70, qPrintable(QString::number(faulty)));
        QVERIFY2(kinds.size() >= 5, qPrintable(QStringList(kinds.values()).join(u',')));

        // Whatever the faults left pending goes at the next sync, as a scheduler would run it.
        f.emulator.clearFaults();
        const SyncSummary last = f.engine()->runPending();
        QCOMPARE(total.refused + last.refused, 0);
        QCOMPARE(total.posted + total.linked + last.posted + last.linked, count);

        // Nothing lost, nothing twice.
        for (int i = 1; i <= count; ++i)
            QCOMPARE(f.mutationsFor(QString::number(100000000 + i)), 1);
        QCOMPARE(f.emulator.state().mutations().size(), count);
        QCOMPARE(DocumentRepository(*f.store.database).count(DocumentKind::Invoice, SyncState::Posted), count);
        QSet<QString> emails;
        for (const auto& relation : f.emulator.state().relations()) {
            QVERIFY2(!emails.contains(relation.emailAddress), qPrintable(relation.emailAddress));
            emails.insert(relation.emailAddress);
        }
        QCOMPARE(emails.size(), 60);
    }

    void aPaidInvoiceGetsItsPaymentBookedOnce()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        Invoice paid = SyncFixture::invoice(1, 1);
        paid.paid = true;
        paid.payments = {{u"p1"_qs, u"iDEAL"_qs, u"tr_1"_qs, Money::fromCents(2920), paid.createdAt}};
        f.add(paid);
        Invoice unpaid = SyncFixture::invoice(2, 2);
        f.add(unpaid);

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 2);
        QCOMPARE(summary.paymentsBooked, 1);
        int payments = 0;
        for (const auto& mutation : f.emulator.state().mutations()) {
            if (mutation.type == 3) {
                ++payments;
                QCOMPARE(mutation.invoiceNumber, QStringLiteral("100000001"));
            }
        }
        QCOMPARE(payments, 1);
        // Nothing is outstanding any more for the paid one; the unpaid one still is.
        QCOMPARE(f.emulator.state().outstanding(true).size(), 1);

        // Again: no second payment.
        QCOMPARE(f.engine()->runPending().paymentsBooked, 0);
        payments = 0;
        for (const auto& mutation : f.emulator.state().mutations())
            payments += mutation.type == 3 ? 1 : 0;
        QCOMPARE(payments, 1);
    }

    void aPaymentThatDiffersFromTheOutstandingAmountIsNotBooked()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        Invoice paid = SyncFixture::invoice(1, 1);
        paid.paid = true;
        paid.payments = {{u"p1"_qs, u"iDEAL"_qs, u"tr_1"_qs, Money::fromCents(2000), paid.createdAt}};
        f.add(paid);
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 1);
        QCOMPARE(summary.paymentsBooked, 0);
        for (const auto& mutation : f.emulator.state().mutations())
            QVERIFY(mutation.type != 3);
        SyncLogRepository::Filter failures;
        failures.success = false;
        const QList<SyncLogEntry> log = SyncLogRepository(*f.store.database).find(failures);
        QCOMPARE(log.size(), 1);
        QVERIFY2(log.at(0).message.contains(QStringLiteral("29.20")), qPrintable(log.at(0).message));
    }

    void theSavedVatMappingIsUsedFromTheNextRunOn()
    {
        SyncFixture f;
        const qint64 id = f.add(SyncFixture::invoice(1, 1));
        // The bookkeeper saved a mapping without the 21 % rate: the invoice cannot be booked.
        VatMapping partial = f.configuration.vatMapping;
        partial.entries.removeIf([](const VatMappingEntry& e) { return e.rate == VatRate::percent(21); });
        QVERIFY(VatMappingRepository(*f.store.database).save(partial));
        std::unique_ptr<SyncEngine> engine = f.engine();
        QCOMPARE(engine->runPending().refused, 1);
        QVERIFY(f.emulator.state().mutations().isEmpty());

        // Fixed in the editor, reprocessed: the same engine books it now.
        QVERIFY(VatMappingRepository(*f.store.database).save(f.configuration.vatMapping));
        QVERIFY(DocumentRepository(*f.store.database).transition(id, SyncState::Failed, SyncState::Pending));
        QCOMPARE(engine->runPending().posted, 1);
    }

    void cancelStopsBetweenDocuments()
    {
        SyncFixture f;
        for (int i = 1; i <= 6; ++i)
            f.add(SyncFixture::invoice(i, i));
        std::unique_ptr<SyncEngine> engine = f.engine();
        int finished = 0;
        QObject::connect(engine.get(), &SyncEngine::documentFinished, [&](qint64, bool, const QString&) {
            if (++finished == 2)
                engine->cancel();
        });
        const SyncSummary summary = engine->runPending();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.posted, 2);
        QCOMPARE(f.emulator.state().mutations().size(), 2);
        QCOMPARE(DocumentRepository(*f.store.database).count(DocumentKind::Invoice, SyncState::Pending), 4);
        QCOMPARE(DocumentRepository(*f.store.database).count(DocumentKind::Invoice, SyncState::InFlight), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
