#include "store/ViesResultRepository.h"
#include "sync/IcpViesCheck.h"
#include "SyncFixture.h"
#include "vies/ViesClient.h"
#include "ViesEmulator.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Issue 15 item 6: an ICP sale's VAT number is checked with the EU's VIES before it is booked. Every question goes
// to the VIES emulator on 127.0.0.1; no test reaches the real service.
class TestVies : public QObject
{
    Q_OBJECT

    static const QDateTime& firstOfDecember()
    {
        static const QDateTime at(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        return at;
    }

    // An intra-community sale to a Belgian company (no VAT, delivered in Belgium) with this VAT number.
    static Invoice icpInvoice(int number, const QString& vatNumber)
    {
        Invoice icp = SyncFixture::invoice(number, number);
        for (Address* address : {&icp.billingAddress, &icp.shippingAddress}) {
            address->countryCode = QStringLiteral("BE");
            address->company = QStringLiteral("Brouwerij Test BV");
            address->vatNumber = vatNumber;
        }
        icp.customer.company = icp.billingAddress.company;
        icp.customer.vatNumber = vatNumber;
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

    static ViesSettings settingsFor(const ViesEmulator& vies, int timeoutMs = 1500)
    {
        ViesSettings settings;
        settings.baseUrl = vies.baseUrl();
        settings.timeoutMs = timeoutMs;
        return settings;
    }

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The CLI finds its store where this test puts it: the same organisation, application and data home.
        QCoreApplication::setOrganizationName(QStringLiteral("Boekhoudbrug"));
        QCoreApplication::setApplicationName(QStringLiteral("Boekhoudbrug"));
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void theDefaultIsTheRealServiceOverHttpsButNoTestGetsIt()
    {
        QCOMPARE(ViesSettings::realServiceUrl().toString(),
                 QStringLiteral("https://ec.europa.eu/taxation_customs/vies/rest-api"));
        // The suite's environment points every VIES client that is not given a URL at a closed local port.
        QCOMPARE(ViesSettings().baseUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(SyncConfiguration().vies.baseUrl != ViesSettings::realServiceUrl());
        QVERIFY(SyncFixture().configuration.vies.baseUrl != ViesSettings::realServiceUrl());
    }

    void aRegisteredNumberIsValidWithItsNameAndDate()
    {
        ViesEmulator vies;
        vies.addRegistered(QStringLiteral("BE0123456749"), QStringLiteral("Brouwerij Test BV"),
                           QStringLiteral("Kerkstraat 1, 9000 Gent"));
        vies.setRequestDate(firstOfDecember());
        QVERIFY(vies.start());
        ViesClient client(settingsFor(vies));

        const ViesResult result = client.check(QStringLiteral("be0123456749"));
        QCOMPARE(result.status, ViesResult::Status::Valid);
        QCOMPARE(result.vatNumber, QStringLiteral("BE0123456749"));
        QCOMPARE(result.name, QStringLiteral("Brouwerij Test BV"));
        QCOMPARE(result.address, QStringLiteral("Kerkstraat 1, 9000 Gent"));
        QCOMPARE(result.checkedAt, firstOfDecember());
        QCOMPARE(result.error, QString());
        // Asked as VIES wants it: the country code apart from the number.
        QCOMPARE(vies.askedNumbers(), QStringList{QStringLiteral("BE0123456749")});
        QCOMPARE(client.requestsSent(), 1);
    }

    void anUnknownNumberIsNotValidAndUndisclosedNamesAreEmpty()
    {
        ViesEmulator vies;
        vies.addRegistered(QStringLiteral("DE136695976"), QString()); // DE discloses no name: "---"
        QVERIFY(vies.start());
        ViesClient client(settingsFor(vies));
        const ViesResult unknown = client.check(QStringLiteral("BE0987654394"));
        QCOMPARE(unknown.status, ViesResult::Status::Invalid);
        QCOMPARE(unknown.name, QString());
        const ViesResult undisclosed = client.check(QStringLiteral("DE136695976"));
        QCOMPARE(undisclosed.status, ViesResult::Status::Valid);
        QCOMPARE(undisclosed.name, QString());
        QCOMPARE(undisclosed.address, QString());
    }

    void viesErrorCodesAreUnavailableExceptInvalidInput_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addRow("MS_UNAVAILABLE") << QStringLiteral("MS_UNAVAILABLE") << int(ViesResult::Status::Unavailable);
        QTest::addRow("MS_MAX_CONCURRENT_REQ")
            << QStringLiteral("MS_MAX_CONCURRENT_REQ") << int(ViesResult::Status::Unavailable);
        QTest::addRow("SERVICE_UNAVAILABLE")
            << QStringLiteral("SERVICE_UNAVAILABLE") << int(ViesResult::Status::Unavailable);
        QTest::addRow("TIMEOUT") << QStringLiteral("TIMEOUT") << int(ViesResult::Status::Unavailable);
        QTest::addRow("INVALID_INPUT") << QStringLiteral("INVALID_INPUT") << int(ViesResult::Status::Invalid);
    }

    void viesErrorCodesAreUnavailableExceptInvalidInput()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        ViesEmulator vies;
        vies.addRegistered(QStringLiteral("BE0123456749"), QStringLiteral("Brouwerij Test BV"));
        vies.injectError(code);
        QVERIFY(vies.start());
        ViesClient client(settingsFor(vies));
        const ViesResult result = client.check(QStringLiteral("BE0123456749"));
        QCOMPARE(int(result.status), status);
        QCOMPARE(result.error, code);
        // One question, one request: the client has no retry loop of its own; the next one is answered.
        QCOMPARE(vies.checks(), 1);
        QCOMPARE(client.check(QStringLiteral("BE0123456749")).status, ViesResult::Status::Valid);
    }

    void theEmulatorRefusesMalformedInputAndAnswersForADownMemberState()
    {
        ViesEmulator vies;
        vies.addRegistered(QStringLiteral("BE0123456749"), QStringLiteral("Brouwerij Test BV"));
        vies.setMemberStateUnavailable(QStringLiteral("BE"));
        QVERIFY(vies.start());
        ViesClient client(settingsFor(vies));
        const ViesResult notAState = client.check(QStringLiteral("QQ123456789"));
        QCOMPARE(notAState.status, ViesResult::Status::Invalid);
        QCOMPARE(notAState.error, QStringLiteral("INVALID_INPUT"));
        const ViesResult down = client.check(QStringLiteral("BE0123456749"));
        QCOMPARE(down.status, ViesResult::Status::Unavailable);
        QCOMPARE(down.error, QStringLiteral("MS_UNAVAILABLE"));
        vies.setMemberStateUnavailable(QStringLiteral("BE"), false);
        QCOMPARE(client.check(QStringLiteral("BE0123456749")).status, ViesResult::Status::Valid);
    }

    void aSilentSlowOrUnreadableServiceIsUnavailable()
    {
        ViesEmulator vies;
        vies.addRegistered(QStringLiteral("BE0123456749"), QStringLiteral("Brouwerij Test BV"));
        QVERIFY(vies.start());
        {
            vies.injectMalformed();
            ViesClient client(settingsFor(vies));
            const ViesResult cut = client.check(QStringLiteral("BE0123456749"));
            QCOMPARE(cut.status, ViesResult::Status::Unavailable);
            QVERIFY(!cut.error.isEmpty());
        }
        {
            vies.setLatency(800);
            ViesClient client(settingsFor(vies, 200));
            const ViesResult late = client.check(QStringLiteral("BE0123456749"));
            QCOMPARE(late.status, ViesResult::Status::Unavailable);
            QVERIFY2(late.error.contains(u"no answer within"), qPrintable(late.error));
            vies.setLatency(0);
        }
        {
            ViesSettings closed; // a closed port here, also when this test is run outside the suite
            closed.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/vies"));
            ViesClient client(closed);
            QCOMPARE(client.check(QStringLiteral("BE0123456749")).status, ViesResult::Status::Unavailable);
        }
    }

    void plainHttpGoesNowhereButThisMachine()
    {
        ViesSettings elsewhere;
        elsewhere.baseUrl = QUrl(QStringLiteral("http://ec.europa.eu/taxation_customs/vies/rest-api"));
        ViesClient client(elsewhere);
        const ViesResult refused = client.check(QStringLiteral("BE0123456749"));
        QCOMPARE(refused.status, ViesResult::Status::Unavailable);
        QVERIFY2(refused.error.startsWith(u"refused to send"), qPrintable(refused.error));
    }

    void aValidIcpSaleIsBookedWithItsResultKeptAndAskedOncePerDay()
    {
        SyncFixture f;
        f.vies.setRequestDate(firstOfDecember());
        const qint64 first = f.add(icpInvoice(1, QStringLiteral("BE0123456749")));
        const qint64 second = f.add(icpInvoice(2, QStringLiteral("BE 0123.456.749")));

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 2);
        QCOMPARE(f.document(first).state, SyncState::Posted);
        QCOMPARE(f.document(second).state, SyncState::Posted);
        // The second invoice of the same number used the first one's answer.
        QCOMPARE(f.vies.checks(), 1);
        for (const qint64 id : {first, second}) {
            const ViesResult kept = ViesResultRepository(*f.store.database).find(id);
            QCOMPARE(kept.status, ViesResult::Status::Valid);
            QCOMPARE(kept.vatNumber, QStringLiteral("BE0123456749"));
            QCOMPARE(kept.name, QStringLiteral("Klant BVBA"));
            QCOMPARE(kept.checkedAt, firstOfDecember());
        }
        QCOMPARE(IcpViesCheck::describe(ViesResultRepository(*f.store.database).find(first)),
                 QStringLiteral("BE0123456749 is valid, registered to Klant BVBA (checked 01-12-2026)."));
    }

    void aValidAnswerOlderThanADayIsAskedAgain()
    {
        SyncFixture f;
        const qint64 old = f.add(SyncFixture::invoice(1, 1));
        ViesResult yesterday;
        yesterday.status = ViesResult::Status::Valid;
        yesterday.vatNumber = QStringLiteral("BE0123456749");
        yesterday.checkedAt = QDateTime::currentDateTimeUtc().addSecs(-25 * 3600);
        QVERIFY(ViesResultRepository(*f.store.database).record(old, yesterday));
        const qint64 icp = f.add(icpInvoice(2, QStringLiteral("BE0123456749")));
        QCOMPARE(f.engine()->runDocuments({icp}).posted, 1);
        QCOMPARE(f.vies.checks(), 1);
    }

    void anInvalidNumberIsHeldWithWhatViesSaid()
    {
        SyncFixture f;
        f.vies.setRequestDate(firstOfDecember());
        const qint64 id = f.add(icpInvoice(1, QStringLiteral("BE0987654394"))); // passes offline, not registered
        const qsizetype relationsBefore = f.emulator.state().relations().size();

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 0);
        QCOMPARE(summary.refused, 1);
        const StoredDocument held = f.document(id);
        QCOMPARE(held.state, SyncState::Failed);
        QCOMPARE(held.lastMessage,
                 QStringLiteral("VIES says BE0987654394 is not valid (checked 01-12-2026). Check the customer's VAT "
                                "number in the shop, or book it as a domestic sale."));
        QCOMPARE(f.mutationsFor(held.document.number), 0);
        QCOMPARE(f.emulator.state().relations().size(), relationsBefore); // no debtor made: nothing reached it
        QCOMPARE(ViesResultRepository(*f.store.database).find(id).status, ViesResult::Status::Invalid);
    }

    void viesUnavailableHoldsTheSaleByDefault()
    {
        SyncFixture f;
        f.vies.setMemberStateUnavailable(QStringLiteral("BE"));
        QCOMPARE(f.configuration.settings.holdWhenViesUnavailable, true);
        const qint64 id = f.add(icpInvoice(1, QStringLiteral("BE0123456749")));

        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 0);
        QCOMPARE(summary.postponed, 1);
        const StoredDocument held = f.document(id);
        QCOMPARE(held.state, SyncState::Pending); // asked again at the next sync
        QVERIFY2(held.lastMessage.startsWith(QStringLiteral("VAT number BE0123456749 was checked offline only, VIES "
                                                            "did not answer (MS_UNAVAILABLE).")),
                 qPrintable(held.lastMessage));
        QCOMPARE(f.mutationsFor(held.document.number), 0);
        // The sync's one retry loop asked again, as often as it retries anything: no second loop in the client.
        QCOMPARE(f.vies.checks(), f.configuration.maxAttempts);
        QCOMPARE(ViesResultRepository(*f.store.database).find(id).status, ViesResult::Status::Unavailable);

        // VIES back: the next sync books it.
        f.vies.setMemberStateUnavailable(QStringLiteral("BE"), false);
        QCOMPARE(f.engine()->runPending().posted, 1);
        QCOMPARE(f.document(id).state, SyncState::Posted);
        QCOMPARE(ViesResultRepository(*f.store.database).find(id).status, ViesResult::Status::Valid);
    }

    void viesUnavailableBooksAsCheckedOfflineOnlyWhenTheSettingAllows()
    {
        SyncFixture f;
        f.vies.injectError(QStringLiteral("MS_MAX_CONCURRENT_REQ"));
        f.configuration.settings.holdWhenViesUnavailable = false;
        const qint64 id = f.add(icpInvoice(1, QStringLiteral("BE0123456749")));

        QCOMPARE(f.engine()->runPending().posted, 1);
        const StoredDocument booked = f.document(id);
        QCOMPARE(booked.state, SyncState::Posted);
        QVERIFY2(booked.lastMessage.endsWith(QStringLiteral("VAT number BE0123456749 was checked offline only, VIES "
                                                            "did not answer (MS_MAX_CONCURRENT_REQ).")),
                 qPrintable(booked.lastMessage));
        QCOMPARE(f.mutationsFor(booked.document.number), 1);
        QCOMPARE(f.vies.checks(), 1);
        const ViesResult kept = ViesResultRepository(*f.store.database).find(id);
        QCOMPARE(kept.status, ViesResult::Status::Unavailable);
        QCOMPARE(kept.error, QStringLiteral("MS_MAX_CONCURRENT_REQ"));
    }

    void theCliPreviewSaysWhatViesSaid()
    {
        qint64 checked = 0;
        qint64 unchecked = 0;
        {
            Database store(Database::defaultPath(QStringLiteral("default")));
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            DocumentRepository documents(store);
            checked = *documents.upsert(icpInvoice(71, QStringLiteral("BE0123456749")));
            unchecked = *documents.upsert(icpInvoice(72, QStringLiteral("BE0123456749")));
            ViesResult valid;
            valid.status = ViesResult::Status::Valid;
            valid.vatNumber = QStringLiteral("BE0123456749");
            valid.name = QStringLiteral("Brouwerij Test BV");
            valid.checkedAt = firstOfDecember();
            QVERIFY(ViesResultRepository(store).record(checked, valid));
        }
        QVERIFY(checked > 0 && unchecked > 0);
        const auto preview = [](const QString& number) {
            QProcess cli;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN")); // not connected: the rules only
            cli.setProcessEnvironment(environment);
            cli.start(QStringLiteral(BOEKHOUDBRUG_CLI),
                      {QStringLiteral("preview"), QStringLiteral("--invoice"), number});
            cli.waitForFinished(30000);
            return QString::fromUtf8(cli.readAllStandardOutput());
        };
        const QString shown = preview(icpInvoice(71, {}).number);
        QVERIFY2(shown.contains(QStringLiteral(
                     "VIES: BE0123456749 is valid, registered to Brouwerij Test BV (checked 01-12-2026).")),
                 qPrintable(shown));
        const QString notYet = preview(icpInvoice(72, {}).number);
        QVERIFY2(notYet.contains(QStringLiteral("VIES: not checked yet; the push checks BE0123456749 with VIES before "
                                                "booking.")),
                 qPrintable(notYet));
    }

    // A booking already made (a crash after the post) is linked when the document is resumed, whatever VIES says
    // by then: the look-up comes before the question, and nothing e-Boekhouden already has is held.
    void aBookingMadeBeforeACrashIsLinkedBeforeViesIsAskedAgain()
    {
        SyncFixture f;
        f.configuration.settings.holdWhenViesUnavailable = false;
        f.vies.injectError(QStringLiteral("MS_UNAVAILABLE")); // the first question; after it, "not valid"
        const qint64 id = f.add(icpInvoice(1, QStringLiteral("BE0987654394")));
        QCOMPARE(f.engine()->runPending().posted, 1);
        // As a crash right after the post leaves it: in flight, the booking in e-Boekhouden.
        QVERIFY(DocumentRepository(*f.store.database).transition(id, SyncState::Posted, SyncState::InFlight));

        QCOMPARE(f.engine()->runPending().linked, 1);
        const StoredDocument booked = f.document(id);
        QCOMPARE(booked.state, SyncState::Posted);
        QCOMPARE(f.mutationsFor(booked.document.number), 1);
        QCOMPARE(f.vies.checks(), 1);
    }

    void aDomesticSaleIsNotAskedAbout()
    {
        SyncFixture f;
        const qint64 id = f.add(SyncFixture::invoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        QCOMPARE(f.vies.checks(), 0);
        QCOMPARE(ViesResultRepository(*f.store.database).find(id).status, ViesResult::Status::NotChecked);
    }
};

QTEST_GUILESS_MAIN(TestVies)
#include "tst_vies.moc"
