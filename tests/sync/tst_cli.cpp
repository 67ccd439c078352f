#include "AdministrationSettingsStore.h"
#include "BuildInfo.h"
#include "EBoekhoudenEmulator.h"
#include "MagentoCli.h"
#include "MagentoEmulator.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/TestStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The headless CLI as a scheduler runs it: shop and e-Boekhouden from environment variables (both
// emulated in this test's process on 127.0.0.1), the store in the profile's folder, exit codes to act on.
class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_homeDir;
    QTemporaryDir& home() { return *m_homeDir; }
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhouden;
    std::unique_ptr<MagentoEmulator> m_shop;
    std::unique_ptr<ViesEmulator> m_vies;
    QString m_postgresStore; // tst_cli_pg: the profile's store is this PostgreSQL database (issue 18)

    using Run = CliRun;

    Run cli(const QStringList& arguments, bool withShop = true, const QDate& tokenEndDate = {})
    {
        QProcessEnvironment environment = magentoCliEnvironment(home().path(), u"cli-test-token"_qs, *m_eboekhouden,
                                                                *m_vies, withShop ? m_shop.get() : nullptr);
        if (tokenEndDate.isValid())
            environment.insert(QStringLiteral("BOEKHOUDBRUG_EB_TOKEN_END_DATE"), tokenEndDate.toString(Qt::ISODate));
        return runCli(environment, arguments);
    }

private slots:
    void init()
    {
        m_homeDir = std::make_unique<QTemporaryDir>(); // each test its own profile folder and store
        if (TestStore::onPostgres()) {
            // The profile's setting, where the CLI reads its settings without --config.
            m_postgresStore = TestStore::newPostgresDatabase();
            QSettings settings(home().filePath(QStringLiteral("config/%1/%2.conf")
                                                   .arg(QString::fromLatin1(BuildInfo::organizationName),
                                                        QString::fromLatin1(BuildInfo::applicationName))),
                               QSettings::IniFormat);
            settings.setValue(Database::storeLocationKey(QStringLiteral("default")), m_postgresStore);
        }
        m_eboekhouden = std::make_unique<EBoekhoudenEmulator>();
        m_eboekhouden->state().seedDemoAdministration();
        m_eboekhouden->state().addLedger(QStringLiteral("1550"), QStringLiteral("Btw OSS"), QStringLiteral("BAL"));
        m_eboekhouden->addAccessToken(QStringLiteral("cli-test-token"));
        QVERIFY(m_eboekhouden->start());
        m_shop = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 20});
        QVERIFY(m_shop->start());
        m_vies = startedViesForMagento(20); // the shop's Belgian business customers are in VIES
        QVERIFY(m_vies);
    }

    void importThenSyncThenNothingTwice()
    {
        const Run imported = cli({QStringLiteral("import")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("20 invoices")), qPrintable(imported.out + imported.err));

        const Run status = cli({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("Invoices: 20 pending")), qPrintable(status.out));

        // Without an OSS VAT ledger in the mapping the OSS documents are refused with a reason: exit 1.
        const Run synced = cli({QStringLiteral("sync")});
        // Seed 7, 20 invoices: 10 OSS invoices refused, the 2 credit memos of refused invoices wait, 11 booked (one
        // of them the ICP sale to a Belgian business, its number confirmed by VIES).
        QCOMPARE(synced.exitCode, 1);
        QVERIFY2(synced.out.contains(QStringLiteral("23 documents: 11 booked, 0 already in e-Boekhouden, 10 failed, "
                                                    "2 waiting for their invoice, 0 to try again later")),
                 qPrintable(synced.out));
        const int booked = static_cast<int>(m_eboekhouden->state().mutations().size());
        QCOMPARE(booked, 11);
        const Run counted = cli({QStringLiteral("status")});
        QCOMPARE(counted.exitCode, 0);
        QVERIFY2(counted.out.contains(QStringLiteral("Invoices: 0 pending, 0 in_flight, 10 posted, 10 failed")),
                 qPrintable(counted.out));
        QVERIFY2(counted.out.contains(QStringLiteral("Credit memos: 2 pending, 0 in_flight, 1 posted, 0 failed")),
                 qPrintable(counted.out));
        // Payments are off until the settings choose a bank ledger: none booked, none failed.
        QVERIFY2(counted.out.contains(QStringLiteral(" booked, 0 failed, 0 not_outstanding")), qPrintable(counted.out));

        const Run again = cli({QStringLiteral("sync")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(QStringLiteral("2 documents: 0 booked, 0 already in e-Boekhouden, 0 failed, "
                                                   "2 waiting for their invoice")),
                 qPrintable(again.out));
        QCOMPARE(m_eboekhouden->state().mutations().size(), booked);

        const Run logs = cli({QStringLiteral("logs")});
        QCOMPARE(logs.exitCode, 0);
        QVERIFY(logs.out.contains(QStringLiteral("booked in e-Boekhouden")));

        if (TestStore::onPostgres()) {
            // Booked from the shared database, no file made beside it.
            QDirIterator files(home().filePath(QStringLiteral("data")), {QStringLiteral("*.sqlite")}, QDir::Files,
                               QDirIterator::Subdirectories);
            QVERIFY(!files.hasNext());
            Database shared(m_postgresStore);
            QVERIFY2(shared.open(), qPrintable(shared.lastError()));
            QCOMPARE(DocumentRepository(shared).count(DocumentKind::Invoice, SyncState::Posted), 10);
            QCOMPARE(DocumentRepository(shared).count(DocumentKind::CreditMemo, SyncState::Posted), 1);
        }
    }

    void syncOnSeveralWorkersAtALimitedRate()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        const Run synced = cli({QStringLiteral("sync"), QStringLiteral("--concurrency"), QStringLiteral("3"),
                                QStringLiteral("--rate"), QStringLiteral("40")});
        QCOMPARE(synced.exitCode, 1); // the 10 OSS invoices are refused (no OSS VAT ledger in the mapping)
        QVERIFY2(synced.out.contains(QStringLiteral("23 documents: 11 booked, 0 already in e-Boekhouden, 10 failed, "
                                                    "2 waiting for their invoice, 0 to try again later")),
                 qPrintable(synced.out));
        QCOMPARE(m_eboekhouden->state().mutations().size(), 11);
        const qsizetype booked = m_eboekhouden->state().mutations().size();
        QSet<QString> numbers;
        for (const auto& mutation : m_eboekhouden->state().mutations())
            numbers.insert(mutation.invoiceNumber);
        QCOMPARE(numbers.size(), booked); // each once
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--concurrency"), QStringLiteral("3")}).exitCode,
                 synced.exitCode);
        QCOMPARE(m_eboekhouden->state().mutations().size(), booked);

        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--concurrency"), QStringLiteral("0")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--rate"), QStringLiteral("fast")}).exitCode, 64);
    }

    void pushACustomerUpdatesItsDebtor()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        QString shopId;
        QString email;
        for (const Invoice& invoice : m_shop->expectedInvoices()) {
            if (!invoice.customer.shopId.isEmpty() && !invoice.customer.email.isEmpty()) {
                shopId = invoice.customer.shopId;
                email = invoice.customer.email;
                break;
            }
        }
        QVERIFY(!shopId.isEmpty());
        const auto relationsWith = [&] {
            int count = 0;
            for (const auto& relation : m_eboekhouden->state().relations())
                count += relation.emailAddress.compare(email, Qt::CaseInsensitive) == 0 ? 1 : 0;
            return count;
        };
        const int before = relationsWith();
        const Run first = cli({QStringLiteral("push"), QStringLiteral("--customer"), shopId}, false);
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(
            first.out.contains(before == 0 ? QStringLiteral("Customer created") : QStringLiteral("Customer updated")),
            qPrintable(first.out));
        QCOMPARE(relationsWith(), 1);
        // Again: the debtor is found and updated, not created twice.
        const Run second = cli({QStringLiteral("push"), QStringLiteral("--customer"), shopId}, false);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QStringLiteral("Customer updated")), qPrintable(second.out));
        QCOMPARE(relationsWith(), 1);
        const Run logs = cli({QStringLiteral("logs")}, false);
        QCOMPARE(logs.out.count(QStringLiteral("Customer updated")), before == 0 ? 1 : 2);

        QCOMPARE(cli({QStringLiteral("push"), QStringLiteral("--customer"), QStringLiteral("no-such-customer")}, false)
                     .exitCode,
                 64);
    }

    void previewPrintsTheRows()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        const Run preview = cli({QStringLiteral("preview"), m_shop->expectedInvoices().first().number});
        QVERIFY(preview.out.contains(m_shop->expectedInvoices().first().number));
        // The first invoice is an OSS sale and the mapping has no OSS VAT ledger yet: it says why, exit 1.
        QCOMPARE(preview.exitCode, 1);
        QVERIFY2(preview.out.contains(QStringLiteral("cannot be booked")), qPrintable(preview.out));
        QCOMPARE(cli({QStringLiteral("preview"), QStringLiteral("no-such-number")}).exitCode, 64);
    }

    // Issue 15: connected, the preview shows the debtor e-Boekhouden already has for the customer (read-only:
    // nothing is created), not a new code.
    void previewShowsTheExistingDebtor()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        Invoice domestic;
        for (const Invoice& invoice : m_shop->expectedInvoices())
            if (invoice.billingAddress.countryCode == u"NL" && invoice.shippingAddress.countryCode == u"NL" &&
                !invoice.customer.email.isEmpty())
                domestic = invoice;
        QVERIFY(!domestic.number.isEmpty());
        EmulatorState::Relation known;
        known.code = QStringLiteral("BESTAAND01");
        known.name = QStringLiteral("Bestaande klant");
        known.emailAddress = domestic.customer.email;
        QVERIFY(!m_eboekhouden->state().addRelation(known).error);
        const Run preview = cli({QStringLiteral("preview"), domestic.number}, false);
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.contains(QStringLiteral("debtor BESTAAND01")), qPrintable(preview.out + preview.err));
        QVERIFY2(!preview.out.contains(QStringLiteral("A new debtor")), qPrintable(preview.out));
        QCOMPARE(m_eboekhouden->state().relations().size(), 1);
        QCOMPARE(m_eboekhouden->state().mutations().size(), 0);
    }

    // Issue 15 items 2 and 3: import-relations reads e-Boekhouden's existing relations into the store, and
    // preview --body prints the exact request the push then sends (compared with what the emulator received).
    void importRelationsThenPreviewTheBodyThePushSends()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        Invoice domestic;
        for (const Invoice& invoice : m_shop->expectedInvoices())
            if (invoice.billingAddress.countryCode == u"NL" && invoice.shippingAddress.countryCode == u"NL" &&
                !invoice.customer.email.isEmpty())
                domestic = invoice;
        QVERIFY(!domestic.number.isEmpty());
        EmulatorState::Relation known;
        known.code = QStringLiteral("BESTAAND01");
        known.name = QStringLiteral("Bestaande klant");
        known.emailAddress = domestic.customer.email.toUpper(); // as typed in e-Boekhouden
        const auto added = m_eboekhouden->state().addRelation(known);
        QVERIFY(!added.error);
        const Run imported = cli({QStringLiteral("import-relations")}, false);
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(u"read into the local database"), qPrintable(imported.out + imported.err));

        const Run preview = cli(
            {QStringLiteral("preview"), QStringLiteral("--invoice"), domestic.number, QStringLiteral("--body")}, false);
        QCOMPARE(preview.exitCode, 0);
        const QStringList lines = preview.out.split(u'\n');
        const qsizetype request = lines.indexOf(u"Request: POST /v1/mutation"_qs);
        QVERIFY2(request >= 0, qPrintable(preview.out + preview.err));
        const QByteArray shown = lines.value(request + 1).toUtf8();
        QCOMPARE(QJsonDocument::fromJson(shown).object().value(u"relationId").toInteger(), added.value);

        QCOMPARE(cli({QStringLiteral("push"), QStringLiteral("--invoice"), domestic.number}, false).exitCode, 0);
        const QList<EmulatorRequest> posts = m_eboekhouden->requests("POST", QStringLiteral("/v1/mutation"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().body, shown);
        QCOMPARE(m_eboekhouden->state().relations().size(), 1); // matched case-insensitively in the store
    }

    void pushNamedInvoicesAndCreditMemos()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        QVERIFY(!m_shop->expectedCreditMemos().isEmpty());
        // A credit memo and the invoice it credits in one run: the invoice goes first, so the memo finds it.
        const CreditMemo memo = m_shop->expectedCreditMemos().first();
        const QString invoice = memo.invoiceNumber;
        const Run pushed = cli(
            {QStringLiteral("push"), QStringLiteral("--creditmemo"), memo.number, QStringLiteral("--invoice"), invoice},
            false);
        QCOMPARE(pushed.exitCode, 0);
        QVERIFY2(pushed.out.contains(QStringLiteral("2 documents: 2 booked, 0 already in e-Boekhouden, 0 failed, "
                                                    "0 waiting for their invoice, 0 to try again later")),
                 qPrintable(pushed.out + pushed.err));
        QCOMPARE(m_eboekhouden->state().mutations().size(), 2);
        QSet<QString> numbers;
        for (const auto& mutation : m_eboekhouden->state().mutations())
            numbers.insert(mutation.invoiceNumber);
        QVERIFY2(numbers.contains(invoice), qPrintable(pushed.out + pushed.err));
        QCOMPARE(numbers.size(), 2); // only what was named
        QVERIFY2(numbers.contains(u'C' + memo.number), "the credit memo under its own number (C4)");

        QCOMPARE(cli({QStringLiteral("push")}, false).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("push"), QStringLiteral("--creditmemo"), invoice}, false).exitCode, 64);
        const Run preview = cli({QStringLiteral("preview"), QStringLiteral("--invoice"), invoice}, false);
        QVERIFY2(preview.out.contains(invoice), qPrintable(preview.out + preview.err));
    }

    // Headless, as in the grid: a document booked by hand is never booked by a sync; reprocess brings it back.
    void markBookedByHandThenReprocess()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        QString number;
        for (const Invoice& invoice : m_shop->expectedInvoices())
            if (invoice.billingAddress.countryCode == u"NL" && invoice.shippingAddress.countryCode == u"NL")
                number = invoice.number;
        QVERIFY(!number.isEmpty());
        const auto mutationsOf = [&] {
            int count = 0;
            for (const auto& mutation : m_eboekhouden->state().mutations())
                count += mutation.invoiceNumber == number ? 1 : 0;
            return count;
        };

        const Run marked = cli({QStringLiteral("mark-booked"), QStringLiteral("--invoice"), number}, false);
        QCOMPARE(marked.exitCode, 0);
        QVERIFY2(marked.out.contains(QStringLiteral("1 document marked")), qPrintable(marked.out + marked.err));
        const Run synced = cli({QStringLiteral("sync")});
        QCOMPARE(synced.exitCode, 1);
        QVERIFY2(synced.out.contains(QStringLiteral("22 documents: 10 booked, 0 already in e-Boekhouden, 10 failed, "
                                                    "2 waiting for their invoice, 0 to try again later")),
                 qPrintable(synced.out));
        QVERIFY(!m_eboekhouden->state().mutations().isEmpty()); // the others were booked
        QCOMPARE(mutationsOf(), 0);
        QCOMPARE(cli({QStringLiteral("mark-booked"), QStringLiteral("--invoice"), number}, false).exitCode, 1);

        const Run reprocessed = cli({QStringLiteral("reprocess"), QStringLiteral("--invoice"), number}, false);
        QCOMPARE(reprocessed.exitCode, 0);
        QCOMPARE(mutationsOf(), 1);
        QCOMPARE(cli({QStringLiteral("mark-booked")}, false).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("reprocess"), QStringLiteral("--invoice"), QStringLiteral("999")}, false).exitCode,
                 64);
    }

    void importAPeriodOfTheShop()
    {
        // A period long before the shop's documents: nothing in it.
        const Run empty = cli({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                               QStringLiteral("--until"), QStringLiteral("2000-12-31")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY2(empty.out.contains(QStringLiteral("0 invoices")), qPrintable(empty.out + empty.err));
        // From then until today: all of them, read and not booked.
        const Run all = cli({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("2000-01-01")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains(QStringLiteral("20 invoices")), qPrintable(all.out + all.err));
        QVERIFY2(cli({QStringLiteral("status")}).out.contains(QStringLiteral("Invoices: 20 pending")),
                 qPrintable(all.out));
        QVERIFY(m_eboekhouden->state().mutations().isEmpty());

        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("2026-02-30")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                      QStringLiteral("--until"), QStringLiteral("2026-02-01")})
                     .exitCode,
                 64);
    }

    void logsSinceADateAndSettingsFromAConfigFile()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        cli({QStringLiteral("sync")});
        const Run today =
            cli({QStringLiteral("logs"), QStringLiteral("--since"), QDate::currentDate().toString(Qt::ISODate)});
        QCOMPARE(today.exitCode, 0);
        QVERIFY(today.out.contains(QStringLiteral("booked in e-Boekhouden")));
        const Run tomorrow = cli(
            {QStringLiteral("logs"), QStringLiteral("--since"), QDate::currentDate().addDays(1).toString(Qt::ISODate)});
        QCOMPARE(tomorrow.exitCode, 0);
        QVERIFY2(tomorrow.out.trimmed().isEmpty(), qPrintable(tomorrow.out));
        QCOMPARE(cli({QStringLiteral("logs"), QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode, 64);

        // --config: the settings of this run come from that file (here: Dutch), not from the user's.
        const QString config = home().filePath(QStringLiteral("boekhoudbrug.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\nlanguage=nl\n");
        file.close();
        const Run dutch = cli({QStringLiteral("--config"), config, QStringLiteral("frobnicate")});
        QCOMPARE(dutch.exitCode, 64);
        QVERIFY2(dutch.err.contains(QStringLiteral("Onbekende opdracht")), qPrintable(dutch.err));
        const Run english = cli({QStringLiteral("frobnicate")});
        QVERIFY2(english.err.contains(QStringLiteral("Unknown command")), qPrintable(english.err));
    }

    void booksWithTheProfilesSettingsAsTheAppDoes()
    {
        // What the setup wizard saved (here: e-Boekhouden invoices instead of mutations, 30 days), in the
        // settings file of this run: the CLI books with it, as the app would.
        const QString config = home().filePath(QStringLiteral("profile.ini"));
        {
            QSettings settings(config, QSettings::IniFormat);
            AdministrationSettingsStore::Saved saved;
            saved.settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
            saved.settings.paymentTermDays = 30;
            saved.settings.invoiceTemplate = QStringLiteral("Standaard");
            // Kept in the profile's store (issue 18): this run's own.
            settings.setValue(Database::storeLocationKey(QStringLiteral("default")),
                              home().filePath(QStringLiteral("profile.sqlite")));
            Database store(Database::location(QStringLiteral("default"), settings));
            QVERIFY(store.open());
            QVERIFY(AdministrationSettingsStore::save(QStringLiteral("default"), saved, settings, store));
            settings.setValue(AdministrationSettingsStore::concurrencyKey(), 2);
        }
        QCOMPARE(cli({QStringLiteral("--config"), config, QStringLiteral("import")}).exitCode, 0);
        const Run synced = cli({QStringLiteral("--config"), config, QStringLiteral("sync")});
        QCOMPARE(synced.exitCode, 1);
        QVERIFY2(synced.out.contains(QStringLiteral("23 documents: 11 booked, 0 already in e-Boekhouden, 10 failed, "
                                                    "2 waiting for their invoice, 0 to try again later")),
                 qPrintable(synced.out + synced.err));
        QCOMPARE(m_eboekhouden->state().invoices().size(), 11);
        QVERIFY2(!m_eboekhouden->state().invoices().isEmpty(),
                 qPrintable(synced.out + synced.err + cli({QStringLiteral("logs")}).out.left(1500)));
        for (const auto& invoice : m_eboekhouden->state().invoices())
            QCOMPARE(invoice.termOfPayment, std::optional<int>(30));
    }

    // A store as the look-up by number alone left it: a credit memo "linked" to the invoice of another number's
    // booking. check-links lists it (exit 1), --repair offers it again (exit 0), the next sync books it as itself.
    void checkLinksFindsAndRepairsAWrongLink()
    {
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("check-links")}).exitCode, 0);
        QString path;
        QDirIterator files(home().filePath(QStringLiteral("data")), {QStringLiteral("default.sqlite")}, QDir::Files,
                           QDirIterator::Subdirectories);
        if (files.hasNext())
            path = files.next();
        QVERIFY(!path.isEmpty());
        QString memoNumber;
        {
            Database store(path);
            QVERIFY(store.open());
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT number FROM documents WHERE kind = 'creditmemo' AND "
                                          "sync_state = 'posted'")) &&
                    q.next());
            memoNumber = q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE documents SET eboekhouden_id = (SELECT eboekhouden_id FROM documents WHERE kind = 'invoice' "
                "AND sync_state = 'posted' LIMIT 1), eboekhouden_number = number, booked_relation_id = '', "
                "booked_amount = NULL WHERE kind = 'creditmemo' AND sync_state = 'posted'")));
        }
        const Run found = cli({QStringLiteral("check-links")}, false);
        QCOMPARE(found.exitCode, 1);
        QVERIFY2(found.out.contains(QStringLiteral("Credit memo %1").arg(memoNumber)), qPrintable(found.out));
        QVERIFY2(found.out.contains(QStringLiteral("1 document marked as booked is linked")), qPrintable(found.out));
        const Run repaired = cli({QStringLiteral("check-links"), QStringLiteral("--repair")}, false);
        QCOMPARE(repaired.exitCode, 0);
        QVERIFY2(repaired.out.contains(QStringLiteral("1 document offered again")), qPrintable(repaired.out));
        QVERIFY2(cli({QStringLiteral("status")}, false).out.contains(QStringLiteral("Credit memos: 3 pending")),
                 qPrintable(cli({QStringLiteral("status")}, false).out));
        const Run synced = cli({QStringLiteral("sync")}, false);
        QCOMPARE(synced.exitCode, 1); // the two memos of refused invoices still wait
        // Its own booking (C + number, negative, its relation) is in e-Boekhouden already: linked on that proof.
        QVERIFY2(synced.out.contains(QStringLiteral("3 documents: 0 booked, 1 already in e-Boekhouden")),
                 qPrintable(synced.out));
        QCOMPARE(cli({QStringLiteral("check-links")}, false).exitCode, 0);
        int memoBookings = 0;
        for (const auto& mutation : m_eboekhouden->state().mutations())
            memoBookings += mutation.invoiceNumber == u'C' + memoNumber ? 1 : 0;
        QCOMPARE(memoBookings, 1); // linked before, not booked again now: it was already in e-Boekhouden
    }

    // With payments on (a bank ledger chosen), sync books every paid booked invoice's payment once and status
    // counts them.
    void paymentsWhenABankLedgerIsChosen()
    {
        const QString config = home().filePath(QStringLiteral("payments.ini"));
        {
            QSettings settings(config, QSettings::IniFormat);
            AdministrationSettingsStore::Saved saved;
            saved.settings.defaultBankLedger = QStringLiteral("1010");
            saved.settings.bookPayments = true;
            settings.setValue(Database::storeLocationKey(QStringLiteral("default")),
                              home().filePath(QStringLiteral("payments.sqlite")));
            Database store(Database::location(QStringLiteral("default"), settings));
            QVERIFY(store.open());
            QVERIFY(AdministrationSettingsStore::save(QStringLiteral("default"), saved, settings, store));
        }
        QCOMPARE(cli({QStringLiteral("--config"), config, QStringLiteral("import")}).exitCode, 0);
        const Run synced = cli({QStringLiteral("--config"), config, QStringLiteral("sync")});
        QCOMPARE(synced.exitCode, 1);
        // Seed 7: the 9 booked invoices are paid; of the booked credit memo the refund is paid back.
        int payments = 0;
        int refunds = 0;
        for (const auto& mutation : m_eboekhouden->state().mutations()) {
            payments += mutation.type == 3 && !mutation.invoiceNumber.startsWith(u'C') ? 1 : 0;
            refunds += mutation.type == 3 && mutation.invoiceNumber.startsWith(u'C') ? 1 : 0;
        }
        QCOMPARE(payments, 9);
        QCOMPARE(refunds, 1);
        QVERIFY2(synced.out.contains(QStringLiteral("Payments: 10 booked, 0 failed, 0 to try again later")),
                 qPrintable(synced.out));
        const Run status = cli({QStringLiteral("--config"), config, QStringLiteral("status")}, false);
        QVERIFY2(status.out.contains(QStringLiteral("Payments: 0 pending, 9 booked, 0 failed, 0 not_outstanding")),
                 qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("Refunds: 0 pending, 1 booked, 0 failed, 0 not_outstanding")),
                 qPrintable(status.out));
        payments += refunds;
        QCOMPARE(cli({QStringLiteral("--config"), config, QStringLiteral("sync")}).exitCode, 1);
        int again = 0;
        for (const auto& mutation : m_eboekhouden->state().mutations())
            again += mutation.type == 3 ? 1 : 0;
        QCOMPARE(again, payments);
    }

    void vatMappingRoundTripsThroughCsv()
    {
        const QString file = home().filePath(QStringLiteral("mapping.csv"));
        const Run exported = cli({QStringLiteral("vat-mapping"), QStringLiteral("export"), file}, false);
        QCOMPARE(exported.exitCode, 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray content = csv.readAll();
        QVERIFY(content.startsWith("rate,class,country,vat_code,revenue_ledger,vat_ledger"));
        QVERIFY(content.contains("HOOG_VERK_21"));
        csv.close();
        // The proposal leaves the OSS VAT ledger to the bookkeeper: importing it as it is, is refused.
        const Run incomplete = cli({QStringLiteral("vat-mapping"), QStringLiteral("import"), file}, false);
        QCOMPARE(incomplete.exitCode, 1);
        QVERIFY(incomplete.err.contains(QStringLiteral("VAT ledger")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QByteArray(content).replace(",AFST_VERK,8000,\r\n", ",AFST_VERK,8000,1550\r\n"));
        csv.close();
        const Run imported = cli({QStringLiteral("vat-mapping"), QStringLiteral("import"), file}, false);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err.right(600)));
        const Run again = cli({QStringLiteral("vat-mapping"), QStringLiteral("export"), file}, false);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains(",oss,DE,AFST_VERK,8000,1550"));
        csv.close();

        // A mapping to the historic 19 % code is refused, and the saved mapping stays.
        QFile bad(home().filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("rate,class,country,vat_code,revenue_ledger,vat_ledger\n21,domestic,,HOOG_VERK,8000,\n");
        bad.close();
        const Run refused = cli({QStringLiteral("vat-mapping"), QStringLiteral("import"), bad.fileName()}, false);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("not imported")));
    }

    void syncSaysWhenTheTokenEndsSoon()
    {
        // A scheduler's log is where an unattended office reads it.
        const Run soon = cli({QStringLiteral("sync")}, true, QDate::currentDate().addDays(6));
        QVERIFY2(soon.err.contains(QStringLiteral("The e-Boekhouden API token ends on")), qPrintable(soon.err));
        QVERIFY(soon.err.contains(QStringLiteral("in 6 day")));
        const Run later = cli({QStringLiteral("sync")}, true, QDate::currentDate().addDays(60));
        QVERIFY2(!later.err.contains(QStringLiteral("API token ends")), qPrintable(later.err));
    }

    void aShopWithoutKeysIsNotConfigured()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home().filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home().filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP"), QStringLiteral("magento"));
        environment.insert(QStringLiteral("BOEKHOUDBRUG_SHOP_URL"), QStringLiteral("https://shop.example/rest"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BOEKHOUDBRUG_CLI), {QStringLiteral("import")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 78);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("incomplete")));
    }

    void everyCommandThatTalksToEBoekhoudenSaysItIsNotConnected()
    {
        // One way to open a profile for all commands (ProfileConnection): without a login each one says what to
        // do and exits 78, before it reads or books anything.
        QTemporaryDir fresh;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : environment.keys()) {
            if (name.startsWith(u"BOEKHOUDBRUG_"_qs))
                environment.remove(name);
        }
        environment.insert(QStringLiteral("XDG_DATA_HOME"), fresh.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), fresh.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        for (const QStringList& arguments :
             {QStringList{u"sync"_qs}, QStringList{u"push"_qs, u"--invoice"_qs, u"100000001"_qs},
              QStringList{u"push"_qs, u"--customer"_qs, u"1"_qs}, QStringList{u"check-links"_qs},
              QStringList{u"import-relations"_qs},
              QStringList{u"reconcile"_qs, u"--from"_qs, u"2026-01-01"_qs, u"--until"_qs, u"2026-12-31"_qs}}) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(BOEKHOUDBRUG_CLI), arguments);
            QVERIFY(process.waitForFinished(30000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitCode() == 78, qPrintable(arguments.join(u' ') + u": "_qs + err));
            QVERIFY2(err.contains(u"No e-Boekhouden connection is set up yet. Run the setup wizard, or set "
                                  u"BOEKHOUDBRUG_EB_API_TOKEN for a headless run."_qs),
                     qPrintable(arguments.join(u' ') + u": "_qs + err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
