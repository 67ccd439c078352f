#include "i18n/LanguageLoader.h"
#include "store/CustomerRepository.h"
#include "store/SyncLogRepository.h"
#include "store/VatMappingRepository.h"
#include "sync/LinkChecker.h"
#include "sync/SyncRunner.h"
#include "SyncFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>

// e-Boekhouden as a field report saw it (API-eboekhouden.md C5): list items with id 0. This client adds one with
// the number asked for to every answer of GET /v1/mutation, and can leave the real items out.
class ListsIdZero : public RestClient
{
public:
    ListsIdZero(QString token, Settings settings, bool onlyIdZero)
        : RestClient(std::move(token), std::move(settings))
        , m_onlyIdZero(onlyIdZero)
    {}

    Result<QList<MutationSummary>> findMutationsByInvoiceNumber(const QString& invoiceNumber) override
    {
        Result<QList<MutationSummary>> listed = RestClient::findMutationsByInvoiceNumber(invoiceNumber);
        if (!listed.ok())
            return listed;
        QList<MutationSummary> items = m_onlyIdZero ? QList<MutationSummary>() : listed.value();
        MutationSummary zero;
        zero.id = 0;
        zero.type = 2;
        zero.invoiceNumber = invoiceNumber;
        zero.amount = Money::fromCents(2920);
        items.append(zero);
        return items;
    }

private:
    bool m_onlyIdZero;
};

// Notes when e-Boekhouden's 429 came back to the engine: after HttpTransport has told the run's RateLimiter to
// hold every worker, so from then on nobody may send for the Retry-After.
class NotesTheRateLimit : public RestClient
{
public:
    NotesTheRateLimit(QString token, Settings settings, std::atomic<qint64>& toldAtMs)
        : RestClient(std::move(token), std::move(settings))
        , m_toldAtMs(toldAtMs)
    {}

    Result<QList<MutationSummary>> findMutationsByInvoiceNumber(const QString& invoiceNumber) override
    {
        return noted(RestClient::findMutationsByInvoiceNumber(invoiceNumber));
    }
    Result<qint64> createMutation(const MutationRequest& mutation) override
    {
        return noted(RestClient::createMutation(mutation));
    }

private:
    template <typename T>
    Result<T> noted(Result<T> result)
    {
        qint64 unset = 0;
        if (!result.ok() && result.error().kind == ApiError::Kind::RateLimited)
            m_toldAtMs.compare_exchange_strong(unset, QDateTime::currentMSecsSinceEpoch());
        return result;
    }

    std::atomic<qint64>& m_toldAtMs;
};

class TestSyncEngine : public QObject
{
    Q_OBJECT

    // The invoice module with e-Boekhouden's own numbering: nothing of ours to look an invoice up by.
    static void bookAsInvoicesNumberedByEBoekhouden(SyncFixture& f)
    {
        f.configuration.settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        f.configuration.settings.invoiceTemplate = QStringLiteral("Standaard");
        f.configuration.settings.invoiceNumbering.mode = InvoiceNumberFormatter::Mode::LetEBoekhouden;
    }

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

    void fourWorkersBookEveryDocumentOnceWithOneDebtorPerCustomer()
    {
        SyncFixture f;
        f.configuration.concurrency = 4;
        // 40 invoices of 5 customers: parallel documents of one new customer must find one debtor.
        QList<qint64> ids;
        for (int i = 1; i <= 40; ++i)
            ids.append(f.add(SyncFixture::invoice(i, i % 5)));
        std::unique_ptr<SyncEngine> engine = f.engine();
        int lastDone = 0;
        int finishedSignals = 0;
        int mostUnderWay = 0;
        QString lastUnderWay;
        QObject::connect(engine.get(), &SyncEngine::progress, [&](int done, int total, const QString& underWay) {
            QVERIFY(done >= lastDone); // the engine's thread counts: never backwards
            QCOMPARE(total, 40);
            lastDone = done;
            lastUnderWay = underWay;
            const int count = underWay.isEmpty() ? 0 : int(underWay.count(u',')) + 1;
            QVERIFY2(count <= 4, qPrintable(underWay)); // one per worker
            mostUnderWay = std::max(mostUnderWay, count);
        });
        QObject::connect(engine.get(), &SyncEngine::documentFinished,
                         [&](qint64, bool success, const QString&) { finishedSignals += success ? 1 : 0; });

        const SyncSummary summary = engine->runPending();
        QCOMPARE(summary.posted, 40);
        QVERIFY(summary.allDone());
        QCOMPARE(lastDone, 40);
        QVERIFY2(mostUnderWay > 1, "the progress names every document under way, not the last one started");
        QVERIFY(lastUnderWay.isEmpty()); // nothing left under way at the end
        QCOMPARE(finishedSignals, 40);
        QCOMPARE(f.emulator.state().mutations().size(), 40);
        for (int i = 1; i <= 40; ++i)
            QCOMPARE(f.mutationsFor(QString::number(100000000 + i)), 1);
        for (const auto& mutation : f.emulator.state().mutations())
            QCOMPARE(f.emulator.state().grossTotal(mutation), Money::fromCents(2920));
        QCOMPARE(f.emulator.state().relations().size(), 5);
        QSet<QString> codes;
        QSet<QString> emails;
        for (const auto& relation : f.emulator.state().relations()) {
            codes.insert(relation.code);
            emails.insert(relation.emailAddress);
        }
        QCOMPARE(codes.size(), 5);
        QCOMPARE(emails.size(), 5);
        // Repeat customers cost no look-up: one e-mail search per customer, not per invoice.
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/relation")).size(), 5);
        int emailSearches = 0;
        for (const EmulatorRequest& request : f.emulator.requests("GET", QStringLiteral("/v1/relation")))
            emailSearches += request.query.hasQueryItem(QStringLiteral("email")) ? 1 : 0;
        QCOMPARE(emailSearches, 5);
        for (qint64 id : ids)
            QCOMPARE(f.document(id).state, SyncState::Posted);
    }

    void creditMemosWaitForTheInvoicesOfTheSameParallelRun()
    {
        SyncFixture f;
        f.configuration.concurrency = 4;
        for (int i = 1; i <= 8; ++i) {
            f.add(SyncFixture::invoice(i, i));
            CreditMemo memo;
            static_cast<SalesDocument&>(memo) = SyncFixture::invoice(i, i);
            memo.kind = DocumentKind::CreditMemo;
            memo.shopId = QStringLiteral("cm%1").arg(i);
            memo.number = QString::number(200000000 + i);
            memo.invoiceNumber = QString::number(100000000 + i);
            DocumentRepository(*f.store.database).upsert(memo);
        }
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 16);
        QCOMPARE(summary.waiting, 0);
        QCOMPARE(f.emulator.state().mutations().size(), 16);
    }

    void theRequestRateHoldsForAllWorkersTogether()
    {
        SyncFixture f;
        f.configuration.concurrency = 4;
        constexpr int rate = 20;
        f.configuration.maxRequestsPerSecond = rate;
        for (int i = 1; i <= 12; ++i)
            f.add(SyncFixture::invoice(i, i));
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(f.engine()->runPending().posted, 12);

        QList<qint64> arrivals;
        for (const EmulatorRequest& request : f.emulator.requests())
            arrivals.append(request.receivedAtMs);
        std::sort(arrivals.begin(), arrivals.end());
        QVERIFY2(arrivals.size() > 3 * rate, qPrintable(QString::number(arrivals.size())));
        // The k-th request can be sent no sooner than k-1 intervals of 1/rate s after the run started, however
        // many workers send, and it arrives after it was sent: so the k-th arrival comes no sooner either. A lower
        // bound that the machine's load cannot break (it only delays), unlike the spacing of the arrivals
        // themselves, which shrank below a second when the emulator's thread was late with the first of a window.
        // Workers each at the full rate would be there four times as early. (A little less than whole
        // milliseconds for the steady clock the limiter counts on against the wall clock of the arrivals.)
        for (qsizetype k = 0; k < arrivals.size(); ++k) {
            const qint64 earliest = k * 1000 / rate - 5;
            QVERIFY2(arrivals.at(k) - startedAt >= earliest,
                     qPrintable(QStringLiteral("request %1 arrived %2 ms after the start, %3 ms at the earliest")
                                    .arg(k + 1)
                                    .arg(arrivals.at(k) - startedAt)
                                    .arg(earliest)));
        }
    }

    void aRetryAfterHoldsEveryWorker()
    {
        SyncFixture f;
        constexpr int workers = 4;
        f.configuration.concurrency = workers;
        for (int i = 1; i <= 8; ++i)
            f.add(SyncFixture::invoice(i, i));
        // The first mutation is answered 429 with Retry-After: 1. From the moment the worker has that answer, no
        // worker sends for the second; what still arrives then was already under way, one request per other
        // worker at the most (a worker waits for its answer before it sends again). Counted from that moment,
        // not from the 429's arrival with a margin: how long the answer takes to reach the worker depends on the
        // machine's load (a margin of 100 ms failed under load), and meanwhile the others may go on.
        f.emulator.injectFault({EmulatorFault::Kind::RateLimit, QStringLiteral("/v1/mutation"), 1, 429, 1, 0});
        std::atomic<qint64> toldAtMs = 0;
        const QUrl url = f.emulator.restUrl();
        const QString token = f.token;
        SyncEngine engine(
            f.store.database->path(),
            [url, token, &toldAtMs] {
                RestClient::Settings settings; // as SyncFixture::engine(): Retry-After is the engine's business
                settings.baseUrl = url;
                settings.timeoutMs = 1500;
                settings.wait = [](int) {};
                settings.maxRateLimitRetries = 0;
                return std::unique_ptr<EBoekhoudenClient>(
                    std::make_unique<NotesTheRateLimit>(token, settings, toldAtMs));
            },
            f.configuration);
        QCOMPARE(engine.runPending().posted, 8);
        QCOMPARE(f.emulator.state().mutations().size(), 8);
        QVERIFY(toldAtMs > 0);

        const QList<EmulatorRequest>& requests = f.emulator.requests();
        qint64 limitedAt = -1;
        for (const EmulatorRequest& request : requests) {
            if (!request.fault.isEmpty()) {
                QCOMPARE(limitedAt, -1); // one 429
                limitedAt = request.receivedAtMs;
            }
        }
        QVERIFY(limitedAt > 0);
        // Held until at least a second after the 429 arrived (900 ms: the hold is measured on the steady clock,
        // the arrivals on the wall clock). Counted from the millisecond after the note: what arrived within the
        // note's own millisecond may have come before it.
        QStringList duringTheHold;
        for (const EmulatorRequest& request : requests) {
            if (request.receivedAtMs > toldAtMs && request.receivedAtMs - limitedAt < 900)
                duringTheHold.append(QStringLiteral("%1 %2 %3 ms after the 429")
                                         .arg(QString::fromLatin1(request.method), request.path)
                                         .arg(request.receivedAtMs - limitedAt));
        }
        QVERIFY2(duringTheHold.size() <= workers - 1, qPrintable(duringTheHold.join(u"; "_qs)));
    }

    void cancelStopsEveryWorkerAfterItsDocument()
    {
        SyncFixture f;
        f.configuration.concurrency = 4;
        for (int i = 1; i <= 30; ++i)
            f.add(SyncFixture::invoice(i, i));
        std::unique_ptr<SyncEngine> engine = f.engine();
        QObject::connect(engine.get(), &SyncEngine::documentFinished,
                         [&](qint64, bool, const QString&) { engine->cancel(); });
        const SyncSummary summary = engine->runPending();
        QVERIFY(summary.cancelled);
        QVERIFY2(summary.posted >= 1 && summary.posted < 30, qPrintable(QString::number(summary.posted)));
        const DocumentRepository documents(*f.store.database);
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::InFlight), 0);
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::Posted), summary.posted);
        QCOMPARE(f.emulator.state().mutations().size(), summary.posted);
    }

    void refusedCredentialsStopEveryWorker()
    {
        SyncFixture f;
        f.configuration.concurrency = 4;
        for (int i = 1; i <= 20; ++i)
            f.add(SyncFixture::invoice(i, i));
        const SyncSummary summary = f.engine(QStringLiteral("wrong-token"))->runPending();
        QVERIFY(summary.stoppedBecause.contains(QStringLiteral("credentials")));
        QVERIFY2(summary.postponed >= 1 && summary.postponed <= 4,
                 qPrintable(QString::number(summary.postponed))); // one per worker at most
        QCOMPARE(summary.refused, 0);
        QCOMPARE(DocumentRepository(*f.store.database).count(DocumentKind::Invoice, SyncState::Pending), 20);
        QVERIFY(f.emulator.state().mutations().isEmpty());
        QCOMPARE(DocumentRepository(*f.store.database).count(DocumentKind::Invoice, SyncState::InFlight), 0);
    }

    void anInvoiceNumberedByEBoekhoudenIsNeverPostedAgainAfterACrash()
    {
        SyncFixture f;
        bookAsInvoicesNumberedByEBoekhouden(f);
        const qint64 booked = f.add(SyncFixture::invoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        QCOMPARE(f.emulator.state().invoices().size(), 1);
        QVERIFY(f.document(booked).eboekhoudenNumber.startsWith(u'F')); // e-Boekhouden's own number

        // The crash: the post had left and the invoice was booked, but the store never heard back. There is no
        // number to look up.
        QSqlQuery q(f.store.database->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE documents SET sync_state = 'in_flight', post_sent_at = '2026-11-26T00:00:00Z' "
                           "WHERE id = %1")
                .arg(booked)));
        const SyncSummary resumed = f.engine()->runPending();
        QCOMPARE(resumed.posted, 0);
        QCOMPARE(resumed.refused, 1);
        QCOMPARE(f.emulator.state().invoices().size(), 1); // not posted a second time
        const StoredDocument stored = f.document(booked);
        QCOMPARE(stored.state, SyncState::Failed);
        QVERIFY2(stored.lastMessage.contains(QStringLiteral("Check e-Boekhouden")), qPrintable(stored.lastMessage));
    }

    void aCrashBeforeThePostOfAnInvoiceNumberedByEBoekhoudenOnlyDelaysIt()
    {
        SyncFixture f;
        bookAsInvoicesNumberedByEBoekhouden(f);
        const qint64 document = f.add(SyncFixture::invoice(1, 1));
        // The crash came in the debtor step: claimed (in flight), but the post never left.
        QVERIFY(DocumentRepository(*f.store.database).transition(document, SyncState::Pending, SyncState::InFlight));
        QVERIFY(!f.document(document).postSent);
        // By a worker that is gone (on PostgreSQL the fixture's own would still hold its claim: WorkerClaims).
        QSqlQuery gone(f.store.database->connection());
        QVERIFY(
            gone.exec(QStringLiteral("UPDATE documents SET claimed_by = 'crashed/1/1' WHERE id = %1").arg(document)));
        const SyncSummary resumed = f.engine()->runPending();
        QCOMPARE(resumed.posted, 1);
        QCOMPARE(resumed.refused, 0);
        QCOMPARE(f.emulator.state().invoices().size(), 1);
        QCOMPARE(f.document(document).state, SyncState::Posted);
        QVERIFY(!f.document(document).postSent); // cleared by the transition
    }

    void anUnansweredPostOfAnInvoiceNumberedByEBoekhoudenIsNotRetried()
    {
        SyncFixture f;
        bookAsInvoicesNumberedByEBoekhouden(f);
        const qint64 dropped = f.add(SyncFixture::invoice(1, 1));
        const qint64 later = f.add(SyncFixture::invoice(2, 2));
        // The post of the first invoice gets a 503: e-Boekhouden may or may not have booked it.
        f.emulator.injectFault({EmulatorFault::Kind::ServerError, QStringLiteral("/v1/invoice "), 1, 503, 1, 0});
        // An unknown answer before the post is harmless: the relation look-up of the second may be retried.
        f.emulator.injectFault({EmulatorFault::Kind::ServerError, QStringLiteral("/v1/relation"), 1, 503, 1, 0});
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.refused, 1);
        QCOMPARE(summary.posted, 1);
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/invoice")).size(), 2); // one each, no retry
        QCOMPARE(f.document(dropped).state, SyncState::Failed);
        QVERIFY(f.document(dropped).lastMessage.contains(QStringLiteral("Check e-Boekhouden")));
        QCOMPARE(f.document(later).state, SyncState::Posted);
    }

    void aPostCarriedOutWhoseAnswerIsLostIsNeverBookedTwice()
    {
        // e-Boekhouden books the invoice, then the connection drops before the answer. The HTTP layer must not
        // send the same POST again on its own (Qt re-sends requests on a connection closed while reading): the
        // engine has to see the unknown outcome and decide, here by not posting a self-numbered invoice again.
        SyncFixture f;
        bookAsInvoicesNumberedByEBoekhouden(f);
        const qint64 id = f.add(SyncFixture::invoice(1, 1));
        f.emulator.injectFault({EmulatorFault::Kind::DropAfterWork, QStringLiteral("/v1/invoice "), 1, 200, 1, 0});
        f.engine()->runPending();
        QCOMPARE(f.emulator.state().invoices().size(), 1);
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/invoice")).size(), 1);
        QCOMPARE(f.document(id).state, SyncState::Failed);
        QVERIFY(f.document(id).lastMessage.contains(QStringLiteral("Check e-Boekhouden")));

        // With the shop's own number the engine looks it up after the lost answer and links it: booked once.
        SyncFixture g;
        const qint64 numbered = g.add(SyncFixture::invoice(2, 2));
        g.emulator.injectFault({EmulatorFault::Kind::DropAfterWork, QStringLiteral("/v1/mutation"), 1, 200, 1, 0});
        g.engine()->runPending();
        QCOMPARE(g.mutationsFor(u"100000002"_qs), 1);
        QCOMPARE(g.emulator.requests("POST", QStringLiteral("/v1/mutation")).size(), 1);
        QCOMPARE(g.document(numbered).state, SyncState::Posted);
    }

    void aCustomerPushUpdatesTheDebtorOrCreatesIt()
    {
        SyncFixture f;
        CustomerRepository customers(*f.store.database);
        Customer known;
        known.shopId = QStringLiteral("1");
        known.email = QStringLiteral("klant1@example.nl");
        known.firstName = QStringLiteral("Klaartje");
        known.lastName = QStringLiteral("Pietersen");
        const qint64 knownId = *customers.upsert(QStringLiteral("magento"), known);
        f.add(SyncFixture::invoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        QCOMPARE(f.emulator.state().relations().size(), 1);

        // The customer married and registered a company: the shop has the new name and VAT number.
        known.lastName = QStringLiteral("de Vries");
        known.company = QStringLiteral("Klaartje's Theehuis");
        known.vatNumber = QStringLiteral("NL123456789B01");
        customers.upsert(QStringLiteral("magento"), known);
        Customer fresh;
        fresh.shopId = QStringLiteral("2");
        fresh.email = QStringLiteral("nieuw@example.nl");
        fresh.firstName = QStringLiteral("Nina");
        fresh.lastName = QStringLiteral("Nieuw");
        fresh.countryCode = QStringLiteral("NL");
        const qint64 freshId = *customers.upsert(QStringLiteral("magento"), fresh);

        f.emulator.clearRequests();
        const SyncSummary summary = f.engine()->runCustomers({knownId, freshId});
        QCOMPARE(summary.debtorsPushed, 2);
        QVERIFY(summary.allDone());

        // Updated: the same relation, found by e-mail, patched with the current data.
        int patches = 0;
        for (const EmulatorRequest& request : f.emulator.requests())
            patches += request.method == "PATCH" && request.path.startsWith(u"/v1/relation/"_qs) ? 1 : 0;
        QCOMPARE(patches, 1);
        QCOMPARE(f.emulator.requests("POST", QStringLiteral("/v1/relation")).size(), 1); // only the new one
        QCOMPARE(f.emulator.state().relations().size(), 2);
        const auto& relations = f.emulator.state().relations();
        const auto updated = std::find_if(relations.cbegin(), relations.cend(),
                                          [](const auto& r) { return r.emailAddress == u"klant1@example.nl"_qs; });
        QVERIFY(updated != relations.cend());
        QCOMPARE(updated->code, QStringLiteral("KlaartjePi"));
        QCOMPARE(updated->name, QStringLiteral("Klaartje's Theehuis"));
        QCOMPARE(updated->contact, QStringLiteral("Klaartje de Vries"));
        QCOMPARE(updated->vatNumber, QStringLiteral("NL123456789B01"));
        QCOMPARE(updated->city, QStringLiteral("Utrecht")); // the address of the customer's latest invoice
        // Created by the debtor code rule.
        const auto created = std::find_if(relations.cbegin(), relations.cend(),
                                          [](const auto& r) { return r.emailAddress == u"nieuw@example.nl"_qs; });
        QVERIFY(created != relations.cend());
        QCOMPARE(created->code, QStringLiteral("NinaNieuw"));
        QCOMPARE(customers.find(freshId)->customer.debtorCode, QStringLiteral("NinaNieuw"));

        // One row per customer in the customer log, after the row of the invoice sync that created klant1's
        // debtor (issue 15 item 5).
        SyncLogRepository::Filter log;
        log.kind = SyncLogEntry::Kind::Customer;
        const QList<SyncLogEntry> rows = SyncLogRepository(*f.store.database).find(log);
        QCOMPARE(rows.size(), 3);
        QStringList messages;
        for (const SyncLogEntry& row : rows) {
            QVERIFY(row.success);
            messages.append(row.message.text());
        }
        QVERIFY2(messages.filter(QStringLiteral("Customer updated")).size() == 1, qPrintable(messages.join(u'|')));
        QVERIFY2(messages.filter(QStringLiteral("Customer created")).size() == 2, qPrintable(messages.join(u'|')));
        QVERIFY2(messages.filter(QStringLiteral("during the sync of")).size() == 1, qPrintable(messages.join(u'|')));
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
        // The two failed attempts are one row that counts them (issue 17 item 4), then the success.
        SyncLogRepository::Filter all;
        const QList<SyncLogEntry> rows = SyncLogRepository(*f.store.database).find(all);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).success);
        QCOMPARE(rows.at(0).attempts, 1);
        QVERIFY(!rows.at(1).success);
        QCOMPARE(rows.at(1).attempts, 2);
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
        // Written in English, read in Dutch: the reason and e-Boekhouden's error both (issue 17 item 2).
        {
            LanguageLoader language;
            QVERIFY(language.apply(QStringLiteral("nl")));
            const QString dutch = f.document(id).lastMessage;
            QVERIFY2(dutch.startsWith(u"e-Boekhouden heeft op dit moment een probleem (HTTP 500)."_qs),
                     qPrintable(dutch));
            QVERIFY2(dutch.endsWith(u" Bij de volgende synchronisatie wordt het opnieuw geprobeerd."_qs),
                     qPrintable(dutch));
            SyncLogRepository::Filter failures;
            failures.success = false;
            const QList<SyncLogEntry> rows = SyncLogRepository(*f.store.database).find(failures);
            QCOMPARE(rows.size(), 1); // both attempts, one row
            QCOMPARE(rows.at(0).attempts, 2);
            QVERIFY2(rows.at(0).message.text().startsWith(u"e-Boekhouden heeft op dit moment een probleem"_qs),
                     qPrintable(rows.at(0).message.text()));
            QVERIFY(language.apply(QStringLiteral("en")));
        }

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
        QVERIFY(log.at(0).message.text().startsWith(QStringLiteral("Invoice not found")));
        QVERIFY(!log.at(0).success);
        // Still waiting at the next sync: no second log row (one when it starts waiting, not one per sync).
        QCOMPARE(f.engine()->runDocuments({memoId}).waiting, 1);
        QCOMPARE(SyncLogRepository(*f.store.database).find(memos).size(), 1);

        f.add(SyncFixture::invoice(1, 1));
        summary = f.engine()->runPending(); // invoices first, then credit memos
        QCOMPARE(summary.posted, 2);
        QCOMPARE(f.document(memoId).state, SyncState::Posted);
        bool negative = false;
        for (const auto& mutation : f.emulator.state().mutations()) {
            if (mutation.invoiceNumber == u"C200000001"_qs) // booked under the credit memo prefix (C4)
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
        QCOMPARE(summary.postponed, 1); // the first one tells; the others are not tried
        QCOMPARE(summary.refused, 0);   // no document is at fault
        QVERIFY(f.emulator.state().mutations().isEmpty());
        const DocumentRepository documents(*f.store.database);
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::Pending), 3); // ready for the next sync
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

    void fiveHundredDocumentsThroughEveryKindOfFault() { fiveHundredDocumentsThroughFaults(1); }
    void fiveHundredDocumentsThroughEveryKindOfFaultOnFourWorkers() { fiveHundredDocumentsThroughFaults(4); }

    void aPaidInvoiceGetsItsPaymentBookedOnce()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        f.configuration.settings.bookPayments = true;
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

    // Issue 18: four workers on one store each list the waiting documents when their run starts. One that another
    // worker refused meanwhile is not taken again (it was, refused once more and logged once more, ~450 times a
    // worker in tst_fourworkers); one the bookkeeper pushes by hand is.
    void aDocumentRefusedSinceTheRunListedItIsNotTriedAgain()
    {
        SyncFixture f;
        const qint64 first = f.add(SyncFixture::invoice(1, 1));
        const qint64 second = f.add(SyncFixture::invoice(2, 2));
        std::unique_ptr<SyncEngine> engine = f.engine();
        // While the first is booked, "another worker" refuses the second.
        QObject::connect(engine.get(), &SyncEngine::documentFinished, [&](qint64 id, bool, const QString&) {
            if (id != first)
                return;
            DocumentRepository::Transition refused;
            refused.message = LogMessage(u"Refused by another worker."_qs);
            QVERIFY(DocumentRepository(*f.store.database).transition(second, SyncState::Pending, SyncState::InFlight));
            QVERIFY(DocumentRepository(*f.store.database)
                        .transition(second, SyncState::InFlight, SyncState::Failed, refused));
        });
        const SyncSummary summary = engine->runPending();
        QCOMPARE(summary.posted, 1);
        QCOMPARE(f.mutationsFor(u"100000002"_qs), 0);
        QCOMPARE(f.document(second).state, SyncState::Failed);
        QCOMPARE(f.document(second).lastMessage, u"Refused by another worker."_qs);

        // Pushed by hand, it is booked.
        QObject::disconnect(engine.get(), &SyncEngine::documentFinished, nullptr, nullptr);
        QCOMPARE(engine->runDocuments({second}).posted, 1);
        QCOMPARE(f.mutationsFor(u"100000002"_qs), 1);
    }

    // A kill after the payment's record and before the document's payment state (tst_crashrecovery found one in
    // CI: 419 of 420 invoices Booked, every payment in e-Boekhouden once). The next sync writes the state.
    void aKillBetweenThePaymentsRecordAndTheDocumentsStateIsMendedByTheNextSync()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        f.configuration.settings.bookPayments = true;
        Invoice paid = SyncFixture::invoice(1, 1);
        paid.paid = true;
        paid.payments = {{u"p1"_qs, u"iDEAL"_qs, u"tr_1"_qs, Money::fromCents(2920), paid.createdAt}};
        const qint64 id = f.add(paid);
        QCOMPARE(f.engine()->runPending().paymentsBooked, 1);
        QCOMPARE(f.document(id).paymentState, PaymentState::Booked);

        // The store as the kill left it: the payment settled, the document's payment state not written.
        QVERIFY(DocumentRepository(*f.store.database).setPaymentState(id, PaymentState::Pending, QString()));
        QCOMPARE(f.document(id).paymentState, PaymentState::Pending);
        QCOMPARE(f.engine()->runPending().paymentsBooked, 0);
        QCOMPARE(f.document(id).paymentState, PaymentState::Booked);
        QCOMPARE(f.mutationsFor(u"100000001"_qs, 3), 1);
    }

    void aPaymentThatDiffersFromTheOutstandingAmountIsNotBooked()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        f.configuration.settings.bookPayments = true;
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
        QVERIFY2(log.at(0).message.text().contains(QStringLiteral("29.20")), qPrintable(log.at(0).message.text()));
    }

    // API-shops.md S2 + API-eboekhouden.md C4: invoice 000000001 and credit memo 000000001 are two documents.
    void overlappingInvoiceAndCreditMemoNumbersAreEachBookedAsTheirOwn()
    {
        SyncFixture f;
        for (int i = 1; i <= 3; ++i)
            f.add(SyncFixture::magentoInvoice(i, i));
        // Memo 000000001 credits invoice 000000003, memo 000000002 invoice 000000001: numbers overlap both ways.
        const qint64 first = f.add(SyncFixture::magentoCreditMemo(1, 3, 3));
        const qint64 second = f.add(SyncFixture::magentoCreditMemo(2, 1, 1));
        // Memos first in the list: the look-up of a memo must never link it to the invoice of its number.
        SyncSummary summary = f.engine()->runDocuments({first, second});
        QCOMPARE(summary.waiting, 2);
        summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 5);
        QCOMPARE(summary.linked, 0);
        QCOMPARE(summary.refused, 0);
        for (const QString& number : {u"000000001"_qs, u"000000002"_qs, u"000000003"_qs})
            QCOMPARE(f.mutationsFor(number, 2), 1);
        QCOMPARE(f.mutationsFor(u"C000000001"_qs, 2), 1);
        QCOMPARE(f.mutationsFor(u"C000000002"_qs, 2), 1);
        QCOMPARE(f.emulator.state().mutations().size(), 5);
        for (const auto& mutation : f.emulator.state().mutations()) {
            const Money gross = f.emulator.state().grossTotal(mutation);
            QCOMPARE(gross, mutation.invoiceNumber.startsWith(u'C') ? Money::fromCents(-2920) : Money::fromCents(2920));
        }
        const StoredDocument memo = f.document(first);
        QCOMPARE(memo.state, SyncState::Posted);
        QCOMPARE(memo.eboekhoudenNumber, QStringLiteral("C000000001"));
        QCOMPARE(memo.bookedAmount, std::optional<Money>(Money::fromCents(-2920)));
        QVERIFY(memo.bookedRelationId > 0);
        QVERIFY(!memo.bookedRelationCode.isEmpty());
        // A crash after the memo's post: resumed, it is linked to its own booking, not posted again.
        QSqlQuery q(f.store.database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET sync_state = 'in_flight', eboekhouden_id = '' "
                                      "WHERE id = %1")
                           .arg(first)));
        summary = f.engine()->runPending();
        QCOMPARE(summary.linked, 1);
        QCOMPARE(f.document(first).eboekhoudenId, memo.eboekhoudenId);
        QCOMPARE(f.emulator.state().mutations().size(), 5);
    }

    // C5: a list item with id 0 is never a link; beside the real booking it changes nothing, alone it is a refusal.
    void aListItemWithIdZeroIsNeverALink()
    {
        SyncFixture f;
        const qint64 id = f.add(SyncFixture::magentoInvoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        const QString bookedId = f.document(id).eboekhoudenId;
        QVERIFY(bookedId.toLongLong() > 0);
        const auto engineListing = [&f](bool onlyIdZero) {
            const QUrl url = f.emulator.restUrl();
            const QString token = f.token;
            return std::make_unique<SyncEngine>(
                f.store.database->path(),
                [url, token, onlyIdZero] {
                    RestClient::Settings settings;
                    settings.baseUrl = url;
                    settings.timeoutMs = 1500;
                    return std::unique_ptr<EBoekhoudenClient>(
                        std::make_unique<ListsIdZero>(token, settings, onlyIdZero));
                },
                f.configuration);
        };
        QSqlQuery q(f.store.database->connection());
        const QString crash =
            QStringLiteral("UPDATE documents SET sync_state = 'in_flight', eboekhouden_id = '' WHERE id = %1").arg(id);
        QVERIFY(q.exec(crash));
        QCOMPARE(engineListing(false)->runPending().linked, 1);
        QCOMPARE(f.document(id).eboekhoudenId, bookedId);

        QVERIFY(q.exec(crash));
        const SyncSummary summary = engineListing(true)->runPending();
        QCOMPARE(summary.linked, 0);
        QCOMPARE(summary.refused, 1);
        QCOMPARE(f.document(id).state, SyncState::Failed);
        QVERIFY(f.document(id).eboekhoudenId.isEmpty());
        QVERIFY2(f.document(id).lastMessage.contains(QStringLiteral("without an id")),
                 qPrintable(f.document(id).lastMessage));
        QCOMPARE(f.emulator.state().mutations().size(), 1);
    }

    // Without a prefix a credit memo meets the invoice booked under its number: a refusal, never a link.
    void aBookingWithOurNumberThatIsNotOursIsRefusedNotLinked()
    {
        SyncFixture f;
        f.configuration.settings.invoiceNumbering.creditMemoPrefix.clear();
        f.add(SyncFixture::magentoInvoice(1, 1));
        f.add(SyncFixture::magentoInvoice(2, 2));
        QCOMPARE(f.engine()->runPending().posted, 2);
        const qint64 memoId = f.add(SyncFixture::magentoCreditMemo(1, 2, 2)); // 000000001, like invoice 1
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.linked, 0);
        QCOMPARE(summary.refused, 1);
        const StoredDocument memo = f.document(memoId);
        QCOMPARE(memo.state, SyncState::Failed);
        QVERIFY(memo.eboekhoudenId.isEmpty());
        QVERIFY2(memo.lastMessage.startsWith(QStringLiteral("e-Boekhouden already has a sales booking numbered "
                                                            "000000001 that is not this credit memo: ")),
                 qPrintable(memo.lastMessage));
        QCOMPARE(f.emulator.state().mutations().size(), 2);

        // The other way round: an invoice whose number a credit memo of its customer already took.
        const qint64 memoFive = f.add(SyncFixture::magentoCreditMemo(5, 2, 5));
        QCOMPARE(f.engine()->runDocuments({memoFive}).posted, 1); // 000000005, negative
        const qint64 fifth = f.add(SyncFixture::magentoInvoice(5, 5));
        QCOMPARE(f.engine()->runDocuments({fifth}).refused, 1);
        QVERIFY2(f.document(fifth).lastMessage.startsWith(QStringLiteral("e-Boekhouden already has a sales booking "
                                                                         "numbered 000000005 that is not this "
                                                                         "invoice: a credit booking of -29.20")),
                 qPrintable(f.document(fifth).lastMessage));
        QCOMPARE(f.mutationsFor(u"000000005"_qs, 2), 1);
        QCOMPARE(f.emulator.state().mutations().size(), 3);

        // An invoice meets a booking of another relation under its number (booked by hand, or another shop).
        EmulatorState::Relation stranger;
        stranger.code = QStringLiteral("ANDER1");
        stranger.name = QStringLiteral("Iemand Anders");
        const qint64 strangerId = f.emulator.state().addRelation(stranger).value;
        EmulatorState::Mutation foreign;
        foreign.type = 2;
        foreign.dateText = QStringLiteral("2026-11-02");
        foreign.ledgerId = f.emulator.state().ledgerByCode(u"1300"_qs)->id;
        foreign.relationId = strangerId;
        foreign.invoiceNumber = QStringLiteral("000000003");
        foreign.inExVat = QStringLiteral("IN");
        EmulatorState::Row row;
        row.ledgerId = f.emulator.state().ledgerByCode(u"8000"_qs)->id;
        row.vatCode = QStringLiteral("HOOG_VERK_21");
        row.amount = Money::fromCents(2920); // even the same amount: another relation is not ours
        foreign.rows = {row};
        QVERIFY(f.emulator.state().addMutation(foreign).ok());
        const qint64 third = f.add(SyncFixture::magentoInvoice(3, 3));
        QCOMPARE(f.engine()->runPending().refused, 1);
        QCOMPARE(f.document(third).state, SyncState::Failed);
        QVERIFY2(f.document(third).lastMessage.contains(QStringLiteral("for another relation")),
                 qPrintable(f.document(third).lastMessage));
        QCOMPARE(f.mutationsFor(u"000000003"_qs, 2), 1);
    }

    // A credit memo whose invoice was booked by hand (or lies before the imported period) finds the invoice's
    // booking in e-Boekhouden, same kind and relation, or is held with what to do; it never waits for ever.
    void aCreditMemoFindsAnInvoiceBookedByHandInEBoekhouden()
    {
        SyncFixture f;
        // Its invoice is neither in this store nor in e-Boekhouden: held, with what to do.
        const qint64 memoId = f.add(SyncFixture::magentoCreditMemo(1, 1, 1));
        SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.waiting, 1);
        QVERIFY2(f.document(memoId).lastMessage.contains(QStringLiteral("Import the period")),
                 qPrintable(f.document(memoId).lastMessage));
        // Booked in e-Boekhouden under its number for the same customer, and not in the imported period (gone
        // from the store): the memo may follow.
        const qint64 invoiceId = f.add(SyncFixture::magentoInvoice(1, 1));
        QCOMPARE(f.engine()->runDocuments({invoiceId}).posted, 1);
        QSqlQuery q(f.store.database->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(invoiceId)));
        summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 1);
        QCOMPARE(f.document(memoId).eboekhoudenNumber, QStringLiteral("C000000001"));
        SyncLogRepository::Filter memos;
        memos.kind = SyncLogEntry::Kind::CreditMemo;
        QCOMPARE(SyncLogRepository(*f.store.database).find(memos).size(), 2); // one wait, one booking

        // Invoices marked as booked by hand: invoice 2 is in e-Boekhouden (so its memo follows), invoice 3 is not
        // (its memo is held, saying so).
        const qint64 second = f.add(SyncFixture::magentoInvoice(2, 2));
        QCOMPARE(f.engine()->runDocuments({second}).posted, 1);
        const qint64 third = f.add(SyncFixture::magentoInvoice(3, 3));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE documents SET sync_state = 'skipped' WHERE id IN (%1, %2)").arg(second).arg(third)));
        const qint64 memoOfSecond = f.add(SyncFixture::magentoCreditMemo(2, 2, 2));
        const qint64 memoOfThird = f.add(SyncFixture::magentoCreditMemo(3, 3, 3));
        summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 1);
        QCOMPARE(summary.waiting, 1);
        QCOMPARE(f.document(memoOfSecond).eboekhoudenNumber, QStringLiteral("C000000002"));
        QCOMPARE(f.document(memoOfThird).state, SyncState::Pending);
        QVERIFY2(f.document(memoOfThird).lastMessage.contains(QStringLiteral("marked as booked by hand")),
                 qPrintable(f.document(memoOfThird).lastMessage));
    }

    // Payments are a setting: off, no payment is tried and no log row is written, however often it syncs.
    void paymentsOffBookNothingAndLogNothing()
    {
        SyncFixture f;
        Invoice paid = SyncFixture::magentoInvoice(1, 1);
        paid.paid = true;
        f.add(paid);
        for (int run = 0; run < 3; ++run)
            f.engine()->runPending();
        QCOMPARE(f.mutationsFor(u"000000001"_qs, 3), 0);
        SyncLogRepository::Filter failures;
        failures.success = false;
        QCOMPARE(SyncLogRepository(*f.store.database).count(failures), 0);
        QCOMPARE(DocumentRepository(*f.store.database).countPayments(DocumentKind::Invoice, PaymentState::Pending), 1);

        // On, without a bank ledger: one failed row, not one per sync.
        f.configuration.settings.bookPayments = true;
        for (int run = 0; run < 3; ++run)
            f.engine()->runPending();
        QCOMPARE(SyncLogRepository(*f.store.database).count(failures), 1);
        QCOMPARE(DocumentRepository(*f.store.database).countPayments(DocumentKind::Invoice, PaymentState::Failed), 1);
    }

    // Each payment is retried on its own: one that gets no answer in time waits for the next sync, the others
    // are booked; the open item is found by our mutation, not by the deprecated fields (C2).
    void aTemporaryErrorPostponesThatPaymentOnly()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        f.configuration.settings.bookPayments = true;
        f.configuration.maxAttempts = 3;
        f.configuration.settings.bookPayments = false; // the invoices first, the payments below
        for (int i = 1; i <= 3; ++i) {
            Invoice paid = SyncFixture::magentoInvoice(i, i);
            paid.paid = true;
            paid.payments = {
                {u"p%1"_qs.arg(i), u"iDEAL"_qs, u"tr_%1"_qs.arg(i), Money::fromCents(2920), paid.createdAt}};
            f.add(paid);
        }
        QCOMPARE(f.engine()->runPending().posted, 3);
        QCOMPARE(f.emulator.state().mutations().size(), 3);
        f.configuration.settings.bookPayments = true;
        // The first payment's three attempts all get a 503; the other two go through.
        f.emulator.injectFault(
            {EmulatorFault::Kind::ServerError, QStringLiteral("/v1/mutation/invoice/outstanding"), 3, 503, 1, 0});
        SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.paymentsBooked, 2);
        QCOMPARE(summary.paymentsPostponed, 1);
        summary = f.engine()->runPending();
        QCOMPARE(summary.paymentsBooked, 1);
        QCOMPARE(summary.paymentsPostponed, 0);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(f.mutationsFor(u"%1"_qs.arg(i, 9, 10, QLatin1Char('0')), 3), 1);
        // Seed 004: "method - invoice number - transaction id", the transaction id as the entry number.
        for (const auto& mutation : f.emulator.state().mutations()) {
            if (mutation.type == 3 && mutation.invoiceNumber == u"000000002"_qs) {
                QCOMPARE(mutation.description, QStringLiteral("iDEAL - 000000002 - tr_2"));
                QCOMPARE(mutation.entryNumber, QStringLiteral("tr_2"));
            }
        }
        QCOMPARE(DocumentRepository(*f.store.database).countPayments(DocumentKind::Invoice, PaymentState::Booked), 3);
        QVERIFY(f.emulator.state().outstanding(true).isEmpty());
    }

    // The money paid back for a credit memo: type 3, negative, against the credit memo's own open item (C7).
    void aRefundIsBookedAgainstItsCreditMemosOpenItem()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        f.configuration.settings.bookPayments = true;
        Invoice paid = SyncFixture::magentoInvoice(1, 1);
        paid.paid = true;
        f.add(paid);
        CreditMemo refunded = SyncFixture::magentoCreditMemo(1, 1, 1);
        refunded.paid = true;
        const qint64 memoId = f.add(refunded);
        SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 2);
        QCOMPARE(summary.paymentsBooked, 2);
        QCOMPARE(f.mutationsFor(u"000000001"_qs, 3), 1);
        QCOMPARE(f.mutationsFor(u"C000000001"_qs, 3), 1);
        for (const auto& mutation : f.emulator.state().mutations()) {
            if (mutation.type == 3 && mutation.invoiceNumber == u"C000000001"_qs)
                QCOMPARE(mutation.rows.first().amount, std::optional<Money>(Money::fromCents(-2920)));
        }
        QVERIFY(f.emulator.state().outstanding(true).isEmpty());
        QCOMPARE(f.document(memoId).paymentState, PaymentState::Booked);
        // Again: nothing twice.
        QCOMPARE(f.engine()->runPending().paymentsBooked, 0);
        QCOMPARE(f.emulator.state().mutations().size(), 4);

        // The emulator's strict reading (C7, unverified): a payment with the wrong sign, or one on an item with
        // nothing outstanding, is refused.
        CreditMemo second = SyncFixture::magentoCreditMemo(2, 1, 1);
        f.add(second); // not refunded: its item stays open at -29.20
        QCOMPARE(f.engine()->runPending().posted, 1);
        const auto payment = [&](const QString& number, qint64 cents) {
            const EmulatorState& state = f.emulator.state();
            EmulatorState::Mutation m;
            m.type = 3;
            m.dateText = QStringLiteral("2026-11-03");
            m.ledgerId = state.ledgerByCode(u"1010"_qs)->id;
            m.relationId = f.document(memoId).bookedRelationId;
            m.inExVat = QStringLiteral("EX");
            EmulatorState::Row row;
            row.ledgerId = state.ledgerByCode(u"1300"_qs)->id;
            row.vatCode = QStringLiteral("GEEN");
            row.amount = Money::fromCents(cents);
            row.invoiceNumber = number;
            row.relationId = m.relationId;
            m.rows = {row};
            return f.emulator.state().addMutation(m);
        };
        QCOMPARE(payment(u"C000000002"_qs, 2920).error->code, QStringLiteral("ERR_002"));  // positive on negative
        QCOMPARE(payment(u"C000000002"_qs, -3000).error->code, QStringLiteral("ERR_002")); // more than open
        QCOMPARE(payment(u"C000000001"_qs, -2920).error->code, QStringLiteral("ERR_002")); // settled already
        QVERIFY(payment(u"C000000002"_qs, -2920).ok());
    }

    // Over SOAP (issue 12 item 8's payment part): invoices, overlapping credit memos, payments and refunds, each
    // once; SOAP's open items carry no ids, so they are matched by relation code and amount.
    void soapBooksInvoicesCreditMemosPaymentsAndRefundsOnce()
    {
        SyncFixture f;
        f.configuration.settings.defaultBankLedger = QStringLiteral("1010");
        f.configuration.settings.bookPayments = true;
        for (int i = 1; i <= 2; ++i) {
            Invoice paid = SyncFixture::magentoInvoice(i, i);
            paid.paid = true;
            f.add(paid);
        }
        CreditMemo refunded = SyncFixture::magentoCreditMemo(1, 2, 2); // 000000001, crediting invoice 000000002
        refunded.paid = true;
        f.add(refunded);
        SyncSummary summary = f.soapEngine()->runPending();
        QCOMPARE(summary.posted, 3);
        QCOMPARE(summary.linked, 0);
        QCOMPARE(summary.paymentsBooked, 3);
        QCOMPARE(f.mutationsFor(u"000000001"_qs, 2), 1);
        QCOMPARE(f.mutationsFor(u"C000000001"_qs, 2), 1);
        QCOMPARE(f.mutationsFor(u"000000001"_qs, 3), 1);
        QCOMPARE(f.mutationsFor(u"000000002"_qs, 3), 1);
        QCOMPARE(f.mutationsFor(u"C000000001"_qs, 3), 1);
        QVERIFY(f.emulator.state().outstanding(true).isEmpty());
        summary = f.soapEngine()->runPending();
        QCOMPARE(summary.paymentsBooked, 0);
        QCOMPARE(f.emulator.state().mutations().size(), 6);
    }

    // A store as today's rules left it: a credit memo "linked" to the invoice booked under its number. The check
    // finds it; offered again, the next sync books it as itself.
    void checkLinksFindsACreditMemoLinkedToAnInvoice()
    {
        SyncFixture f;
        const qint64 invoiceId = f.add(SyncFixture::magentoInvoice(1, 1));
        f.add(SyncFixture::magentoInvoice(2, 2));
        QCOMPARE(f.engine()->runPending().posted, 2);
        const qint64 memoId = f.add(SyncFixture::magentoCreditMemo(1, 2, 2));
        const StoredDocument invoice = f.document(invoiceId);
        QSqlQuery q(f.store.database->connection());
        // What the look-up by number alone did: the memo marked posted on invoice 000000001's booking.
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET sync_state = 'posted', eboekhouden_id = '%1', "
                                      "eboekhouden_number = '000000001' WHERE id = %2")
                           .arg(invoice.eboekhoudenId)
                           .arg(memoId)));

        RestClient::Settings settings;
        settings.baseUrl = f.emulator.restUrl();
        RestClient client(f.token, settings);
        LinkChecker checker(*f.store.database, client, f.configuration);
        const LinkChecker::Report report = checker.check();
        QVERIFY(!report.error);
        QCOMPARE(report.checked, 3);
        QCOMPARE(report.wrong.size(), 1);
        QCOMPARE(report.wrong.first().documentId, memoId);
        QVERIFY2(report.wrong.first().reason.contains(QStringLiteral("not a credit booking")),
                 qPrintable(report.wrong.first().reason));
        QCOMPARE(checker.offerAgain(report.wrong), 1);
        QCOMPARE(f.document(memoId).state, SyncState::Pending);

        QCOMPARE(f.engine()->runPending().posted, 1);
        QCOMPARE(f.document(memoId).eboekhoudenNumber, QStringLiteral("C000000001"));
        QCOMPARE(checker.check().wrong.size(), 0);

        // The grid's "Check the links" runs the same on the engine: it names each wrong one and offers it again.
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET eboekhouden_id = '%1' WHERE id = %2")
                           .arg(invoice.eboekhoudenId)
                           .arg(memoId)));
        const std::unique_ptr<SyncEngine> engine = f.engine();
        QSignalSpy finished(engine.get(), &SyncEngine::documentFinished);
        const SyncSummary summary = engine->runCheckLinks({});
        QCOMPARE(summary.total, 3);
        QCOMPARE(summary.wrongLinks, 1);
        QVERIFY(summary.stoppedBecause.isEmpty());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toLongLong(), memoId);
        QVERIFY2(finished.first().at(2).toString().contains(QStringLiteral("Offered again")),
                 qPrintable(finished.first().at(2).toString()));
        QCOMPARE(f.document(memoId).state, SyncState::Pending);
        QCOMPARE(engine->runCheckLinks({}).wrongLinks, 0); // the invoices' links are right
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

    // Booking settings saved on the Settings page while the app runs: the runner's engine takes them at its
    // next run, not at the next start of the app.
    void bookingSettingsSavedWhileTheAppRunsCountFromTheNextRun()
    {
        SyncFixture f;
        const qint64 first = f.add(SyncFixture::invoice(1, 1));
        SyncRunner runner(f.engine());
        QSignalSpy finished(&runner, &SyncRunner::finished);
        runner.push({first});
        QVERIFY(finished.wait(20000));
        QCOMPARE(f.emulator.state().mutations().size(), 1);
        QVERIFY(f.emulator.state().invoices().isEmpty());

        AdministrationSettings invoices = f.configuration.settings;
        invoices.bookingForm = AdministrationSettings::BookingForm::Invoices;
        invoices.invoiceTemplate = QStringLiteral("Standaard");
        runner.setBookingSettings(invoices, f.configuration.debtorMatching);
        const qint64 second = f.add(SyncFixture::invoice(2, 2));
        runner.push({second});
        QVERIFY(finished.wait(20000));
        QCOMPARE(f.document(second).state, SyncState::Posted);
        QCOMPARE(f.emulator.state().invoices().size(), 1); // booked the new way (its mutation comes with it)
    }

    // A collective debtor per payment method (a marketplace): its documents are booked on that relation; an ICP
    // sale paid the same way keeps its own customer; a fixed code that e-Boekhouden lacks is refused, not made.
    void aFixedDebtorPerPaymentMethodTakesItsDocumentsButNeverAnIcpSale()
    {
        SyncFixture f;
        EmulatorState::Relation marketplace;
        marketplace.code = QStringLiteral("BOLCOM");
        marketplace.name = QStringLiteral("Bol.com");
        const auto added = f.emulator.state().addRelation(marketplace);
        QVERIFY(!added.error);
        f.configuration.settings.fixedDebtorByPaymentMethod = {{QStringLiteral("Bol.com"), QStringLiteral("BOLCOM")},
                                                               {QStringLiteral("Amazon"), QStringLiteral("AMAZON")}};
        Invoice viaMarketplace = SyncFixture::invoice(1, 1);
        viaMarketplace.paymentMethod = QStringLiteral("Bol.com");
        Invoice own = SyncFixture::invoice(2, 2);
        own.paymentMethod = QStringLiteral("iDEAL");
        Invoice missingDebtor = SyncFixture::invoice(3, 3);
        missingDebtor.paymentMethod = QStringLiteral("Amazon");
        // An intra-community sale to a Belgian company, without VAT, paid through the marketplace.
        Invoice icp = SyncFixture::invoice(4, 4);
        icp.paymentMethod = QStringLiteral("Bol.com");
        for (Address* address : {&icp.billingAddress, &icp.shippingAddress}) {
            address->countryCode = QStringLiteral("BE");
            address->company = QStringLiteral("Brouwerij Test BV");
            address->vatNumber = QStringLiteral("BE0123456749");
        }
        icp.customer.company = icp.billingAddress.company;
        icp.customer.vatNumber = icp.billingAddress.vatNumber;
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
        const qint64 marketplaceId = f.add(viaMarketplace);
        const qint64 ownId = f.add(own);
        const qint64 missingId = f.add(missingDebtor);
        const qint64 icpId = f.add(icp);

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 3);
        QCOMPARE(summary.refused, 1);
        const auto relationOf = [&](qint64 id) {
            for (const auto& mutation : f.emulator.state().mutations())
                if (mutation.invoiceNumber == f.document(id).document.number)
                    return mutation.relationId;
            return qint64(-1);
        };
        QCOMPARE(relationOf(marketplaceId), added.value);
        QVERIFY(relationOf(ownId) != added.value && relationOf(ownId) > 0);
        QVERIFY(relationOf(icpId) != added.value && relationOf(icpId) > 0); // the Belgian company's own debtor
        QCOMPARE(f.document(missingId).state, SyncState::Failed);
        QVERIFY2(f.document(missingId).lastMessage.contains(u"AMAZON"), qPrintable(f.document(missingId).lastMessage));
        QCOMPARE(relationOf(missingId), qint64(-1));
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

private:
    static void fiveHundredDocumentsThroughFaults(int concurrency)
    {
        SyncFixture f;
        f.configuration.concurrency = concurrency;
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
        // At least 50: the relation faults only meet the first rounds' new customers, since a relation a run
        // created or found is matched in the store at the next run without a relation call (issue 15).
        QVERIFY2(faulty >= 50, qPrintable(QString::number(faulty)));
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
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
